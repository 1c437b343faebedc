import { isoDate, IsoDate } from '../model/dates';
import { addCalendarMonths } from './calendarMonths';

const d = (value: string): IsoDate => isoDate(value);

describe('addCalendarMonths', () => {
  test('BR-25 SAR months: the corresponding date next month', () => {
    expect(addCalendarMonths(d('2026-11-28'), 1)).toBe('2026-12-28');
    expect(addCalendarMonths(d('2026-12-15'), 1)).toBe('2027-01-15');
  });

  test('uses the last day of the month when the corresponding day does not exist (ICO)', () => {
    expect(addCalendarMonths(d('2027-01-31'), 1)).toBe('2027-02-28');
    expect(addCalendarMonths(d('2028-01-31'), 1)).toBe('2028-02-29');
    expect(addCalendarMonths(d('2026-08-31'), 1)).toBe('2026-09-30');
  });

  test('handles several months, negative months and year boundaries', () => {
    expect(addCalendarMonths(d('2026-11-30'), 3)).toBe('2027-02-28');
    expect(addCalendarMonths(d('2026-03-31'), -1)).toBe('2026-02-28');
    expect(addCalendarMonths(d('2026-01-15'), -13)).toBe('2024-12-15');
  });

  test('bad input names the field', () => {
    expect(() => addCalendarMonths('31/01/2026' as IsoDate, 1, 'received')).toThrow(
      expect.objectContaining({ field: 'received', code: 'invalidDate' })
    );
    expect(() => addCalendarMonths(d('2026-01-31'), 0.5)).toThrow(expect.objectContaining({ field: 'months', code: 'notAnInteger' }));
  });
});
