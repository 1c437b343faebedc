import { isoDate, IsoDate } from '../model/dates';
import {
  addWorkingDays,
  createCorporateCalendar,
  createStatutoryCalendar,
  isWorkingDay,
  MAX_WORKING_DAY_STEPS,
  nextWorkingDayOnOrAfter,
  nonWorkingReason,
  workingDaysBetween
} from './calendar';
import { DEFAULT_CORPORATE_CLOSURES } from './corporateClosures';
import { TimeInputError } from './dayNumbers';

const d = (value: string): IsoDate => isoDate(value);
const statutory = createStatutoryCalendar();
const corporateBankHolidaysOnly = createCorporateCalendar({ closureDays: [], annualClosures: [] });
const corporate = createCorporateCalendar(DEFAULT_CORPORATE_CLOSURES);

describe('working-day calendars', () => {
  test('BR-25 statutory calendar skips a Scottish-only bank holiday; the corporate calendar does not', () => {
    // St Andrew's Day, Monday 30 November 2026, is a bank holiday in Scotland only.
    expect(isWorkingDay(statutory, d('2026-11-30'))).toBe(false);
    expect(isWorkingDay(corporateBankHolidaysOnly, d('2026-11-30'))).toBe(true);
    expect(nonWorkingReason(statutory, d('2026-11-30'))).toBe('St Andrew\u2019s Day (Scotland)');
  });

  test('BR-25 statutory calendar skips Northern Ireland-only days (St Patrick\u2019s Day, Boyne substitute)', () => {
    expect(isWorkingDay(statutory, d('2026-03-17'))).toBe(false);
    expect(isWorkingDay(statutory, d('2026-07-13'))).toBe(false);
    expect(isWorkingDay(corporate, d('2026-03-17'))).toBe(true);
    expect(isWorkingDay(corporate, d('2026-07-13'))).toBe(true);
  });

  test('BR-25 an FOI request received on Friday 27 November 2026 is due on 30 December 2026', () => {
    // Counted by hand: 30 Nov (St Andrew's), 25 Dec and 28 Dec (Boxing Day substitute) are skipped.
    expect(addWorkingDays(statutory, d('2026-11-27'), 20)).toBe('2026-12-30');
    // The same count on the council's own calendar (bank holidays only) lands a day earlier.
    expect(addWorkingDays(corporateBankHolidaysOnly, d('2026-11-27'), 20)).toBe('2026-12-29');
  });

  test('BR-25 corporate closure days (Christmas to New Year shutdown) stop the council clock but not the statutory one', () => {
    expect(isWorkingDay(corporate, d('2026-12-29'))).toBe(false);
    expect(nonWorkingReason(corporate, d('2026-12-29'))).toBe(DEFAULT_CORPORATE_CLOSURES.annualClosures[0].reason);
    expect(isWorkingDay(statutory, d('2026-12-29'))).toBe(true);
    expect(addWorkingDays(corporate, d('2026-11-27'), 20)).toBe('2027-01-04');
  });

  test('weekends are never working days and say which day they are', () => {
    expect(isWorkingDay(statutory, d('2026-11-28'))).toBe(false);
    expect(nonWorkingReason(statutory, d('2026-11-28'))).toBe('Saturday');
    expect(nonWorkingReason(corporate, d('2026-11-29'))).toBe('Sunday');
    expect(nonWorkingReason(corporate, d('2026-11-27'))).toBeUndefined();
  });

  test('a day that is a holiday in several nations lists each nation once', () => {
    const reason = nonWorkingReason(statutory, d('2026-12-25'));
    expect(reason).toContain('Christmas Day (England)');
    expect(reason).toContain('Christmas Day (Northern Ireland)');
    expect(reason?.match(/England/g)?.length).toBe(1);
  });

  test('counting crosses year ends and substitute days correctly (2021-22 Scottish New Year)', () => {
    // From Thursday 23 Dec 2021: 24 Dec (Fri) = 1; 27 and 28 are substitute days; 29 = 2; 30 = 3.
    expect(addWorkingDays(statutory, d('2021-12-23'), 3)).toBe('2021-12-30');
    // 31 Dec 2021 (Fri) + 1: 3 and 4 Jan are Scottish substitute days, so 5 January.
    expect(addWorkingDays(statutory, d('2021-12-31'), 1)).toBe('2022-01-05');
    expect(addWorkingDays(corporateBankHolidaysOnly, d('2021-12-31'), 1)).toBe('2022-01-04');
  });

  test('one-off days (Platinum Jubilee, State Funeral, Coronation) are not working days on either calendar', () => {
    for (const day of ['2022-06-02', '2022-06-03', '2022-09-19', '2023-05-08']) {
      expect(isWorkingDay(statutory, d(day))).toBe(false);
      expect(isWorkingDay(corporateBankHolidaysOnly, d(day))).toBe(false);
    }
  });

  test('negative counts go backwards, and zero returns the date itself', () => {
    // Back from Wed 30 Dec 2026: 29 Dec = 1; 28 (substitute), 27, 26, 25 skipped; 24 = 2; 23 = 3.
    expect(addWorkingDays(corporateBankHolidaysOnly, d('2026-12-30'), -3)).toBe('2026-12-23');
    expect(addWorkingDays(corporate, d('2026-11-28'), 0)).toBe('2026-11-28');
  });

  test('workingDaysBetween counts (from, to] forwards and [to, from) backwards', () => {
    expect(workingDaysBetween(statutory, d('2026-11-27'), d('2026-12-30'))).toBe(20);
    expect(workingDaysBetween(statutory, d('2026-12-30'), d('2026-12-24'))).toBe(-2);
    expect(workingDaysBetween(statutory, d('2026-11-28'), d('2026-11-28'))).toBe(0);
  });

  test('nextWorkingDayOnOrAfter keeps a working day and rolls a closed day forward', () => {
    expect(nextWorkingDayOnOrAfter(statutory, d('2026-11-27'))).toBe('2026-11-27');
    expect(nextWorkingDayOnOrAfter(statutory, d('2026-11-28'))).toBe('2026-12-01');
  });

  test('annual closures that do not cross New Year, and one-off closure days, are honoured', () => {
    const calendar = createCorporateCalendar({
      closureDays: [{ date: d('2026-06-15'), reason: 'Staff training day' }],
      annualClosures: [{ fromMonthDay: '08-10', toMonthDay: '08-11', reason: 'Summer systems upgrade' }]
    });
    expect(nonWorkingReason(calendar, d('2026-06-15'))).toBe('Staff training day');
    expect(isWorkingDay(calendar, d('2026-06-16'))).toBe(true);
    expect(nonWorkingReason(calendar, d('2027-08-10'))).toBe('Summer systems upgrade');
    expect(isWorkingDay(calendar, d('2027-08-12'))).toBe(true);
  });

  test('a closure configured on a bank holiday keeps the bank holiday name', () => {
    const calendar = createCorporateCalendar({
      closureDays: [{ date: d('2026-12-25'), reason: 'Closed' }],
      annualClosures: [{ fromMonthDay: '12-24', toMonthDay: '12-26', reason: 'Christmas' }]
    });
    expect(nonWorkingReason(calendar, d('2026-12-25'))).toBe('Christmas Day (England); Christmas Day (Wales)');
    expect(nonWorkingReason(calendar, d('2026-12-24'))).toBe('Christmas');
  });

  test('bad input raises a TimeInputError that names the field', () => {
    expect(() => isWorkingDay(statutory, '2026-02-30' as IsoDate)).toThrow(TimeInputError);
    expect(() => addWorkingDays(statutory, d('2026-11-27'), 1.5)).toThrow(expect.objectContaining({ field: 'n', code: 'notAnInteger' }));
    expect(() => addWorkingDays(statutory, d('2026-11-27'), MAX_WORKING_DAY_STEPS + 1)).toThrow(
      expect.objectContaining({ field: 'n', code: 'outOfRange' })
    );
    expect(() => workingDaysBetween(statutory, 'yesterday' as IsoDate, d('2026-11-27'))).toThrow(
      expect.objectContaining({ field: 'from', code: 'invalidDate' })
    );
    expect(() => workingDaysBetween(statutory, d('1900-01-01'), d('2026-11-27'))).toThrow(
      expect.objectContaining({ field: 'to', code: 'outOfRange' })
    );
  });
});
