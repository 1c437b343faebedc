import type { IsoDate } from '../model/dates';
import { createCorporateCalendar, isWorkingDay } from '../time/calendar';
import { DEFAULT_CORPORATE_CLOSURES } from '../time/corporateClosures';
import {
  closureChanges,
  closureDaysOfYear,
  closuresFromSettings,
  parseClosureSettings,
  STATUTORY_CALENDAR_SOURCE,
  statutoryHolidaysOfYear
} from './closureDays';

const day = (value: string): IsoDate => value as IsoDate;

describe('the council’s closure days (BR-25, issue 18)', () => {
  test('nothing stored: the policy default, Christmas to New Year', () => {
    expect(parseClosureSettings(undefined)).toEqual({ ok: true, value: DEFAULT_CORPORATE_CLOSURES });
  });

  test('one-off days are kept in date order, each once, with their reasons; they close the corporate calendar', () => {
    const parsed = parseClosureSettings({
      closureDays: [
        { date: '2027-05-04', reason: ' Election count ' },
        { date: '2026-12-24', reason: 'Christmas Eve, by agreement' }
      ],
      annualClosures: DEFAULT_CORPORATE_CLOSURES.annualClosures
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.closureDays).toEqual([
      { date: '2026-12-24', reason: 'Christmas Eve, by agreement' },
      { date: '2027-05-04', reason: 'Election count' }
    ]);
    expect(closureDaysOfYear(parsed.value, 2027)).toEqual([{ date: '2027-05-04', reason: 'Election count' }]);
    expect(isWorkingDay(createCorporateCalendar(parsed.value), day('2027-05-04'))).toBe(false);
  });

  test('a day given twice, a bad date, a missing or unstorable reason and a bad yearly range are refused by field', () => {
    const parsed = parseClosureSettings({
      closureDays: [
        { date: '2026-12-24', reason: 'Christmas Eve' },
        { date: '2026-12-24', reason: 'Again' },
        { date: '2026-02-30', reason: 'No such day' },
        { date: '2026-06-01', reason: '' },
        { date: '2026-06-02', reason: 'x'.repeat(256) },
        { date: '2026-06-03', reason: 'Bell\u0007' }
      ],
      annualClosures: [{ fromMonthDay: '13-01', toMonthDay: '01-01', reason: 'Never' }]
    });
    expect(!parsed.ok && parsed.error.map((e) => [e.field, e.code])).toEqual([
      ['closureDays[4].reason', 'tooLong'],
      ['closureDays[5].reason', 'invalidFormat'],
      ['closureDays[2].date', 'invalidFormat'],
      ['closureDays[3].reason', 'required'],
      ['annualClosures[0].fromMonthDay', 'invalidFormat']
    ]);
    const twice = parseClosureSettings({
      closureDays: [
        { date: '2026-12-24', reason: 'A' },
        { date: '2026-12-24', reason: 'B' }
      ],
      annualClosures: []
    });
    expect(!twice.ok && twice.error.map((e) => e.message)).toEqual(['24 December 2026 is already a closure day.']);
    expect(parseClosureSettings({ closureDays: 'soon' }).ok).toBe(false);
    expect(parseClosureSettings({ closureDays: Array.from({ length: 1001 }, () => ({})) }).ok).toBe(false);
    expect(closuresFromSettings({ closureDays: 'soon' })).toBe(DEFAULT_CORPORATE_CLOSURES);
  });

  test('the statutory calendar is shown read only, each holiday once with its nations, and its source', () => {
    const holidays = statutoryHolidaysOfYear(2026);
    const standrew = holidays.find((holiday) => holiday.date === '2026-11-30');
    expect(standrew?.regions).toEqual(['SCT']);
    expect(holidays.find((holiday) => holiday.date === '2026-12-25')?.regions).toEqual(['ENG', 'WLS', 'SCT', 'NIR']);
    expect(STATUTORY_CALENDAR_SOURCE).toContain('date-holidays');
  });

  test('a change is audited as what it added and removed', () => {
    const after = { ...DEFAULT_CORPORATE_CLOSURES, closureDays: [{ date: day('2026-12-24'), reason: 'Christmas Eve' }] };
    expect(closureChanges(DEFAULT_CORPORATE_CLOSURES, after)).toEqual({
      added: [{ date: '2026-12-24', reason: 'Christmas Eve' }],
      removed: []
    });
  });
});
