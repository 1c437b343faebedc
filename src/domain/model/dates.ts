/**
 * Calendar dates and instants as ISO strings, with tiny pure helpers.
 *
 * Why strings and not Date objects: SharePoint stores dates as ISO text, JSON round-trips
 * them unchanged, and a calendar date ("review on 28 November 2026") has no time zone.
 * All arithmetic here is on the proleptic Gregorian calendar in UTC, so it behaves the
 * same in every browser and in Node. Working-day arithmetic lives in src/domain/time.
 */

declare const isoDateBrand: unique symbol;
declare const isoInstantBrand: unique symbol;

/** A calendar date, 'YYYY-MM-DD' (e.g. '2026-11-28'). */
export type IsoDate = string & { readonly [isoDateBrand]: 'IsoDate' };
/** A point in time, full ISO 8601 with zone (e.g. '2026-11-28T09:30:00.000Z'). */
export type IsoInstant = string & { readonly [isoInstantBrand]: 'IsoInstant' };

const ISO_DATE_PATTERN: RegExp = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_INSTANT_PATTERN: RegExp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  const lengths = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return lengths[month - 1];
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function fromParts(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as IsoDate;
}

interface DateParts {
  year: number;
  month: number;
  day: number;
}

function toParts(date: IsoDate): DateParts {
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10))
  };
}

/** True when the text is a real calendar date in 'YYYY-MM-DD' form (rejects 2026-02-30). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') {
    return false;
  }
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) {
    return false;
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** True when the text is an ISO instant with a zone and a real calendar date part. */
export function isIsoInstant(value: unknown): value is IsoInstant {
  return typeof value === 'string' && ISO_INSTANT_PATTERN.test(value) && isIsoDate(value.slice(0, 10));
}

/**
 * Brands a literal as an IsoDate. Throws RangeError for text that is not a real date,
 * because that is a programming error (use the validators for user input).
 */
export function isoDate(value: string): IsoDate {
  if (!isIsoDate(value)) {
    throw new RangeError(`Not an ISO calendar date: ${value}`);
  }
  return value;
}

/** Brands a literal as an IsoInstant. Throws RangeError for malformed text. */
export function isoInstant(value: string): IsoInstant {
  if (!isIsoInstant(value)) {
    throw new RangeError(`Not an ISO instant: ${value}`);
  }
  return value;
}

/** 01:00 UTC on the last Sunday of a month (1-based), when UK clocks change. */
function lastSundayAtOneUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month, 0));
  return Date.UTC(year, month - 1, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/**
 * Minutes Europe/London is ahead of UTC at an instant: 60 in British Summer Time, from 01:00
 * UTC on the last Sunday in March to 01:00 UTC on the last Sunday in October (Summer Time
 * Order 2002), otherwise 0. Computed from the rule, not a time-zone database, so the browser,
 * the service and the tests agree.
 */
export function londonOffsetMinutes(instantMs: number): number {
  const year = new Date(instantMs).getUTCFullYear();
  return instantMs >= lastSundayAtOneUtc(year, 3) && instantMs < lastSundayAtOneUtc(year, 10) ? 60 : 0;
}

/** An instant's date and time of day ("HH:mm") on a clock in Europe/London. */
export function londonDateTimeOf(instant: IsoInstant): { date: IsoDate; time: string } {
  const ms = Date.parse(instant);
  const local = new Date(ms + londonOffsetMinutes(ms) * 60000).toISOString();
  return { date: local.slice(0, 10) as IsoDate, time: local.slice(11, 16) };
}

export type LondonTimeResult = { ok: true; instant: IsoInstant } | { ok: false; reason: 'invalid' | 'doesNotExist' };

/**
 * The instant a UK clock showed `time` ("HH:mm") on `date`, stored in UTC. The hour the
 * clocks skip in March does not exist (refused); in the hour repeated in October the first
 * (BST) reading is taken, as people mean the earlier one unless they say otherwise.
 */
export function instantFromLondonTime(date: string, time: string): LondonTimeResult {
  if (!isIsoDate(date) || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return { ok: false, reason: 'invalid' };
  const asIfUtc = Date.parse(`${date}T${time}:00.000Z`);
  for (const offset of [60, 0]) {
    const candidate = asIfUtc - offset * 60000;
    if (londonOffsetMinutes(candidate) === offset) {
      return { ok: true, instant: new Date(candidate).toISOString() as IsoInstant };
    }
  }
  return { ok: false, reason: 'doesNotExist' };
}

/**
 * The calendar day of an instant in Europe/London: instants are stored in UTC, days are
 * shown and decided in UK time (00:30 BST on 1 June is 1 June, not 31 May).
 */
export function dateOfInstant(instant: IsoInstant): IsoDate {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return instant.slice(0, 10) as IsoDate;
  return new Date(ms + londonOffsetMinutes(ms) * 60000).toISOString().slice(0, 10) as IsoDate;
}

/** Days since 1970-01-01 (UTC), used only for day arithmetic. */
function toDayNumber(date: IsoDate): number {
  const { year, month, day } = toParts(date);
  return Math.floor(Date.UTC(year, month - 1, day) / 86400000);
}

function fromDayNumber(dayNumber: number): IsoDate {
  const d = new Date(dayNumber * 86400000);
  return fromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Adds calendar months. When the target month is shorter the day is clamped to its last
 * day (31 August + 6 months = 28/29 February), which is how "six months from" is read.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = toParts(date);
  const zeroBased = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(zeroBased / 12);
  const targetMonth = (zeroBased % 12) + 1;
  return fromParts(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** Negative when a is earlier, 0 when equal, positive when later. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isBefore(a: IsoDate, b: IsoDate): boolean {
  return compareDates(a, b) < 0;
}

export function isAfter(a: IsoDate, b: IsoDate): boolean {
  return compareDates(a, b) > 0;
}

export function isOnOrBefore(a: IsoDate, b: IsoDate): boolean {
  return compareDates(a, b) <= 0;
}

export function isOnOrAfter(a: IsoDate, b: IsoDate): boolean {
  return compareDates(a, b) >= 0;
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Compares two instants by their actual moment in time (zones respected). */
export function compareInstants(a: IsoInstant, b: IsoInstant): number {
  const diff = Date.parse(a) - Date.parse(b);
  return diff < 0 ? -1 : diff > 0 ? 1 : 0;
}

/** British long form for letters and messages: '28 November 2026'. */
export function formatLongDate(date: IsoDate): string {
  const { year, month, day } = toParts(date);
  return `${day} ${MONTH_NAMES[month - 1]} ${year}`;
}
