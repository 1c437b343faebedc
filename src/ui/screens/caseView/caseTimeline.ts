import {
  dateOfInstant,
  formatLongDate,
  type ApprovalOutcome,
  type Case,
  type IsoDate,
  type IsoInstant,
  type Letter
} from '../../../domain';
import { LETTER_TYPE_LABELS } from '../../../domain/letters';
import { STATUS_LABELS } from '../shared/labels';
import { inTimelineOrder, momentOf, type TimelineMoment } from './timelineOrder';

const APPROVAL_WORDS: Readonly<Record<ApprovalOutcome, string>> = {
  Approve: 'Sanction approved',
  Reject: 'Sanction rejected',
  AskForChanges: 'Changes asked for to the sanction'
};

export interface TimelineEntry {
  /** The day it happened, in Europe/London (what is shown). */
  date: IsoDate;
  /** The instant, when one was recorded (what orders events on the same day). */
  at?: IsoInstant;
  text: string;
}

function entry(when: IsoInstant | IsoDate, text: string): TimelineEntry {
  const moment: TimelineMoment = momentOf(when);
  return { date: moment.date, at: moment.at, text };
}

/** A day-only event recorded with an instant on that same day is given that instant. */
function onDay(day: IsoDate, recordedAt: IsoInstant | undefined, text: string): TimelineEntry {
  return recordedAt !== undefined && dateOfInstant(recordedAt) === day ? { date: day, at: recordedAt, text } : { date: day, text };
}

/** When a letter was recorded as sent, if the case says: a review or appeal decision is recorded with its letter. */
function recordedWith(kase: Case, letter: Letter): IsoInstant | undefined {
  const review = kase.reviews.find((r) => r.letterId === letter.id);
  if (review?.answeredAt) return review.answeredAt;
  return kase.appeals.find((a) => a.decisionLetterId === letter.id)?.decidedAt;
}

/**
 * What has happened on the case, oldest first, in plain words (no narrative). `nameOf` turns
 * a staff id (Entra object id) into the name shown; without it the id is shown. Events are
 * listed here in the order of the process, which only breaks ties (see timelineOrder.ts).
 */
export function caseTimeline(kase: Case, nameOf: (userId: string) => string = (userId) => userId): TimelineEntry[] {
  const entries: TimelineEntry[] = [entry(kase.createdAt, 'Case opened')];
  if (kase.checklist?.updatedAt) entries.push(entry(kase.checklist.updatedAt, 'Consider-before-restricting checklist updated'));
  if (kase.invocationDecision) {
    const decision = kase.invocationDecision;
    const outcome = {
      Invoke: 'Panel decided to invoke the policy',
      DoNotInvoke: 'Panel decided not to invoke the policy',
      InformalOnly: 'Panel decided on informal action only'
    }[decision.outcome];
    entries.push(onDay(decision.meetingDate, decision.recordedAt, `${outcome} (recorded by ${nameOf(decision.recordedBy)})`));
  }
  for (const sanction of kase.sanctions)
    entries.push(
      entry(
        sanction.proposedAt,
        `Sanction proposed by ${nameOf(sanction.proposedBy)} (${sanction.restrictions.map((r) => r.type).join(', ')}): ${sanction.status === 'Proposed' ? 'pending approval' : sanction.status.toLowerCase()}`
      )
    );
  for (const sanction of kase.sanctions)
    for (const approval of sanction.approvals)
      entries.push(entry(approval.decidedAt, `${APPROVAL_WORDS[approval.outcome]} by ${nameOf(approval.approverId)}`));
  for (const review of kase.reviews) {
    const text = review.outcome ? `Review: ${review.outcome.toLowerCase()}` : 'Review due';
    entries.push(review.heldOn ? onDay(review.heldOn, review.answeredAt, text) : entry(review.dueDate, text));
  }
  for (const appeal of kase.appeals) {
    entries.push(entry(appeal.receivedOn, 'Appeal received'));
    if (appeal.outcome) entries.push(entry(appeal.decidedAt ?? appeal.receivedOn, `Appeal decided: ${appeal.outcome.toLowerCase()}`));
  }
  for (const contact of kase.contactLog)
    entries.push(entry(contact.receivedAt, `Contact logged${contact.breachOfRestriction ? ' (breach)' : ''}`));
  for (const letter of kase.letters)
    if (letter.sentOn) entries.push(onDay(letter.sentOn, recordedWith(kase, letter), `${LETTER_TYPE_LABELS[letter.type]} sent`));
  if (kase.monitoringPeriod)
    entries.push(
      entry(kase.monitoringPeriod.startDate, `Monitoring until ${formatLongDate(kase.monitoringPeriod.plannedEndDate as IsoDate)}`)
    );
  const ordered = inTimelineOrder(entries);
  // Where the case stands is the result of its last save, so it follows everything on or before
  // that day (a letter dated that day included); only what is still to come (a review due) is later.
  const now = entry(kase.updatedAt, `Now: ${STATUS_LABELS[kase.status]}`);
  const later = ordered.findIndex((e) => e.date > now.date);
  if (later < 0) return ordered.concat([now]);
  return ordered.slice(0, later).concat([now], ordered.slice(later));
}
