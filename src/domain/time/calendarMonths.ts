// Calendar-month arithmetic for subject access requests and month-based time frames.
// ICO guidance on SAR time limits (spec N8/I9): the deadline is the corresponding calendar
// date in the following month; if that date does not exist (31 January + 1 month), use the
// last day of that month.

import { daysInMonth, IsoDate } from '../model/dates';
import { fromDayNumber, TimeInputError, toDayNumber, utcDayNumber } from './dayNumbers';

/** Adds whole calendar months (negative allowed), clamping to the month's last day. */
export function addCalendarMonths(date: IsoDate, months: number, field: string = 'date'): IsoDate {
  toDayNumber(date, field); // validates and names the field
  if (!Number.isInteger(months)) {
    throw new TimeInputError('months', 'notAnInteger', months);
  }
  const monthIndex = Number(date.slice(0, 4)) * 12 + (Number(date.slice(5, 7)) - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return fromDayNumber(utcDayNumber(year, month, day));
}
