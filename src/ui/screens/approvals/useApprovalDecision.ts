import * as React from 'react';
import type { ApprovalOutcome } from '../../../domain';
import { useAppServices } from '../../services/AppServices';
import { CaseServiceError } from '../../services/caseServiceClient';

export type DecisionState =
  | { status: 'choosing' }
  | { status: 'sending' }
  | { status: 'decided'; outcome: ApprovalOutcome }
  /** The service says someone decided first; its message names who and when. */
  | { status: 'alreadyDecided'; message: string }
  | { status: 'failed'; error: unknown };

export interface ApprovalDecisionForm {
  outcome: ApprovalOutcome | undefined;
  choose(outcome: ApprovalOutcome): void;
  comment: string;
  setComment(value: string): void;
  continuityConfirmed: boolean;
  setContinuityConfirmed(value: boolean): void;
  channelConfirmed: boolean;
  setChannelConfirmed(value: boolean): void;
  errors: { comment?: string; continuity?: string; channel?: string };
  state: DecisionState;
  /** Resolves false when the form was refused (a message is shown), true once it was sent. */
  submit(): Promise<boolean>;
  cancel(): void;
}

const COMMENT_REQUIRED: Readonly<Partial<Record<ApprovalOutcome, string>>> = {
  Reject: 'Give the reason for rejecting the proposal. The case officer and the record need it.',
  AskForChanges: 'Say what needs to change before you can decide.'
};

/**
 * One approval's decision, sent to the case service exactly as the Teams card sends it:
 * outcome plus reasons (required for Reject and Ask for changes), and the BR-29 continuity
 * confirmation when the proposal has a continuity plan, and the BR-31 channel confirmation
 * when the person has communication needs or a third party is the contact route.
 */
export function useApprovalDecision(
  approvalId: string,
  needsContinuityConfirmation: boolean,
  needsChannelConfirmation: boolean = false,
  /** The case and person the inbox listed the approval with. */
  where: { caseId?: string; personId?: string } = {}
): ApprovalDecisionForm {
  const { caseService } = useAppServices();
  const [outcome, setOutcome] = React.useState<ApprovalOutcome | undefined>(undefined);
  const [comment, setComment] = React.useState('');
  const [continuityConfirmed, setContinuityConfirmed] = React.useState(false);
  const [channelConfirmed, setChannelConfirmed] = React.useState(false);
  const [attempted, setAttempted] = React.useState(false);
  const [state, setState] = React.useState<DecisionState>({ status: 'choosing' });

  const errors: ApprovalDecisionForm['errors'] = {};
  if (attempted && outcome) {
    const required = COMMENT_REQUIRED[outcome];
    if (required && comment.trim() === '') errors.comment = required;
    if (outcome === 'Approve' && needsContinuityConfirmation && !continuityConfirmed) {
      errors.continuity = 'Confirm how information and participation will continue for this person before approving.';
    }
    if (outcome === 'Approve' && needsChannelConfirmation && !channelConfirmed) {
      errors.channel = 'Confirm the contact channel works for this person before approving.';
    }
  }

  const submit = async (): Promise<boolean> => {
    if (!outcome) return false;
    setAttempted(true);
    const commentMissing = COMMENT_REQUIRED[outcome] !== undefined && comment.trim() === '';
    const continuityMissing = outcome === 'Approve' && needsContinuityConfirmation && !continuityConfirmed;
    const channelMissing = outcome === 'Approve' && needsChannelConfirmation && !channelConfirmed;
    if (commentMissing || continuityMissing || channelMissing) return false;
    setState({ status: 'sending' });
    try {
      await caseService.decide(approvalId, {
        outcome,
        reasons: comment.trim(),
        continuityPlanConfirmed: needsContinuityConfirmation ? continuityConfirmed : undefined,
        channelConfirmed: needsChannelConfirmation ? channelConfirmed : undefined,
        ...(where.caseId !== undefined && where.personId !== undefined ? { caseId: where.caseId, personId: where.personId } : {})
      });
      setState({ status: 'decided', outcome });
      return true;
    } catch (error) {
      if (error instanceof CaseServiceError && error.status === 409) {
        setState({ status: 'alreadyDecided', message: error.message });
      } else {
        setState({ status: 'failed', error });
      }
      return true;
    }
  };

  return {
    outcome,
    choose: (next) => {
      setOutcome(next);
      setAttempted(false);
      setState({ status: 'choosing' });
    },
    comment,
    setComment,
    continuityConfirmed,
    setContinuityConfirmed,
    channelConfirmed,
    setChannelConfirmed,
    errors,
    state,
    submit,
    cancel: () => {
      setOutcome(undefined);
      setAttempted(false);
      setComment('');
    }
  };
}
