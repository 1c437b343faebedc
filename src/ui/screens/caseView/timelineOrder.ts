// The order of a case's timeline. Instants are stored in UTC but people live by the UK calendar,
// so events are grouped by their day in Europe/London (00:30 BST on 2 June is 2 June, not
// 1 June as its UTC text says) and, within a day, put in the order they happened: by instant,
// compared as moments in time (never as text, which sorts a date before every time on that UTC
// day and "…T09:00:00Z" after "…T09:00:00.500Z"). Never by kind of event or by where in the
// record it was found, which is how "letter sent" used to come before the approval that
// allowed it.

import { compareDates, compareInstants, dateOfInstant, isIsoInstant, type IsoDate, type IsoInstant } from '../../../domain/model/dates';

/**
 * When something happened. Some events are recorded with their instant (a contact, an
 * approval); others only with a day (a letter's sent date, the panel's meeting date).
 */
export interface TimelineMoment {
  /** The calendar day in Europe/London. */
  date: IsoDate;
  /** The instant, when one was recorded. */
  at?: IsoInstant;
}

/** The moment of a stored value: an instant keeps its time and gets its UK day; a date is a day alone. */
export function momentOf(value: IsoInstant | IsoDate): TimelineMoment {
  return isIsoInstant(value) ? { date: dateOfInstant(value), at: value } : { date: value as IsoDate };
}

/**
 * Within one day: events with an instant by that instant; an event known only by its day
 * after them. Such an event (a letter sent, a monitoring period starting) is the outcome of
 * that day's timed steps far more often than their cause, and without a time nothing better
 * can be said.
 */
function compareWithinDay(a: TimelineMoment, b: TimelineMoment): number {
  if (a.at !== undefined && b.at !== undefined) return compareInstants(a.at, b.at);
  if (a.at !== undefined) return -1;
  if (b.at !== undefined) return 1;
  return 0;
}

/**
 * The entries oldest first: by UK day, then instant, then the stable sequence they were given
 * in (the builder lists them in the order of the process, so equal moments read as it runs).
 */
export function inTimelineOrder<T extends TimelineMoment>(entries: readonly T[]): T[] {
  return entries
    .map((entry, sequence) => ({ entry, sequence }))
    .sort((a, b) => compareDates(a.entry.date, b.entry.date) || compareWithinDay(a.entry, b.entry) || a.sequence - b.sequence)
    .map(({ entry }) => entry);
}
