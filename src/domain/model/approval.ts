import type { IsoInstant } from './dates';
import type { DecisionId, UserId } from './ids';
import type { Role } from './roles';

export const APPROVAL_OUTCOMES = ['Approve', 'Reject', 'AskForChanges'] as const;
/** 'AskForChanges' is the "Amend" outcome of spec §5.2 #9. */
export type ApprovalOutcome = (typeof APPROVAL_OUTCOMES)[number];

export interface ApprovalDecision {
  id: DecisionId;
  approverId: UserId;
  approverRole: Role;
  outcome: ApprovalOutcome;
  reasons: string;
  decidedAt: IsoInstant;
  /** BR-29: approver confirms the continuity plan for a person with a statutory role. */
  continuityPlanConfirmed?: boolean;
  /** BR-31 widened: approver confirms the channel works for a person with communication needs or an R11 route. */
  channelConfirmed?: boolean;
}
