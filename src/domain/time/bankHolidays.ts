// UK bank and public holidays, from the maintained `date-holidays` data set (country GB).
// Why a library: one-off days (jubilees, a state funeral, a coronation) and substitute days
// are announced by royal proclamation; the library's maintainers track them so we do not.
// Only the 'public' and 'bank' types count: 'observance' (Mother's Day, Halloween...) and
// 'optional' days are not closures.

import Holidays from 'date-holidays';
import { IsoDate } from '../model/dates';

/** The four holiday regions of the UK, as date-holidays names them. */
export type UkHolidayRegion = 'ENG' | 'WLS' | 'SCT' | 'NIR';

export const ALL_UK_REGIONS: readonly UkHolidayRegion[] = ['ENG', 'WLS', 'SCT', 'NIR'];

/** A holiday on one date in one region. */
export interface UkHoliday {
  readonly date: IsoDate;
  readonly name: string;
  readonly region: UkHolidayRegion;
}

const COUNTED_TYPES: ReadonlySet<string> = new Set(['public', 'bank']);

const holidayEngines: Map<UkHolidayRegion, Holidays> = new Map();
const holidaysByRegionAndYear: Map<string, readonly UkHoliday[]> = new Map();

function engineFor(region: UkHolidayRegion): Holidays {
  let engine = holidayEngines.get(region);
  if (!engine) {
    engine = new Holidays('GB', region);
    holidayEngines.set(region, engine);
  }
  return engine;
}

/**
 * Bank and public holidays for one region and year, cached per region and year because the
 * calendars ask for the same year thousands of times when counting working days.
 */
export function ukHolidaysFor(region: UkHolidayRegion, year: number): readonly UkHoliday[] {
  const key = `${region}:${year}`;
  const cached = holidaysByRegionAndYear.get(key);
  if (cached) {
    return cached;
  }
  const result: UkHoliday[] = engineFor(region)
    .getHolidays(year)
    .filter((holiday) => COUNTED_TYPES.has(holiday.type))
    // `date` is the local date in the country's own time zone ('2022-06-03 00:00:00');
    // taking its first ten characters avoids any Date/time-zone conversion.
    .map((holiday) => ({ date: holiday.date.slice(0, 10) as IsoDate, name: holiday.name, region }));
  holidaysByRegionAndYear.set(key, result);
  return result;
}
