import { APPROVAL_OUTCOMES, ApprovalDecision } from '../model/approval';
import { ROLES } from '../model/roles';
import { FieldErrors, isRecord, optionalBoolean, optionalNote, requiredChoice, requiredNote } from './fieldValidators';
import { err, ok, Result } from './result';
import type { ValidationError } from './validationError';

/** What the approver submits; the store adds the id, the approver and the time (as the workflow's decideSanction action). */
export type ApprovalDecisionInput = Omit<ApprovalDecision, 'id' | 'approverId' | 'decidedAt'>;

/**
 * Validates an approval decision (spec §5.2 #9). A rejection needs reasons; asking for
 * changes needs a comment saying what must change (both are held in `reasons`). Approving
 * may carry an optional note. BR-29 continuity confirmation is optional here and enforced
 * by the workflow when the subject has a statutory role; so is the BR-31 channel confirmation.
 */
export function validateApprovalDecisionInput(input: unknown): Result<ApprovalDecisionInput, ValidationError[]> {
  const errors = new FieldErrors();
  const source = isRecord(input) ? input : {};
  const approverRole = requiredChoice(errors, 'approverRole', 'the role you are approving in', source.approverRole, ROLES);
  const outcome = requiredChoice(errors, 'outcome', 'your decision', source.outcome, APPROVAL_OUTCOMES);
  let reasons: string | undefined;
  if (outcome === 'Reject') {
    reasons = requiredNote(errors, 'reasons', 'the reasons for rejecting the restriction', source.reasons);
  } else if (outcome === 'AskForChanges') {
    reasons = requiredNote(errors, 'reasons', 'a comment saying what needs to change', source.reasons);
  } else {
    reasons = optionalNote(errors, 'reasons', 'your comments', source.reasons);
  }
  const continuityPlanConfirmed = optionalBoolean(
    errors,
    'continuityPlanConfirmed',
    'you confirm the continuity plan',
    source.continuityPlanConfirmed
  );
  const channelConfirmed = optionalBoolean(
    errors,
    'channelConfirmed',
    'you confirm the channel works for this person',
    source.channelConfirmed
  );
  if (errors.hasErrors) {
    return err(errors.errors);
  }
  const decision: ApprovalDecisionInput = {
    approverRole: approverRole as ApprovalDecision['approverRole'],
    outcome: outcome as ApprovalDecision['outcome'],
    reasons: reasons ?? ''
  };
  if (continuityPlanConfirmed !== undefined) {
    decision.continuityPlanConfirmed = continuityPlanConfirmed;
  }
  if (channelConfirmed !== undefined) {
    decision.channelConfirmed = channelConfirmed;
  }
  return ok(decision);
}
