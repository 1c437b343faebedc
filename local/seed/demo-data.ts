import type { Case, Checklist, IncidentReport, IsoDate, IsoInstant, Person, Sanction } from '../../src/domain/model';
import { CHECKLIST_ITEM_IDS, dateOfInstant } from '../../src/domain';
import { syncCaseAlerts } from '../../src/app/alerts/syncCaseAlerts';
import type { CaseStore } from '../../src/data/ports';
import { demoRoleAssignments, oid } from './personas';

/*
 * Realistic demo data for the local environment, written through the repositories (so it
 * exercises the same code as the app). Ids are fixed, so seeding twice changes nothing.
 */

const at = (value: string): IsoInstant => value as IsoInstant;
const day = (value: string): IsoDate => value as IsoDate;

export function demoPerson(given: string, family: string, id: string = ''): Person {
  return {
    id,
    names: { given, family },
    aliases: [],
    addresses: ['1 High Street, Newcastle-under-Lyme ST5 1AA'],
    contactChannels: [
      { kind: 'email', value: `${given}.${family}@example.org`.toLowerCase().replace(/[^a-z0-9.@]/g, ''), preferred: true }
    ],
    representatives: [],
    reasonableAdjustments: [],
    vulnerabilityFlags: [],
    statutoryRoles: [],
    isCarerOrRepresentativeFor: []
  };
}

export function demoIncident(personId: string, reporterId: string, id: string = ''): IncidentReport {
  return {
    id,
    personId,
    reporterId,
    occurredAt: at('2026-11-20T10:15:00Z'),
    channel: 'phone',
    service: 'Housing',
    narrative: 'Caller said "you are useless, I will come down there" and ended the call after 40 minutes.',
    categories: ['aggressiveAbusiveThreatening', 'unreasonableLevelsOfContact'],
    immediateAction: 'endedCall',
    witnesses: [],
    attachments: [],
    healthAndSafetyFlag: false,
    status: 'Submitted',
    submittedAt: at('2026-11-20T10:40:00Z')
  };
}

export function demoCase(personId: string, incidentIds: string[], id: string = '', status: Case['status'] = 'Referred'): Case {
  return {
    id,
    route: 'Customer',
    personId,
    incidentIds,
    leadService: 'Housing',
    createdBy: oid('lena.manager'),
    lineManagerId: oid('lena.manager'),
    caseOfficerId: oid('cara.cro'),
    conflictDeclarations: [],
    status,
    sanctions: [],
    reviews: [],
    appeals: [],
    letters: [],
    contactLog: [],
    tasks: [],
    noReplyInstructions: [],
    createdAt: at('2026-11-21T09:00:00Z'),
    updatedAt: at('2026-11-21T09:00:00Z'),
    revision: 1
  };
}

export function demoSanction(caseId: string, personId: string, id: string = '', status: Sanction['status'] = 'Proposed'): Sanction {
  return {
    id,
    version: 1,
    caseId,
    subjectPersonId: personId,
    restrictions: [{ type: 'R01', contact: { kind: 'officer', userId: oid('cara.cro'), name: 'Cara Rhodes' } }],
    scope: { kind: 'service', service: 'Housing' },
    startDate: day('2026-12-01'),
    endDate: day('2027-05-31'),
    reviewDate: day('2027-02-28'),
    spoc: { name: 'Cara Rhodes', channel: 'email', cover: { name: 'Alex Okafor' } },
    necessaryContactArrangements: 'Repairs emergencies by phone to the Housing duty line.',
    proportionalityReasons: 'Single point of contact is the least restrictive option that protects staff.',
    proposedBy: oid('cara.cro'),
    proposedAt: at('2026-11-25T14:00:00Z'),
    approvals: [],
    status
  };
}

/** Every checklist item answered (C12 not applicable), so the pending sanction can be decided. */
export function demoChecklist(): Checklist {
  return {
    answers: CHECKLIST_ITEM_IDS.map((itemId) =>
      itemId === 'C12'
        ? { itemId, kind: 'notApplicable' as const, reason: 'No statutory service is affected.' }
        : { itemId, kind: 'answered' as const, answer: 'Yes', evidence: 'See the case notes of 18 November.' }
    )
  };
}

/** The approvers the demo's pending sanction waits for (Customer route: Executive Director, head of service). */
export const DEMO_PENDING_APPROVERS: readonly string[] = ['ed.director', 'hugh.head'];

/** Customers with names that test escaping and scripts: O'Brien, Zoë, Welsh, Chinese. */
const CUSTOMERS: readonly [string, string, string][] = [
  ['demo-person-obrien', 'Seán', "O'Brien"],
  ['demo-person-zoe', 'Zoë', 'Hargreaves'],
  ['demo-person-welsh', 'Gwenllian', 'ap Dafydd'],
  ['demo-person-wang', '秀英', '王'],
  ['demo-person-smith', 'Peter', 'Smith']
];

export interface DemoSeedResult {
  persons: number;
  cases: number;
}

/** Role holders by Entra object id, in the Settings list (key `roleAssignments`). Idempotent. */
export async function seedRoleAssignments(asService: CaseStore): Promise<void> {
  await asService.settings.set('roleAssignments', demoRoleAssignments(), 'Who holds each CCM role, by Entra object id (demo personas).');
}

export async function seedDemoData(asStaff: CaseStore, asCaseOfficer: CaseStore, asService: CaseStore): Promise<DemoSeedResult> {
  await seedRoleAssignments(asService);
  for (const [id, given, family] of CUSTOMERS) {
    await asCaseOfficer.persons.create(demoPerson(given, family, id));
  }
  const staffId = oid('sam.staff');
  const incidentIds = [];
  // The reports the cases below were opened from were decided at triage, so they are no longer
  // Submitted (triage lists only reports waiting for a decision); 王's report still waits.
  const decided = new Set(['demo-person-obrien', 'demo-person-zoe', 'demo-person-welsh', 'demo-person-smith']);
  for (const [id] of CUSTOMERS) {
    const report = demoIncident(id, staffId, `demo-incident-${id}`);
    const incident = await asStaff.incidents.create(
      decided.has(id)
        ? { ...report, status: 'Acknowledged', acknowledgedAt: at('2026-11-21T09:00:00Z'), acknowledgedBy: oid('lena.manager') }
        : report
    );
    incidentIds.push(incident.value.id);
  }
  // Several states: referred, monitoring, an active sanction with a review due, a pending approval.
  await asCaseOfficer.cases.create(demoCase('demo-person-smith', [incidentIds[4]], 'demo-case-referred', 'Referred'));
  await asCaseOfficer.cases.create({
    ...demoCase('demo-person-zoe', [incidentIds[1]], 'demo-case-monitoring', 'Monitoring'),
    monitoringPeriod: {
      startDate: day('2026-10-01'),
      plannedEndDate: day('2026-12-31'),
      spocUserId: oid('cara.cro'),
      letterId: 'demo-letter-1'
    }
  });
  await asCaseOfficer.cases.create({
    ...demoCase('demo-person-obrien', [incidentIds[0]], 'demo-case-active', 'SanctionActive'),
    sanctions: [
      { ...demoSanction('demo-case-active', 'demo-person-obrien', 'demo-sanction-active', 'Active'), reviewDate: day('2026-12-05') }
    ],
    reviews: [{ id: 'demo-review-due', kind: 'Scheduled', sanctionId: 'demo-sanction-active', dueDate: day('2026-12-05'), reviewers: [] }]
  });
  await asService.decisions.record(
    {
      id: 'demo-decision-active',
      approverId: oid('ed.director'),
      approverRole: 'executiveDirector',
      outcome: 'Approve',
      reasons: 'Proportionate and time-limited.',
      decidedAt: at('2026-11-26T11:00:00Z')
    },
    { sanctionId: 'demo-sanction-active', caseId: 'demo-case-active' }
  );
  // The staff banner comes from the sanction through the product's own code path (never typed).
  const activeCase = await asCaseOfficer.cases.get('demo-case-active');
  const obrien = await asCaseOfficer.persons.get('demo-person-obrien');
  await syncCaseAlerts(
    asCaseOfficer.restrictionAlerts,
    activeCase.value,
    obrien.value,
    dateOfInstant(new Date().toISOString() as IsoInstant)
  );
  await asCaseOfficer.cases.create({
    ...demoCase('demo-person-welsh', [incidentIds[2]], 'demo-case-pending', 'SanctionProposed'),
    checklist: demoChecklist(),
    monitoringPeriod: {
      startDate: day('2026-08-01'),
      plannedEndDate: day('2026-11-01'),
      endedOn: day('2026-11-01'),
      spocUserId: oid('cara.cro'),
      letterId: 'demo-letter-2',
      assessment: 'NotImproved'
    },
    sanctions: [demoSanction('demo-case-pending', 'demo-person-welsh', 'demo-sanction-pending', 'Proposed')]
  });
  // The approval requests the case service would have created (cards not yet sent:
  // asking for approval again sends them), so an approver's inbox shows the pending one.
  for (const approver of DEMO_PENDING_APPROVERS) {
    const id = `approval:demo-sanction-pending:${oid(approver)}`;
    await asService.approvalRequests.create(
      {
        id,
        sanctionId: 'demo-sanction-pending',
        caseId: 'demo-case-pending',
        approverId: oid(approver),
        conversationId: '',
        activityId: '',
        serviceUrl: '',
        cardVersion: 1,
        status: 'Pending',
        sentAt: ''
      },
      { requestKey: id }
    );
  }
  return { persons: CUSTOMERS.length, cases: 4 };
}
