import * as React from 'react';
import { instantFromLondonTime, londonDateTimeOf } from '../../../domain/model/dates';
import { distinctFileNames, safeFileName } from '../../../domain/validation/fileNames';
import {
  type BehaviourCategoryCode,
  type ImmediateAction,
  type IncidentChannel,
  type IncidentReport,
  type IsoInstant,
  type Person,
  type ValidationError,
  type Witness,
  validateIncidentReportInput
} from '../../../domain';
import { reviewNarrativeWording, type WordingAdvice } from '../../../domain/guidance';
import { useAppServices } from '../../services/AppServices';

export interface NewCustomerDraft {
  given: string;
  family: string;
  contact: string;
}

export interface IncidentDraft {
  person: Person | undefined;
  newCustomer: NewCustomerDraft | undefined;
  date: string;
  time: string;
  service: string;
  channel: IncidentChannel | '';
  categories: BehaviourCategoryCode[];
  narrative: string;
  immediateAction: ImmediateAction | '';
  immediateActionDetail: string;
  witnesses: Witness[];
  policeReference: string;
  healthAndSafetyFlag: boolean;
  files: File[];
}

export type SubmitState =
  | { status: 'editing' }
  | { status: 'saving' }
  | { status: 'saved'; incident: IncidentReport; uploadFailures: string[] }
  | { status: 'failed'; error: unknown };

function blankDraft(date: string, time: string): IncidentDraft {
  return {
    person: undefined,
    newCustomer: undefined,
    date,
    time,
    service: '',
    channel: '',
    categories: [],
    narrative: '',
    immediateAction: '',
    immediateActionDetail: '',
    witnesses: [],
    policeReference: '',
    healthAndSafetyFlag: false,
    files: []
  };
}

/** Form state, validation (the domain validator) and submission for "Record an incident". */
export function useRecordIncident(): {
  draft: IncidentDraft;
  update(patch: Partial<IncidentDraft>): void;
  errors: ValidationError[];
  wording: WordingAdvice[];
  submit(): Promise<void>;
  state: SubmitState;
  reset(): void;
} {
  const { store, attachments, clock, currentUser, newRequestKey } = useAppServices();
  const now = clock.now();
  // Date and time as a UK clock shows them, whatever the device's time zone.
  const [draft, setDraft] = React.useState<IncidentDraft>(() => {
    const local = londonDateTimeOf(now);
    return blankDraft(local.date, local.time);
  });
  const [errors, setErrors] = React.useState<ValidationError[]>([]);
  const [state, setState] = React.useState<SubmitState>({ status: 'editing' });
  // One key per attempt at this report: a retried save cannot create a second incident.
  const requestKey = React.useRef(newRequestKey());
  const wording = React.useMemo(() => reviewNarrativeWording(draft.narrative), [draft.narrative]);

  const update = React.useCallback((patch: Partial<IncidentDraft>) => setDraft((previous) => ({ ...previous, ...patch })), []);

  const customerErrors = (): ValidationError[] => {
    if (draft.person) return [];
    if (!draft.newCustomer) return [{ field: 'personId', code: 'required', message: 'Find the customer, or add them as a new customer.' }];
    const problems: ValidationError[] = [];
    if (draft.newCustomer.given.trim() === '')
      problems.push({ field: 'newCustomer.given', code: 'required', message: "Enter the customer's first name." });
    if (draft.newCustomer.family.trim() === '')
      problems.push({ field: 'newCustomer.family', code: 'required', message: "Enter the customer's last name." });
    return problems;
  };

  const submit = async (): Promise<void> => {
    // The form's date and time are UK clock time; what is stored is the instant, in UTC.
    const when = draft.date && draft.time ? instantFromLondonTime(draft.date, draft.time) : undefined;
    const occurredAt = when?.ok ? when.instant : when?.reason === 'invalid' ? (`${draft.date}T${draft.time}` as IsoInstant) : undefined;
    const input = {
      personId: draft.person?.id ?? (draft.newCustomer ? 'new' : undefined),
      reporterId: currentUser.id,
      occurredAt,
      channel: draft.channel || undefined,
      service: draft.service || undefined,
      narrative: draft.narrative,
      categories: draft.categories,
      immediateAction: draft.immediateAction || undefined,
      immediateActionDetail: draft.immediateActionDetail.trim() || undefined,
      witnesses: draft.witnesses,
      policeReference: draft.policeReference.trim() || undefined,
      attachments: [],
      healthAndSafetyFlag: draft.healthAndSafetyFlag
    };
    const result = validateIncidentReportInput(input, clock.today());
    const problems = [
      ...customerErrors(),
      ...(result.ok ? [] : result.error.filter((e) => !(e.field === 'personId' && draft.newCustomer)))
    ];
    if (when && !when.ok && when.reason === 'doesNotExist') {
      problems.push({
        field: 'occurredAt',
        code: 'invalidFormat',
        message: `${draft.time} did not happen on that day in the UK: the clocks went forward from 1am to 2am. Check the time.`
      });
    }
    // Names from the device, made safe by SharePoint's rules, or refused in words (issue 14).
    const fileNames = draft.files.map((file) => safeFileName(file.name));
    for (const refused of fileNames) if (!refused.ok) problems.push({ field: 'files', code: 'invalidFormat', message: refused.message });
    const storedNames = distinctFileNames(fileNames.map((result, index) => (result.ok ? result.name : draft.files[index].name)));
    if (draft.immediateAction === 'other' && draft.immediateActionDetail.trim() === '') {
      problems.push({ field: 'immediateActionDetail', code: 'required', message: 'Say what you did.' });
    }
    setErrors(problems);
    if (problems.length > 0 || !result.ok) return;

    setState({ status: 'saving' });
    try {
      let personId = draft.person?.id;
      if (!personId && draft.newCustomer) {
        const contact = draft.newCustomer.contact.trim();
        const created = await store.persons.create(
          {
            id: `person-${requestKey.current}`,
            names: { given: draft.newCustomer.given.trim(), family: draft.newCustomer.family.trim() },
            aliases: [],
            addresses: [],
            contactChannels: contact ? [{ kind: contact.indexOf('@') >= 0 ? 'email' : 'phone', value: contact }] : [],
            representatives: [],
            reasonableAdjustments: [],
            vulnerabilityFlags: [],
            statutoryRoles: [],
            isCarerOrRepresentativeFor: []
          },
          { requestKey: `person-${requestKey.current}` }
        );
        personId = created.value.id;
      }
      const incident: IncidentReport = {
        ...result.value,
        id: `incident-${requestKey.current}`,
        personId: personId as string,
        status: 'Submitted',
        submittedAt: clock.now()
      };
      const saved = await store.incidents.create(incident, { requestKey: incident.id });
      const uploadFailures: string[] = [];
      const refs = [];
      for (const [index, file] of draft.files.entries()) {
        try {
          refs.push(await attachments.add(saved.value.id, { name: storedNames[index], content: file }));
        } catch {
          uploadFailures.push(file.name);
        }
      }
      setState({ status: 'saved', incident: { ...saved.value, attachments: refs }, uploadFailures });
    } catch (error) {
      setState({ status: 'failed', error });
    }
  };

  const reset = (): void => {
    requestKey.current = newRequestKey();
    const fresh = clock.now();
    const local = londonDateTimeOf(fresh);
    setDraft(blankDraft(local.date, local.time));
    setErrors([]);
    setState({ status: 'editing' });
  };

  return { draft, update, errors, wording, submit, state, reset };
}
