// The generated holiday table must say exactly what the date-holidays library says, for every
// region and every year it covers: a library upgrade without regenerating the table fails here.
import Holidays from 'date-holidays';
import { version } from 'date-holidays/package.json';
import { ALL_UK_REGIONS, UK_HOLIDAY_YEARS_COVERED, ukHolidaysFor } from './bankHolidays';
import { TimeInputError } from './dayNumbers';
import { UK_HOLIDAY_SOURCE } from './ukHolidayData';

describe('UK holiday table generated from date-holidays', () => {
  test('was generated from the installed library version', () => {
    expect(UK_HOLIDAY_SOURCE).toBe(`date-holidays ${version}`);
  });

  test('every region and year matches the library (public and bank days only)', () => {
    for (const region of ALL_UK_REGIONS) {
      const engine = new Holidays('GB', region);
      for (let year = UK_HOLIDAY_YEARS_COVERED.first; year <= UK_HOLIDAY_YEARS_COVERED.last; year++) {
        const fromLibrary = engine
          .getHolidays(year)
          .filter((holiday) => holiday.type === 'public' || holiday.type === 'bank')
          .map((holiday) => `${holiday.date.slice(0, 10)} ${holiday.name}`)
          .sort();
        const fromTable = ukHolidaysFor(region, year)
          .map((holiday) => `${holiday.date} ${holiday.name}`)
          .sort();
        expect({ region, year, holidays: fromTable }).toEqual({ region, year, holidays: fromLibrary });
      }
    }
  });

  test('covers 1970 to 2100 and refuses years outside rather than reporting no holidays', () => {
    expect(UK_HOLIDAY_YEARS_COVERED).toEqual({ first: 1970, last: 2100 });
    expect(() => ukHolidaysFor('ENG', 1969)).toThrow(TimeInputError);
    expect(() => ukHolidaysFor('ENG', 2101)).toThrow(TimeInputError);
    expect(() => ukHolidaysFor('ENG', 2026.5)).toThrow(TimeInputError);
  });
});
