/**
 * Shared builders for domain tests (not used by production code). Kept in plain .ts so
 * the property tests and unit tests build the same realistic cases.
 */
import type { Case, CaseRoute } from '../../model/case';
import type { Checklist } from '../../model/checklist';
import { CHECKLIST_ITEM_IDS } from '../../model/checklist';
import { IsoDate, isoDate, isoInstant, IsoInstant } from '../../model/dates';
import type { InvocationDecision } from '../../model/invocation';
import type { Letter, LetterType } from '../../model/letter';
import type { Person } from '../../model/person';
import type { RoleAssignments } from '../../model/roles';
import type { SanctionProposal } from '../../sanctions/checkSanctionProposal';
import type { WorkflowContext } from '../types';
import { LETTER_ITEMS } from '../../letters/letterItems';

export const ROLE_HOLDERS: RoleAssignments = {
  staff: ['u-staff'],
  lineManager: ['u-lm'],
  headOfService: ['u-hos'],
  executiveDirector: ['u-ed'],
  customerRelationsOfficer: ['u-cro'],
  alternateOfficer: ['u-alt'],
  customerIctBusinessManager: ['u-bm'],
  monitoringOfficer: ['u-mo'],
  councillor: ['u-cllr'],
  groupLeader: ['u-gl'],
  appealReviewer: ['u-appeal', 'u-ed'],
  foiOfficer: ['u-foi'],
  healthSafetyAdviser: ['u-hs'],
  auditor: ['u-audit'],
  monitoring: ['u-mon']
};

export function person(overrides: Partial<Person> = {}): Person {
  return {
    id: 'p-1',
    names: { given: 'Siân', family: "O'Brien" },
    aliases: [],
    addresses: [],
    contactChannels: [{ kind: 'email', value: 'sian@example.org' }],
    representatives: [],
    reasonableAdjustments: [],
    vulnerabilityFlags: [],
    statutoryRoles: [],
    isCarerOrRepresentativeFor: [],
    ...overrides
  };
}

export function at(date: string): IsoInstant {
  return isoInstant(`${date}T10:00:00Z`);
}

export function draftCase(route: CaseRoute = 'Customer', overrides: Partial<Case> = {}): Case {
  return {
    id: 'case-1',
    route,
    personId: 'p-1',
    incidentIds: ['inc-1'],
    leadService: 'Housing',
    createdBy: 'u-staff',
    lineManagerId: 'u-lm',
    conflictDeclarations: [],
    status: 'Draft',
    sanctions: [],
    reviews: [],
    appeals: [],
    letters: [],
    contactLog: [],
    tasks: [],
    noReplyInstructions: [],
    createdAt: at('2026-01-05'),
    updatedAt: at('2026-01-05'),
    revision: 0,
    ...overrides
  };
}

export function context(actorId: string, date: string, overrides: Partial<WorkflowContext> = {}): WorkflowContext {
  let counter = 0;
  return {
    now: at(date),
    actorId,
    roles: ROLE_HOLDERS,
    person: person(),
    newId: (prefix: string) => `${prefix}-${date}-${++counter}`,
    ...overrides
  };
}

export function completeChecklist(): Checklist {
  return {
    answers: CHECKLIST_ITEM_IDS.map((itemId) =>
      itemId === 'C12'
        ? { itemId, kind: 'notApplicable' as const, reason: 'No statutory service is affected.' }
        : { itemId, kind: 'answered' as const, answer: 'Yes', evidence: 'See case notes of 3 March.' }
    )
  };
}

export function panel(route: CaseRoute, overrides: Partial<InvocationDecision> = {}): InvocationDecision {
  const attendees =
    route === 'Customer'
      ? [
          { userId: 'u-hos', name: 'Head of Housing', role: 'headOfService' as const },
          { userId: 'u-ed', name: 'Executive Director', role: 'executiveDirector' as const },
          { userId: 'u-cro', name: 'Customer Relations Officer', role: 'customerRelationsOfficer' as const }
        ]
      : [
          { userId: 'u-mo', name: 'Monitoring Officer', role: 'monitoringOfficer' as const },
          { userId: 'u-bm', name: 'Business Manager', role: 'customerIctBusinessManager' as const },
          { userId: 'u-ed', name: 'Executive Director', role: 'executiveDirector' as const }
        ];
  return {
    id: 'dec-1',
    meetingDate: isoDate('2026-01-10'),
    attendees,
    documentsReviewed: ['Incident reports'],
    outcome: 'Invoke',
    reasons: 'Repeated abusive calls to the housing team.',
    monitoringPeriod: { lengthMonths: 3 },
    spocUserId: route === 'Customer' ? 'u-cro' : 'u-bm',
    recordedBy: 'u-hos',
    recordedAt: at('2026-01-10'),
    ...overrides
  };
}

/** Every letter item filled in with ordinary text: the engine checks a letter's content itself. */
export function completeLetterFields(): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const item of LETTER_ITEMS) fields[item] = `The letter states ${item}.`;
  return fields;
}

/** A letter as sent, with all of its content unless `fields` says otherwise. */
export function letter(
  type: LetterType,
  sentOn: string,
  id: string = `letter-${type}-${sentOn}`,
  fields: Record<string, string> = completeLetterFields()
): Letter {
  return { id, type, templateVersion: '1', channel: 'letter', fields, sentOn: isoDate(sentOn) };
}

export function proposal(start: string, overrides: Partial<SanctionProposal> = {}): SanctionProposal {
  const startDate: IsoDate = isoDate(start);
  return {
    subjectPersonId: 'p-1',
    restrictions: [{ type: 'R01', contact: { kind: 'officer', userId: 'u-cro', name: 'Customer Relations Officer' } }],
    scope: { kind: 'service', service: 'Housing' },
    startDate,
    endDate: isoDate(addMonthsLiteral(start, 6)),
    reviewDate: isoDate(addMonthsLiteral(start, 3)),
    spoc: { userId: 'u-cro', name: 'Customer Relations Officer', channel: 'email', cover: { userId: 'u-alt', name: 'Alternate Officer' } },
    necessaryContactArrangements: 'Emergency repairs by phone to the repairs line.',
    proportionalityReasons: 'Least restrictive option that protects the housing team.',
    ...overrides
  };
}

function addMonthsLiteral(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, 28)).padStart(2, '0')}`;
}
