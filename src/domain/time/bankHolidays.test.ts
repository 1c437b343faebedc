// Checks that the date-holidays data gives the days the UK actually had off, including
// substitute days and one-off proclamations, and that only bank/public days are counted.
import { ukHolidaysFor, UkHolidayRegion } from './bankHolidays';

function datesFor(region: UkHolidayRegion, year: number): string[] {
  return ukHolidaysFor(region, year).map((holiday) => holiday.date);
}

describe('UK bank holidays from date-holidays', () => {
  test('Christmas 2021 fell at a weekend: substitute days 27 and 28 December in every nation', () => {
    for (const region of ['ENG', 'WLS', 'SCT', 'NIR'] as const) {
      expect(datesFor(region, 2021)).toEqual(expect.arrayContaining(['2021-12-27', '2021-12-28']));
    }
  });

  test('New Year 2022: England has 3 January only; Scotland has 3 and 4 January', () => {
    expect(datesFor('ENG', 2022)).toContain('2022-01-03');
    expect(datesFor('ENG', 2022)).not.toContain('2022-01-04');
    expect(datesFor('SCT', 2022)).toEqual(expect.arrayContaining(['2022-01-03', '2022-01-04']));
  });

  test('one-off days: Platinum Jubilee, State Funeral, Coronation, and the moved 2022 spring holiday', () => {
    for (const region of ['ENG', 'WLS', 'SCT', 'NIR'] as const) {
      expect(datesFor(region, 2022)).toEqual(expect.arrayContaining(['2022-06-02', '2022-06-03', '2022-09-19']));
      expect(datesFor(region, 2022)).not.toContain('2022-05-30');
      expect(datesFor(region, 2023)).toContain('2023-05-08');
    }
  });

  test('national differences: St Andrew\u2019s Day, Easter Monday, St Patrick\u2019s Day and the Boyne', () => {
    expect(datesFor('SCT', 2026)).toContain('2026-11-30');
    expect(datesFor('ENG', 2026)).not.toContain('2026-11-30');
    expect(datesFor('SCT', 2026)).not.toContain('2026-04-06');
    expect(datesFor('ENG', 2026)).toContain('2026-04-06');
    expect(datesFor('NIR', 2026)).toEqual(expect.arrayContaining(['2026-03-17', '2026-07-13']));
    expect(datesFor('SCT', 2025)).toContain('2025-12-01');
  });

  test('observances such as Mother\u2019s Day are not counted as holidays', () => {
    const names = ukHolidaysFor('ENG', 2026).map((holiday) => holiday.name);
    expect(names).not.toContain("Mother's Day");
    expect(names).toContain('Christmas Day');
  });

  test('lookups are cached per region and year', () => {
    expect(ukHolidaysFor('WLS', 2030)).toBe(ukHolidaysFor('WLS', 2030));
    expect(ukHolidaysFor('WLS', 2030)).not.toBe(ukHolidaysFor('WLS', 2031));
  });
});
