// Working-day calendars (BR-25).
// - corporate: the council's own working days: weekends and England & Wales bank holidays
//   are closed, plus configurable closure days (e.g. the customer service centres' Christmas
//   to New Year shutdown, spec 1.5 / N7). Used for complaints-style and CCM deadlines.
// - statutory: the FOI Act s.10(6) / EIR reg.2 definition: any day other than a Saturday,
//   Sunday, Christmas Day, Good Friday or a bank holiday "in any part of the United Kingdom".
//   A day that is a holiday in Scotland or Northern Ireland only still stops the clock.

import { ALL_UK_REGIONS, UkHolidayRegion, ukHolidaysFor } from './bankHolidays';
import { IsoDate } from '../model/dates';
import { dayOfWeek, fromDayNumber, isWeekendDay, TimeInputError, toDayNumber, utcDayNumber, yearOf } from './dayNumbers';

export type CalendarKind = 'corporate' | 'statutory';

/** A one-off closure, e.g. an extra day granted by the council. */
export interface ClosureDay {
  readonly date: IsoDate;
  readonly reason: string;
}

/** A closure that recurs every year, inclusive, written MM-DD; it may run across New Year. */
export interface AnnualClosure {
  readonly fromMonthDay: string;
  readonly toMonthDay: string;
  readonly reason: string;
}

/** A working-day calendar. Build one with the factories in this folder. */
export interface WorkingDayCalendar {
  readonly kind: CalendarKind;
  readonly label: string;
  /** Closed days that are not weekends, by day number, with the reason, for one year. */
  closuresIn(year: number): ReadonlyMap<number, string>;
}

const WEEKDAY_NAMES: readonly string[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const REGION_LABELS: Record<UkHolidayRegion, string> = {
  ENG: 'England',
  WLS: 'Wales',
  SCT: 'Scotland',
  NIR: 'Northern Ireland'
};

/** Largest step count accepted: about 40 years of working days; stops runaway loops. */
export const MAX_WORKING_DAY_STEPS: number = 10000;

/**
 * Builds a calendar whose closures come from a per-year function, cached per year so that
 * long counts ask the holiday data once per year rather than once per day.
 */
export function calendarFromClosures(
  kind: CalendarKind,
  label: string,
  closuresForYear: (year: number) => ReadonlyMap<number, string>
): WorkingDayCalendar {
  const cache: Map<number, ReadonlyMap<number, string>> = new Map();
  return {
    kind,
    label,
    closuresIn(year: number): ReadonlyMap<number, string> {
      let closures = cache.get(year);
      if (!closures) {
        closures = closuresForYear(year);
        cache.set(year, closures);
      }
      return closures;
    }
  };
}

function bankHolidayClosures(regions: readonly UkHolidayRegion[], year: number): Map<number, string> {
  const closures: Map<number, string> = new Map();
  for (const region of regions) {
    for (const holiday of ukHolidaysFor(region, year)) {
      const dayNumber = toDayNumber(holiday.date, 'holiday.date');
      const description = `${holiday.name} (${REGION_LABELS[region]})`;
      const existing = closures.get(dayNumber);
      if (existing === undefined) {
        closures.set(dayNumber, description);
      } else if (existing.indexOf(description) === -1) {
        closures.set(dayNumber, `${existing}; ${description}`);
      }
    }
  }
  return closures;
}

/** The statutory FOI/EIR calendar: weekends and bank holidays in any UK nation. */
export function createStatutoryCalendar(): WorkingDayCalendar {
  return calendarFromClosures('statutory', 'Statutory (FOI/EIR) working days', (year) => bankHolidayClosures(ALL_UK_REGIONS, year));
}

/** Council closures on top of England and Wales bank holidays. Validated by `corporateCalendarConfig`. */
export interface CorporateClosures {
  readonly closureDays: readonly ClosureDay[];
  readonly annualClosures: readonly AnnualClosure[];
}

function annualClosureDays(closure: AnnualClosure, year: number): number[] {
  const [fromMonth, fromDay] = closure.fromMonthDay.split('-').map(Number);
  const [toMonth, toDay] = closure.toMonthDay.split('-').map(Number);
  const wrapsNewYear = toMonth * 100 + toDay < fromMonth * 100 + fromDay;
  const days: number[] = [];
  // A closure that wraps New Year contributes its January part from the previous year's
  // run and its December part from this year's run.
  const starts = wrapsNewYear ? [year - 1, year] : [year];
  for (const startYear of starts) {
    const first = utcDayNumber(startYear, fromMonth, fromDay);
    const last = utcDayNumber(wrapsNewYear ? startYear + 1 : startYear, toMonth, toDay);
    for (let day = first; day <= last; day++) {
      if (yearOf(day) === year) {
        days.push(day);
      }
    }
  }
  return days;
}

/**
 * The council's corporate calendar: weekends, England and Wales bank holidays and the
 * configured closures. Pass `{ closureDays: [], annualClosures: [] }` for bank holidays only.
 */
export function createCorporateCalendar(closures: CorporateClosures): WorkingDayCalendar {
  return calendarFromClosures('corporate', 'Council (corporate) working days', (year) => {
    const result = bankHolidayClosures(['ENG', 'WLS'], year);
    for (const annual of closures.annualClosures) {
      for (const day of annualClosureDays(annual, year)) {
        if (!result.has(day)) {
          result.set(day, annual.reason);
        }
      }
    }
    for (const closure of closures.closureDays) {
      const day = toDayNumber(closure.date, 'closureDays.date');
      if (yearOf(day) === year && !result.has(day)) {
        result.set(day, closure.reason);
      }
    }
    return result;
  });
}

function isWorkingDayNumber(calendar: WorkingDayCalendar, dayNumber: number): boolean {
  return !isWeekendDay(dayNumber) && !calendar.closuresIn(yearOf(dayNumber)).has(dayNumber);
}

/** True when the date is a working day on this calendar. */
export function isWorkingDay(calendar: WorkingDayCalendar, date: IsoDate): boolean {
  return isWorkingDayNumber(calendar, toDayNumber(date, 'date'));
}

/** Why the date is not a working day ('Saturday', 'St Andrew's Day (Scotland)'), or undefined. */
export function nonWorkingReason(calendar: WorkingDayCalendar, date: IsoDate): string | undefined {
  const dayNumber = toDayNumber(date, 'date');
  if (isWeekendDay(dayNumber)) {
    return WEEKDAY_NAMES[dayOfWeek(dayNumber)];
  }
  return calendar.closuresIn(yearOf(dayNumber)).get(dayNumber);
}

function checkSteps(field: string, steps: number): void {
  if (!Number.isInteger(steps)) {
    throw new TimeInputError(field, 'notAnInteger', steps);
  }
  if (Math.abs(steps) > MAX_WORKING_DAY_STEPS) {
    throw new TimeInputError(field, 'outOfRange', steps);
  }
}

/**
 * The n-th working day after `date` (n > 0) or before it (n < 0); `date` itself is day 0,
 * as in "20 working days following the date of receipt" (FOIA s.10(1)). n = 0 returns the
 * date unchanged, even if it is not a working day.
 */
export function addWorkingDays(calendar: WorkingDayCalendar, date: IsoDate, n: number): IsoDate {
  let dayNumber = toDayNumber(date, 'date');
  checkSteps('n', n);
  const direction = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  while (remaining > 0) {
    dayNumber += direction;
    if (isWorkingDayNumber(calendar, dayNumber)) {
      remaining--;
    }
  }
  return fromDayNumber(dayNumber);
}

/**
 * Working days from `from` to `to`: for to >= from, the working days in (from, to]; for
 * to < from, minus the working days in [to, from). So for any n,
 * workingDaysBetween(d, addWorkingDays(d, n)) === n.
 */
export function workingDaysBetween(calendar: WorkingDayCalendar, from: IsoDate, to: IsoDate): number {
  const start = toDayNumber(from, 'from');
  const end = toDayNumber(to, 'to');
  if (Math.abs(end - start) > MAX_WORKING_DAY_STEPS * 2) {
    throw new TimeInputError('to', 'outOfRange', to);
  }
  let count = 0;
  if (end >= start) {
    for (let day = start + 1; day <= end; day++) {
      count += isWorkingDayNumber(calendar, day) ? 1 : 0;
    }
    return count;
  }
  for (let day = end; day < start; day++) {
    count += isWorkingDayNumber(calendar, day) ? 1 : 0;
  }
  return -count;
}

/** The date itself if it is a working day, otherwise the next working day. */
export function nextWorkingDayOnOrAfter(calendar: WorkingDayCalendar, date: IsoDate): IsoDate {
  let dayNumber = toDayNumber(date, 'date');
  while (!isWorkingDayNumber(calendar, dayNumber)) {
    dayNumber++;
  }
  return fromDayNumber(dayNumber);
}
