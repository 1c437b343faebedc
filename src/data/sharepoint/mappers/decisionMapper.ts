import type { ApprovalDecision, ApprovalOutcome, Role } from '../../../domain/model';
import { bool, requiredInstant, text, toSharePointInstant } from '../values';
import type { RowMapper } from './rowMapper';
import { idFromRow } from './rowMapper';

export interface DecisionRefs {
  sanctionId: string;
  caseId: string;
}

export const decisionMapper: RowMapper<ApprovalDecision, DecisionRefs> = {
  list: 'decisions',
  idOf: (value) => value.id,
  toFields: (value, refs) => ({
    Title: `${value.outcome} by ${value.approverRole}`,
    SanctionRef: refs.sanctionId,
    CaseRef: refs.caseId,
    ApproverId: value.approverId,
    ApproverRole: value.approverRole,
    Outcome: value.outcome,
    Reasons: value.reasons,
    DecidedAt: toSharePointInstant(value.decidedAt),
    ContinuityPlanConfirmed: value.continuityPlanConfirmed === true,
    ChannelConfirmed: value.channelConfirmed === true
  }),
  fromRow: (row) => ({
    id: idFromRow(row),
    approverId: text(row.ApproverId),
    approverRole: text(row.ApproverRole) as Role,
    outcome: text(row.Outcome) as ApprovalOutcome,
    reasons: text(row.Reasons),
    decidedAt: requiredInstant(row.DecidedAt, 'DecidedAt'),
    continuityPlanConfirmed: bool(row.ContinuityPlanConfirmed),
    channelConfirmed: bool(row.ChannelConfirmed)
  })
};

export function sanctionRefOf(row: Record<string, unknown>): string {
  return text(row.SanctionRef);
}
