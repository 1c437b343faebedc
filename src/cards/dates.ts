import { formatLongDate, type IsoDate } from '../domain/model/dates';

/** '28 November 2026' (British long form, no time zone: a calendar date). */
export function longDate(date: IsoDate): string {
  return formatLongDate(date);
}

/**
 * '28 November 2026 at 14:05' in UK time. Decisions are stored in UTC; people read them
 * in local time, and British Summer Time would otherwise put a decision an hour out.
 */
export function longDateTime(instant: string): string {
  const when = new Date(instant);
  if (Number.isNaN(when.getTime())) {
    return instant;
  }
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23'
  }).formatToParts(when);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')} ${part('month')} ${part('year')} at ${part('hour')}:${part('minute')}`;
}
