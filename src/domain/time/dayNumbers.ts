// Day-number arithmetic for the calendars: a date becomes a count of days since 1970-01-01
// (UTC), so stepping through days is integer arithmetic. Working in UTC keeps British Summer
// Time changes and the machine's own time zone out of every deadline (deadlines are whole days).

import { IsoDate, isIsoDate } from '../model/dates';

const MS_PER_DAY: number = 86400000;

/** Why a time calculation refused its input. */
export type TimeInputErrorCode = 'invalidDate' | 'notAnInteger' | 'outOfRange';

/**
 * Raised when a caller passes a value no deadline can be calculated from. It names the field
 * so a form can show the message beside the right input. These are programming or data errors
 * (forms validate dates first), so they are exceptions rather than Results.
 */
export class TimeInputError extends Error {
  public readonly field: string;
  public readonly code: TimeInputErrorCode;
  public readonly value: unknown;

  public constructor(field: string, code: TimeInputErrorCode, value: unknown) {
    super(`${field}: ${describeCode(code)} (received ${String(JSON.stringify(value))}).`);
    this.name = 'TimeInputError';
    this.field = field;
    this.code = code;
    this.value = value;
  }
}

function describeCode(code: TimeInputErrorCode): string {
  switch (code) {
    case 'invalidDate':
      return 'must be a real calendar date written YYYY-MM-DD';
    case 'notAnInteger':
      return 'must be a whole number';
    case 'outOfRange':
      return 'is outside the range this calculation supports';
  }
}

/** Converts a date to a day number, throwing a TimeInputError naming `field` if it is not a real date. */
export function toDayNumber(value: IsoDate, field: string): number {
  if (!isIsoDate(value)) {
    throw new TimeInputError(field, 'invalidDate', value);
  }
  return utcDayNumber(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10)));
}

/** Day number of a year, month (1-12) and day. */
export function utcDayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** The ISO date for a day number. */
export function fromDayNumber(dayNumber: number): IsoDate {
  const date = new Date(dayNumber * MS_PER_DAY);
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}` as IsoDate;
}

/** Day of week for a day number: 0 Sunday .. 6 Saturday (1970-01-01 was a Thursday). */
export function dayOfWeek(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** Saturday or Sunday. */
export function isWeekendDay(dayNumber: number): boolean {
  const weekday = dayOfWeek(dayNumber);
  return weekday === 0 || weekday === 6;
}

/** The calendar year of a day number. */
export function yearOf(dayNumber: number): number {
  return new Date(dayNumber * MS_PER_DAY).getUTCFullYear();
}
