import type { Appeal } from './appeal';
import type { Checklist } from './checklist';
import type { IsoDate, IsoInstant } from './dates';
import type { CaseId, IncidentId, PersonId, ReferralId, ServiceName, TaskId, UserId } from './ids';
import type { InvocationDecision } from './invocation';
import type { Letter } from './letter';
import type { ContactLogEntry, MonitoringPeriod } from './monitoring';
import type { OmbudsmanEnquiry } from './ombudsmanEnquiry';
import type { Review } from './review';
import type { Sanction, SanctionScope } from './sanction';

export const CASE_ROUTES = ['Customer', 'Councillor'] as const;
export type CaseRoute = (typeof CASE_ROUTES)[number];

/** Case statuses of the spec §5.4 state machine. */
export const CASE_STATUSES = [
  'Draft',
  'Referred',
  'InformalAction',
  'AwaitingInvocationDecision',
  'MonitoringLetterDraft',
  'Monitoring',
  'SanctionProposed',
  'SanctionLetterDraft',
  'SanctionActive',
  'UnderAppeal',
  'UnderReview',
  'Closed'
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/**
 * The statuses of a case in the formal process: referred and not yet closed (informal
 * action runs outside it). The cases list shows these, and a case officer can be assigned
 * in any of them.
 */
export const FORMAL_OPEN_CASE_STATUSES: readonly CaseStatus[] = [
  'Referred',
  'AwaitingInvocationDecision',
  'MonitoringLetterDraft',
  'Monitoring',
  'SanctionProposed',
  'SanctionLetterDraft',
  'SanctionActive',
  'UnderReview',
  'UnderAppeal'
];

/**
 * The statuses in which the case's current sanction is in force and running: active, under
 * review and under appeal. A review or an appeal does not pause it, so the sweep still
 * escalates its overdue review and still expires it at its end date in each (BR-09).
 */
export const SANCTION_RUNNING_STATUSES: readonly CaseStatus[] = ['SanctionActive', 'UnderReview', 'UnderAppeal'];

export const CLOSURE_REASONS = ['Resolved', 'NotInvoked', 'Improved', 'Rejected', 'Quashed', 'Lifted', 'Expired'] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

/** BR-03: an officer's declared conflict or earlier involvement with the person. */
export interface ConflictDeclaration {
  userId: UserId;
  kind: 'priorInvolvement' | 'personalConnection' | 'other';
  detail: string;
  declaredAt: IsoInstant;
}

export type CaseTaskKind =
  | 'sendRestrictionEndedLetter'
  | 'reviewFlaggedItem'
  | 'answerPersonRequestedReview'
  | 'reviewOverdue'
  /** BR-16: an FOI or EIR request from the person, in the FOI officer's queue (outside the case). */
  | 'informationRequest'
  /** Issue 16 item 8: a remedy an Ombudsman ordered (a fresh review, an apology letter), for the case officer. */
  | 'ombudsmanRemedy';

/**
 * Work created by the engine for a person or service to pick up. The engine gives each person
 * their own task (one assignee): the Tasks list finds a user's open tasks through one indexed
 * "Assigned to" column, so a second assignee on the same task would never see it.
 */
export interface CaseTask {
  id: TaskId;
  kind: CaseTaskKind;
  assignees: readonly UserId[];
  /** The case the task belongs to (absent for work outside a case, e.g. FOI). */
  caseId?: CaseId;
  /** Whom it is about, as named when the task was made, so a to-do list can say so without reading the case. */
  personName?: string;
  /** The record the task is about: the customer's review request (BR-34) or the contact logged (BR-14). */
  recordId?: string;
  service?: ServiceName;
  dueDate?: IsoDate;
  createdAt: IsoInstant;
  detail: string;
  done: boolean;
}

/** BR-32: a "do not reply" instruction, only valid under an approved active sanction. */
export interface NoReplyInstruction {
  scope: SanctionScope;
  sanctionId: string;
  issuedBy: UserId;
  issuedAt: IsoInstant;
  wording: string;
}

export interface Case {
  id: CaseId;
  route: CaseRoute;
  personId: PersonId;
  incidentIds: readonly IncidentId[];
  memberReferralId?: ReferralId;
  /** What people read and say: CCM-2026-0042 (see caseReference.ts). Allocated by storage when the case is created. */
  reference?: string;
  leadService: ServiceName;
  createdBy: UserId;
  lineManagerId?: UserId;
  /** CRO or the alternate officer (BR-03). */
  caseOfficerId?: UserId;
  conflictDeclarations: readonly ConflictDeclaration[];
  status: CaseStatus;
  closureReason?: ClosureReason;
  checklist?: Checklist;
  invocationDecision?: InvocationDecision;
  monitoringPeriod?: MonitoringPeriod;
  /** Every version of every sanction on the case, newest last. */
  sanctions: readonly Sanction[];
  reviews: readonly Review[];
  appeals: readonly Appeal[];
  letters: readonly Letter[];
  contactLog: readonly ContactLogEntry[];
  tasks: readonly CaseTask[];
  noReplyInstructions: readonly NoReplyInstruction[];
  /** Issue 16 item 8: each time an Ombudsman looked at the case. Absent on cases saved before it existed. */
  ombudsmanEnquiries?: readonly OmbudsmanEnquiry[];
  createdAt: IsoInstant;
  updatedAt: IsoInstant;
  /** Optimistic concurrency counter, incremented by every transition. */
  revision: number;
}

/** What a new case must be told; everything else starts empty. */
export type NewCaseFields = Pick<Case, 'id' | 'route' | 'personId' | 'incidentIds' | 'leadService' | 'createdBy' | 'createdAt'> &
  Partial<Pick<Case, 'lineManagerId' | 'memberReferralId'>>;

/** A Draft case with nothing yet recorded: the one starting point for every way a case is opened. */
export function newDraftCase(fields: NewCaseFields): Case {
  return {
    ...fields,
    conflictDeclarations: [],
    status: 'Draft',
    sanctions: [],
    reviews: [],
    appeals: [],
    letters: [],
    contactLog: [],
    tasks: [],
    noReplyInstructions: [],
    ombudsmanEnquiries: [],
    updatedAt: fields.createdAt,
    revision: 0
  };
}
