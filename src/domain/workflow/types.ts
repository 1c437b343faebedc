import type { AppealGround, AppealOutcome } from '../model/appeal';
import type { ApprovalDecision } from '../model/approval';
import type { AuditEvent } from '../model/audit';
import type { Case, CaseTask, ConflictDeclaration } from '../model/case';
import type { Checklist } from '../model/checklist';
import type { IsoDate, IsoInstant } from '../model/dates';
import type { UserId } from '../model/ids';
import type { InvocationDecision } from '../model/invocation';
import type { Letter } from '../model/letter';
import type { MemberReferral } from '../model/memberReferral';
import type { ContactLogEntry } from '../model/monitoring';
import type { OmbudsmanOutcome, OmbudsmanRemedy } from '../model/ombudsmanEnquiry';
import type { OmbudsmanScheme } from '../letters/ombudsman';
import type { Person } from '../model/person';
import type { ReviewOutcome } from '../model/review';
import type { Role, RoleAssignments } from '../model/roles';
import type { SanctionScope } from '../model/sanction';
import type { SanctionLimits } from '../sanctions/limits';
import type { DeadlineContext } from '../time/deadlines';
import type { SanctionProposal } from '../sanctions/checkSanctionProposal';
import type { CaseRoute } from '../model/case';

/** Everything a transition needs from outside. The clock and id source are passed in. */
export interface WorkflowContext {
  now: IsoInstant;
  actorId: UserId;
  roles: RoleAssignments;
  /** The case's subject, for sanction checks (BR-13, BR-28, BR-29, BR-31). */
  person: Person;
  newId: (prefix: string) => string;
  /**
   * The council's time frames in effect today (spec 5.5) and its closure days (BR-25), as the
   * administration screen saved them: the sanction limits (BR-08), the longest monitoring period
   * (N6), the answer-by date of a customer's review request (BR-34) and FOI due dates follow
   * them, so a change takes effect in the engine (the authority), not only on the screens. The
   * policy's defaults when left out. `limits` and `maxMonitoringMonths`, where given, win.
   */
  deadlines?: DeadlineContext;
  limits?: SanctionLimits;
  /** Customer route: three months or less (N6). */
  maxMonitoringMonths?: number;
  approverRoles?: Readonly<Record<CaseRoute, readonly Role[]>>;
  /**
   * An extra letter check of the caller's own; returns what is missing. The engine always runs
   * the domain's validateLetter (src/domain/letters) itself, so leaving this out skips nothing.
   */
  validateLetter?: (letter: Letter) => readonly string[];
  referringCouncillorId?: UserId;
}

export type CaseAction =
  | { type: 'submit' }
  /**
   * Councillors' route (spec 1.6, M1 p.6): the Monitoring Officer opens a Draft case from a
   * Member referral, and it goes straight to the panel (Monitoring Officer, Customer and ICT
   * Services Business Manager, Executive Director). There is no line manager on this route.
   */
  | { type: 'openFromMemberReferral'; referral: MemberReferral }
  | { type: 'takeInformalAction'; reasons: string }
  | { type: 'resolveInformal'; reasons: string }
  | { type: 'escalate'; reasons: string }
  | { type: 'assignCaseOfficer'; userId: UserId }
  | { type: 'declareConflict'; declaration: Omit<ConflictDeclaration, 'declaredAt'> }
  | { type: 'recordChecklist'; checklist: Checklist }
  | { type: 'recordInvocationDecision'; decision: InvocationDecision; bypassSanction?: SanctionProposal }
  | { type: 'sendMonitoringLetter'; letter: Letter }
  | { type: 'closeMonitoringImproved'; reasons: string }
  | { type: 'proposeSanction'; sanction: SanctionProposal; earlyBreachReason?: string }
  | {
      type: 'decideSanction';
      approval: Omit<ApprovalDecision, 'id' | 'approverId' | 'decidedAt'>;
      afterRejection?: 'Monitoring' | 'Closed';
    }
  | { type: 'sendSanctionLetter'; letter: Letter }
  | { type: 'logContact'; entry: Omit<ContactLogEntry, 'id' | 'loggedBy'> }
  /** BR-14/15: a flagged contact (a new issue or a safeguarding concern) has been dealt with. */
  | { type: 'reviewFlaggedContact'; contactId: string }
  | {
      type: 'receiveAppeal';
      receivedOn: IsoDate;
      grounds: readonly AppealGround[];
      statement: string;
      reviewerId: UserId;
      withinDeadline: boolean;
    }
  | { type: 'decideAppeal'; outcome: AppealOutcome; reasons: string; variedSanction?: SanctionProposal; letter: Letter }
  | { type: 'startReview' }
  | {
      type: 'completeReview';
      outcome: ReviewOutcome;
      reasons: string;
      nextReviewDate?: IsoDate;
      newEndDate?: IsoDate;
      amendedSanction?: SanctionProposal;
      letter: Letter;
    }
  | { type: 'logPersonReviewRequest'; requestedOn: IsoDate; requestText: string; respondBy: IsoDate; assignedTo: UserId }
  | { type: 'answerPersonReviewRequest'; reviewId: string; reasons: string; letter: Letter }
  | { type: 'escalateOverdueReview' }
  | { type: 'expireSanction' }
  /** BR-09: the letter telling the person their expired restriction has ended has been sent. */
  | { type: 'sendRestrictionEndedLetter'; letter: Letter }
  | { type: 'issueNoReplyInstruction'; scope: SanctionScope; wording: string }
  /** Issue 16 item 8: an Ombudsman's enquiry about the case, its decision, its remedies, the letters copied to it. */
  | { type: 'recordOmbudsmanEnquiry'; scheme: OmbudsmanScheme; reference: string; receivedOn: IsoDate; summary: string }
  | {
      type: 'recordOmbudsmanDecision';
      enquiryId: string;
      decidedOn: IsoDate;
      outcome: OmbudsmanOutcome;
      summary: string;
      remedies: readonly Pick<OmbudsmanRemedy, 'kind' | 'detail' | 'dueBy'>[];
    }
  | { type: 'completeOmbudsmanRemedy'; enquiryId: string; remedyId: string; note: string }
  | { type: 'copyLetterToOmbudsman'; enquiryId: string; letterId: string; sentOn: IsoDate };

export type CaseActionType = CaseAction['type'];

export interface TransitionError {
  code: 'illegalTransition' | 'guardFailed' | 'notPermitted';
  /** BR id for guard and permission failures. */
  rule?: string;
  message: string;
  details?: readonly string[];
}

export interface TransitionOutcome {
  case: Case;
  auditEvents: AuditEvent[];
  /**
   * Work the transition passes outside the case (BR-16: an FOI or EIR request to the FOI
   * officers' queue). Not part of the case: the caller writes them after the case is saved.
   */
  routedTasks?: CaseTask[];
}
