// Demo records used by component tests and the offline local host page. Names deliberately
// include an apostrophe and a diacritic (O'Brien, Zoë) so every screen handles them.
import type { Case, IncidentReport, IsoDate, IsoInstant, MemberReferral, Person, Role, Sanction } from '../../src/domain';
import type { RestrictionAlert } from '../../src/data/ports';
import { completeChecklist } from '../../src/domain/workflow/testing/fixtures';
import type { MemoryStore } from '../../src/data/memory/memoryStore';

export const TODAY = '2026-11-28' as IsoDate;
export const NOW = '2026-11-28T10:00:00.000Z' as IsoInstant;

export interface DemoUser {
  /** Entra object id: the domain's user id (as the local personas use). */
  id: string;
  login: string;
  displayName: string;
  roles: Role[];
}

/** The personas of the persona switcher, by key. */
export const USERS: Readonly<
  Record<
    'staff' | 'caseOfficer' | 'manager' | 'monitoring' | 'member' | 'foi' | 'director' | 'monitoringOfficer' | 'admin' | 'dpo',
    DemoUser
  >
> = {
  staff: { id: '00000000-0000-4000-8000-000000000001', login: 'sam.staff@ccm.local', displayName: 'Sam Staff', roles: ['staff'] },
  caseOfficer: {
    id: '00000000-0000-4000-8000-000000000002',
    login: 'cora.officer@ccm.local',
    displayName: 'Cora Officer',
    roles: ['staff', 'customerRelationsOfficer']
  },
  manager: {
    id: '00000000-0000-4000-8000-000000000004',
    login: 'max.manager@ccm.local',
    displayName: 'Max Manager',
    roles: ['staff', 'lineManager', 'headOfService']
  },
  monitoring: {
    id: '00000000-0000-4000-8000-000000000008',
    login: 'mo.monitor@ccm.local',
    displayName: 'Mo Monitor',
    roles: ['staff', 'monitoring']
  },
  member: {
    id: '00000000-0000-4000-8000-000000000010',
    login: 'cllr.zoe@ccm.local',
    displayName: 'Cllr Zoë Member',
    roles: ['councillor']
  },
  foi: { id: '00000000-0000-4000-8000-000000000012', login: 'fay.foi@ccm.local', displayName: 'Fay FOI', roles: ['staff', 'foiOfficer'] },
  director: {
    id: '00000000-0000-4000-8000-000000000006',
    login: 'ed.director@ccm.local',
    displayName: 'Ed Director',
    roles: ['staff', 'executiveDirector']
  },
  monitoringOfficer: {
    id: '00000000-0000-4000-8000-000000000009',
    login: 'mona.officer@ccm.local',
    displayName: 'Mona Hughes',
    roles: ['staff', 'monitoringOfficer']
  },
  // The site's owner (CCM Administrators): the administration screen only.
  admin: {
    id: '00000000-0000-4000-8000-000000000016',
    login: 'ada.admin@ccm.local',
    displayName: 'Ada Adams',
    roles: ['administrator']
  },
  // The data protection officer (CCM Data Protection): subject access requests only (BR-23).
  dpo: {
    id: '00000000-0000-4000-8000-000000000018',
    login: 'dana.dpo@ccm.local',
    displayName: 'Dana Price',
    roles: ['dataProtectionOfficer']
  }
};

export function person(overrides: Partial<Person> = {}): Person {
  return {
    id: 'person-1',
    names: { given: 'Siân', family: "O'Brien" },
    aliases: [],
    addresses: ['1 High Street, Newcastle-under-Lyme'],
    contactChannels: [{ kind: 'email', value: 'sian@example.org', preferred: true }],
    representatives: [],
    reasonableAdjustments: [],
    vulnerabilityFlags: [],
    statutoryRoles: [],
    isCarerOrRepresentativeFor: [],
    ...overrides
  };
}

export function incident(overrides: Partial<IncidentReport> = {}): IncidentReport {
  return {
    id: 'incident-1',
    personId: 'person-1',
    reporterId: USERS.staff.id,
    occurredAt: '2026-11-27T14:30:00.000Z' as IsoInstant,
    channel: 'phone',
    service: 'Housing',
    narrative: 'The caller said "I know where you live" twice and ended the call.',
    categories: ['aggressiveAbusiveThreatening'],
    immediateAction: 'endedCall',
    witnesses: [],
    attachments: [],
    healthAndSafetyFlag: false,
    status: 'Submitted',
    submittedAt: '2026-11-27T15:00:00.000Z' as IsoInstant,
    ...overrides
  };
}

export function kase(overrides: Partial<Case> = {}): Case {
  return {
    id: 'case-1',
    route: 'Customer',
    personId: 'person-1',
    incidentIds: ['incident-1'],
    leadService: 'Housing',
    createdBy: USERS.staff.id,
    lineManagerId: USERS.manager.id,
    caseOfficerId: USERS.caseOfficer.id,
    conflictDeclarations: [],
    status: 'AwaitingInvocationDecision',
    sanctions: [],
    reviews: [],
    appeals: [],
    letters: [],
    contactLog: [],
    tasks: [],
    noReplyInstructions: [],
    createdAt: '2026-11-27T15:00:00.000Z' as IsoInstant,
    updatedAt: '2026-11-27T15:00:00.000Z' as IsoInstant,
    revision: 1,
    ...overrides
  };
}

export function activeSanction(overrides: Partial<Sanction> = {}): Sanction {
  return {
    id: 'sanction-1',
    version: 1,
    caseId: 'case-1',
    subjectPersonId: 'person-1',
    restrictions: [{ type: 'R01', contact: { kind: 'officer', userId: USERS.caseOfficer.id, name: 'Cora Officer' } }],
    scope: { kind: 'service', service: 'Housing' },
    startDate: '2026-10-01' as IsoDate,
    endDate: '2027-04-01' as IsoDate,
    reviewDate: '2027-01-01' as IsoDate,
    spoc: { userId: USERS.caseOfficer.id, name: 'Cora Officer', channel: 'email' },
    necessaryContactArrangements: 'For repairs emergencies call 01782 000000.',
    proportionalityReasons: 'Least restrictive option that protects staff.',
    proposedBy: USERS.caseOfficer.id,
    proposedAt: '2026-09-20T10:00:00.000Z' as IsoInstant,
    approvals: [],
    status: 'Active',
    ...overrides
  };
}

export function alert(overrides: Partial<RestrictionAlert> = {}): RestrictionAlert {
  return {
    id: 'alert-1',
    personId: 'person-1',
    personName: "Siân O'Brien",
    sanctionId: 'sanction-1',
    restrictionTypes: ['R01', 'R02'],
    summary: 'Contact through the single point of contact by email only.',
    scopeSummary: 'Housing service',
    spocName: 'Cora Officer',
    spocChannel: 'email',
    contactArrangements: 'For repairs emergencies call 01782 000000 and ask for the duty manager.',
    activeFrom: '2026-10-01' as IsoDate,
    activeUntil: '2027-04-01' as IsoDate,
    isActive: true,
    ...overrides
  };
}

/**
 * The records behind a pending approval: a third customer, their incident and the case with
 * the proposed sanction. Kept out of seedDemo (whose counts other screens' tests rely on);
 * tests add them to the store with seedPendingApproval, or through the running app's data
 * port in the browser tests (test/a11y/pendingApproval.ts).
 */
export function pendingApprovalRecords(): { person: Person; incident: IncidentReport; kase: Case } {
  return {
    person: person({ id: 'person-3', names: { given: 'Dafydd', family: 'Ellis-Jones' } }),
    incident: incident({
      id: 'incident-3',
      personId: 'person-3',
      occurredAt: '2026-10-14T11:20:00.000Z' as IsoInstant,
      service: 'Revenues',
      categories: ['unreasonableLevelsOfContact', 'aggressiveAbusiveThreatening'],
      immediateAction: 'none',
      narrative: 'Twenty-three calls in one week to the Revenues team about the same bill; shouted at the adviser on the last call.',
      status: 'Acknowledged'
    }),
    kase: pendingApprovalCase()
  };
}

/** A case whose sanction is under its scheduled review (BR-10): the review screen's outcome form. */
export function underReviewCase(): Case {
  const sanction = activeSanction({
    id: 'sanction-review',
    caseId: 'case-review',
    spoc: { userId: USERS.caseOfficer.id, name: 'Cora Officer', channel: 'email', cover: { name: 'Alex Alternate' } }
  });
  return kase({
    id: 'case-review',
    status: 'UnderReview',
    sanctions: [sanction],
    reviews: [
      { id: 'review-1', kind: 'Scheduled', sanctionId: sanction.id, dueDate: sanction.reviewDate, reviewers: [USERS.caseOfficer.id] }
    ]
  });
}

/** Adds the pending approval's records (see pendingApprovalRecords) to a store. */
export function seedPendingApproval(store: MemoryStore): void {
  const records = pendingApprovalRecords();
  store.tables.persons.seed(records.person);
  store.tables.incidents.seed(records.incident);
  store.tables.cases.seed(records.kase);
}

/**
 * A case whose sanction the case officer has proposed and sent for approval: what a manager's
 * approvals inbox shows. Checklist complete (BR-04), so an approval is not refused.
 */
export function pendingApprovalCase(): Case {
  return kase({
    id: 'case-pending',
    personId: 'person-3',
    incidentIds: ['incident-3'],
    status: 'SanctionProposed',
    checklist: completeChecklist(),
    updatedAt: '2026-11-27T16:05:00.000Z' as IsoInstant,
    sanctions: [
      activeSanction({
        id: 'sanction-pending',
        caseId: 'case-pending',
        subjectPersonId: 'person-3',
        restrictions: [
          { type: 'R01', contact: { kind: 'officer', userId: USERS.caseOfficer.id, name: 'Cora Officer' } },
          { type: 'R02', channels: ['email', 'post'] }
        ],
        scope: { kind: 'service', service: 'Revenues' },
        startDate: '2026-12-07' as IsoDate,
        endDate: '2027-06-07' as IsoDate,
        reviewDate: '2027-03-08' as IsoDate,
        necessaryContactArrangements: 'For a council tax enforcement notice, call the Revenues duty officer on 01782 000001.',
        proportionalityReasons:
          'Twenty-three calls in a week to the Revenues team; written contact still lets the customer raise every matter.',
        proposedAt: '2026-11-27T16:00:00.000Z' as IsoInstant,
        status: 'Proposed'
      })
    ]
  });
}

/** A councillor's referral to the Monitoring Officer as the Members' form saves it (BR-26 steps taken), no case yet. */
export function memberReferral(overrides: Partial<MemberReferral> = {}): MemberReferral {
  return {
    id: 'referral-1',
    councillorId: USERS.member.id,
    personName: 'Gwen Price-Davies',
    personContactDetails: '4 Castle Street, Newcastle-under-Lyme\n07700 900123',
    councillorLetterDate: '2026-10-02' as IsoDate,
    groupLeaderId: 'Cllr Gareth Jones',
    groupLeaderConsultedOn: '2026-10-20' as IsoDate,
    groupLeaderAdvice: 'It cannot be resolved between you: refer it to the Monitoring Officer.',
    accountOfContacts: 'Thirty calls to my surgery line in October, and two visits to my home address, shouting at the door.',
    referredToMonitoringOfficerOn: '2026-11-02' as IsoDate,
    createdAt: '2026-11-02T09:30:00.000Z' as IsoInstant,
    ...overrides
  };
}

/** The demo data set: two customers, a few incidents, a case awaiting the panel, an alert and a councillor's referral. */
export function seedDemo(store: MemoryStore): void {
  store.tables.persons.seed(person());
  store.tables.persons.seed(
    person({
      id: 'person-2',
      names: { given: 'Zoë', family: 'Ng' },
      reasonableAdjustments: [
        { kind: 'needsPhoneContact', description: 'Cannot read long letters', communicationNeed: true, recordedOn: '2026-01-05' as IsoDate }
      ]
    })
  );
  store.tables.incidents.seed(incident());
  store.tables.incidents.seed(
    incident({
      id: 'incident-2',
      personId: 'person-2',
      occurredAt: '2026-11-26T09:00:00.000Z' as IsoInstant,
      channel: 'email',
      categories: ['unreasonableLevelsOfContact'],
      immediateAction: 'none',
      narrative: 'Fourteen emails on the same matter between 9am and 11am.'
    })
  );
  store.tables.cases.seed(kase());
  store.tables.cases.seed(
    kase({ id: 'case-2', personId: 'person-2', incidentIds: ['incident-2'], status: 'Referred', caseOfficerId: undefined })
  );
  store.tables.alerts.seed(alert());
  store.tables.referrals.seed(memberReferral());
}
