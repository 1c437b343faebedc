import { formatLongDate, type Case, type IsoDate } from '../../../domain';
import { STATUS_LABELS } from '../shared/labels';

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
  for (const letter of kase.letters) if (letter.sentOn) entries.push({ date: letter.sentOn, text: `Letter sent (${letter.type})` });
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
