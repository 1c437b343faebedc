import type { ApprovalOutcome } from '../../../domain';

/** Each decision's button, what the approver is told once it is sent, and its comment box label. */
export const OUTCOME_WORDS: Readonly<Record<ApprovalOutcome, { button: string; done: string; comment: string }>> = {
  Approve: { button: 'Approve', done: 'You approved this sanction.', comment: 'Comment (optional)' },
  Reject: { button: 'Reject', done: 'You rejected this proposal.', comment: 'Reason for rejecting' },
  AskForChanges: { button: 'Ask for changes', done: 'You asked the case officer for changes.', comment: 'What needs to change' }
};
