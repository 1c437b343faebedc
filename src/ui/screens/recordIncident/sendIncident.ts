import type { IncidentReport, Person } from '../../../domain';
import type { AppServices } from '../../services/AppServices';
import type { CaseStore } from '../../services/appStore';
import { personFromNewCustomer, type IncidentDraft, type NewCustomerDraft, type SubmitState } from './incidentDraft';

type Validated = Omit<IncidentReport, 'id' | 'personId' | 'status' | 'submittedAt'>;

/** A customer added on the form, created under this report's key so a retry finds the same one. */
async function createNewCustomer(store: CaseStore, customer: NewCustomerDraft, key: string): Promise<string> {
  const person: Person = { id: `person-${key}`, ...personFromNewCustomer(customer) };
  const created = await store.persons.create(person, { requestKey: `person-${key}` });
  return created.value.id;
}

/**
 * Saves the checked report (and a new customer first, if added), then attaches each file; a file
 * that does not upload is named to the officer rather than losing the report.
 */
export async function sendIncident(
  { store, clock }: Pick<AppServices, 'store' | 'clock'>,
  draft: IncidentDraft,
  validated: Validated,
  storedNames: readonly string[],
  key: string
): Promise<SubmitState> {
  try {
    let personId = draft.person?.id;
    if (!personId && draft.newCustomer) personId = await createNewCustomer(store, draft.newCustomer, key);
    const incident: IncidentReport = {
      ...validated,
      id: `incident-${key}`,
      personId: personId as string,
      status: 'Submitted',
      submittedAt: clock.now()
    };
    const saved = await store.incidents.create(incident, { requestKey: incident.id });
    const uploadFailures: string[] = [];
    const refs = [];
    for (const [index, file] of draft.files.entries()) {
      try {
        refs.push(await store.incidents.attach(saved, { name: storedNames[index], content: file }));
      } catch {
        uploadFailures.push(file.name);
      }
    }
    return { status: 'saved', incident: { ...saved.value, attachments: refs }, uploadFailures };
  } catch (error) {
    return { status: 'failed', error };
  }
}
