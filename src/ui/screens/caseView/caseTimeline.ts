import { formatLongDate, type ApprovalOutcome, type Case, type IsoDate } from '../../../domain';
import { LETTER_TYPE_LABELS } from '../../../domain/letters';
import { STATUS_LABELS } from '../shared/labels';

const APPROVAL_WORDS: Readonly<Record<ApprovalOutcome, string>> = {
  Approve: 'Sanction approved',
  Reject: 'Sanction rejected',
  AskForChanges: 'Changes asked for to the sanction'
};

export interface TimelineEntry {
  date: string;
  text: string;
}

/**
 * What has happened on the case, oldest first, in plain words (no narrative). `nameOf` turns
 * a staff id (Entra object id) into the name shown; without it the id is shown.
 */
export function caseTimeline(kase: Case, nameOf: (userId: string) => string = (userId) => userId): TimelineEntry[] {
  const entries: TimelineEntry[] = [{ date: kase.createdAt, text: 'Case opened' }];
  if (kase.checklist?.updatedAt) entries.push({ date: kase.checklist.updatedAt, text: 'Consider-before-restricting checklist updated' });
  if (kase.invocationDecision) {
    const outcome = {
      Invoke: 'Panel decided to invoke the policy',
      DoNotInvoke: 'Panel decided not to invoke the policy',
      InformalOnly: 'Panel decided on informal action only'
    }[kase.invocationDecision.outcome];
    entries.push({
      date: kase.invocationDecision.meetingDate,
      text: `${outcome} (recorded by ${nameOf(kase.invocationDecision.recordedBy)})`
    });
  }
  for (const letter of kase.letters)
    if (letter.sentOn) entries.push({ date: letter.sentOn, text: `${LETTER_TYPE_LABELS[letter.type]} sent` });
  if (kase.monitoringPeriod)
    entries.push({
      date: kase.monitoringPeriod.startDate,
      text: `Monitoring until ${formatLongDate(kase.monitoringPeriod.plannedEndDate as IsoDate)}`
    });
  for (const sanction of kase.sanctions)
    entries.push({
      date: sanction.proposedAt,
      text: `Sanction proposed by ${nameOf(sanction.proposedBy)} (${sanction.restrictions.map((r) => r.type).join(', ')}): ${sanction.status === 'Proposed' ? 'pending approval' : sanction.status.toLowerCase()}`
    });
  for (const sanction of kase.sanctions)
    for (const approval of sanction.approvals)
      entries.push({ date: approval.decidedAt, text: `${APPROVAL_WORDS[approval.outcome]} by ${nameOf(approval.approverId)}` });
  for (const review of kase.reviews)
    entries.push({
      date: review.heldOn ?? review.dueDate,
      text: review.outcome ? `Review: ${review.outcome.toLowerCase()}` : 'Review due'
    });
  for (const appeal of kase.appeals)
    entries.push({ date: appeal.receivedOn, text: appeal.outcome ? `Appeal decided: ${appeal.outcome.toLowerCase()}` : 'Appeal received' });
  for (const contact of kase.contactLog)
    entries.push({ date: contact.receivedAt, text: `Contact logged${contact.breachOfRestriction ? ' (breach)' : ''}` });
  entries.push({ date: kase.updatedAt, text: `Now: ${STATUS_LABELS[kase.status]}` });
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
