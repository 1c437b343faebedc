// Records made for the retention tests the way the product makes them, as the people who make
// them, on an empty site: staff record the incident, the line manager triages it into an informal
// case (src/ui/screens/triage/useTriage.ts's order: the case, then its audit events, then the
// incident acknowledged), writes a letter into the Letters library and resolves the case through
// the shared use case (src/app/cases/saveCaseChange.ts), which closes it.
import { saveCaseChange } from '../../../src/app/cases/saveCaseChange';
import type { CaseStore } from '../../../src/data/ports';
import { applyCaseAction, newDraftCase, type Case, type CaseAction, type IsoInstant } from '../../../src/domain';
import { dateOfInstant, isoInstant } from '../../../src/domain/model/dates';
import { caseIdForIncident } from '../../../src/domain/workflow/triage';
import { person } from '../../../src/domain/workflow/testing/fixtures';
import type { RoleAssignments } from '../../../src/domain';
import { oid } from '../../../local/seed/personas';

export interface MadeCase {
  caseId: string;
  incidentId: string;
  personId: string;
  letterUrl: string;
  letterId: string;
}

export async function recordIncident(
  staff: CaseStore,
  ids: { incidentId: string; personId: string },
  at: IsoInstant,
  narrative: string = 'Called 14 times in one day and shouted at the officer.'
): Promise<void> {
  await staff.incidents.create({
    id: ids.incidentId,
    personId: ids.personId,
    reporterId: oid('sam.staff'),
    occurredAt: at,
    channel: 'phone',
    service: 'Housing',
    narrative,
    categories: ['unreasonableLevelsOfContact'],
    immediateAction: 'endedCall',
    witnesses: [],
    attachments: [],
    healthAndSafetyFlag: false,
    status: 'Submitted',
    submittedAt: at
  });
}

/** A customer's incident, triaged into an informal case, a letter filed, the case resolved (Closed) on `closedAt`. */
export async function makeClosedCase(
  as: { staff: CaseStore; manager: CaseStore },
  roles: RoleAssignments,
  key: string,
  openedAt: IsoInstant,
  closedAt: IsoInstant
): Promise<MadeCase> {
  const personId = `person-${key}`;
  const incidentId = `incident-${key}`;
  const customer = person({ id: personId, names: { given: 'Zoë', family: `O'Brien-${key}` } });
  await as.staff.persons.create(customer);
  await recordIncident(as.staff, { incidentId, personId }, openedAt);
  const manager = oid('lena.manager');
  const caseId = caseIdForIncident(incidentId);
  let current: Case = newDraftCase({
    id: caseId,
    route: 'Customer',
    personId,
    incidentIds: [incidentId],
    leadService: 'Housing',
    createdBy: manager,
    lineManagerId: manager,
    createdAt: openedAt
  });
  const events = [];
  let n = 0;
  const apply = (kase: Case, action: CaseAction, now: IsoInstant): ReturnType<typeof applyCaseAction> =>
    applyCaseAction(kase, action, { now, actorId: manager, roles, person: customer, newId: (prefix) => `${prefix}-${caseId}-${++n}` });
  for (const action of [{ type: 'submit' }, { type: 'takeInformalAction', reasons: 'A word with the customer first.' }] as CaseAction[]) {
    const outcome = apply(current, action, openedAt);
    if (!outcome.ok) throw new Error(outcome.error.message);
    current = outcome.value.case;
    events.push(...outcome.value.auditEvents);
  }
  const created = await as.manager.cases.create(current, { requestKey: caseId });
  for (const event of events) await as.manager.auditLog.append(event);
  const incident = await as.manager.incidents.get(incidentId);
  await as.manager.incidents.update(incident, {
    ...incident.value,
    status: 'Acknowledged',
    acknowledgedAt: openedAt,
    acknowledgedBy: manager
  });
  if (!as.manager.letterFiles) throw new Error('The SharePoint store keeps letter files.');
  const letter = await as.manager.letterFiles.save({
    fileName: `${caseId}-informal.docx`,
    bytes: new TextEncoder().encode(`Letter to the customer about case ${caseId}`).buffer as ArrayBuffer,
    type: 'MonitoringWarning',
    caseId,
    reference: caseId,
    templateVersion: '1',
    fields: { body: 'Please keep your calls to one a day.' }
  });
  const resolved = apply(created.value, { type: 'resolveInformal', reasons: 'The calls stopped.' }, closedAt);
  if (!resolved.ok) throw new Error(resolved.error.message);
  await saveCaseChange(
    { cases: as.manager.cases, auditLog: as.manager.auditLog, restrictionAlerts: as.manager.restrictionAlerts, tasks: as.manager.tasks },
    created,
    resolved.value.case,
    resolved.value.auditEvents,
    customer,
    dateOfInstant(closedAt)
  );
  return { caseId, incidentId, personId, letterUrl: letter.url, letterId: letter.letterId };
}

export const AT = (value: string): IsoInstant => isoInstant(value);
