import {
  instantFromLondonTime,
  londonDateTimeOf,
  addDays,
  addMonths,
  compareInstants,
  dateOfInstant,
  daysBetween,
  formatLongDate,
  isIsoDate,
  isIsoInstant,
  isoDate,
  isoInstant,
  isOnOrAfter,
  isOnOrBefore
} from './dates';

describe('ISO date helpers', () => {
  test('recognise real dates and instants only', () => {
    expect([
      isIsoDate('2028-02-29'),
      isIsoDate('2026-02-29'),
      isIsoDate('2026-13-01'),
      isIsoDate('2026-1-01'),
      isIsoDate(20261128)
    ]).toEqual([true, false, false, false, false]);
    expect([
      isIsoInstant('2026-11-28T09:30:00Z'),
      isIsoInstant('2026-11-28T09:30+01:00'),
      isIsoInstant('2026-11-28 09:30'),
      isIsoInstant(1)
    ]).toEqual([true, true, false, false]);
    expect(() => isoDate('2026-02-30')).toThrow(RangeError);
    expect(() => isoInstant('yesterday')).toThrow(RangeError);
  });

  test('add months clamps to the end of shorter months and crosses years', () => {
    expect(addMonths(isoDate('2026-08-31'), 6)).toBe('2027-02-28');
    expect(addMonths(isoDate('2027-08-31'), 6)).toBe('2028-02-29');
    expect(addMonths(isoDate('2026-11-28'), 12)).toBe('2027-11-28');
    expect(addMonths(isoDate('2026-01-15'), -2)).toBe('2025-11-15');
  });

  test('day arithmetic and comparison', () => {
    expect(addDays(isoDate('2026-12-31'), 1)).toBe('2027-01-01');
    expect(daysBetween(isoDate('2026-11-28'), isoDate('2026-12-25'))).toBe(27);
    expect([isOnOrBefore(isoDate('2026-01-01'), isoDate('2026-01-01')), isOnOrAfter(isoDate('2026-01-01'), isoDate('2026-01-02'))]).toEqual(
      [true, false]
    );
    expect(dateOfInstant(isoInstant('2026-11-28T23:59:00Z'))).toBe('2026-11-28');
    // Calendar days in Europe/London (issue 13): BST is UTC+1 from 01:00 UTC on the last
    // Sunday of March (29 March 2026) to 01:00 UTC on the last Sunday of October (25 October 2026).
    expect(dateOfInstant(isoInstant('2026-06-01T23:30:00Z'))).toBe('2026-06-02');
    expect(dateOfInstant(isoInstant('2026-05-31T23:30:00Z'))).toBe('2026-06-01');
    expect(dateOfInstant(isoInstant('2026-03-28T23:30:00Z'))).toBe('2026-03-28');
    expect(dateOfInstant(isoInstant('2026-03-29T00:59:00Z'))).toBe('2026-03-29');
    expect(dateOfInstant(isoInstant('2026-03-29T23:30:00Z'))).toBe('2026-03-30');
    expect(dateOfInstant(isoInstant('2026-10-24T23:30:00Z'))).toBe('2026-10-25');
    expect(dateOfInstant(isoInstant('2026-10-25T23:30:00Z'))).toBe('2026-10-25');
    expect(dateOfInstant(isoInstant('2026-12-31T23:59:00Z'))).toBe('2026-12-31');
    expect([
      compareInstants(isoInstant('2026-11-28T10:00:00+01:00'), isoInstant('2026-11-28T09:30:00Z')),
      compareInstants(isoInstant('2026-11-28T10:00:00Z'), isoInstant('2026-11-28T09:00:00Z')),
      compareInstants(isoInstant('2026-11-28T10:00:00Z'), isoInstant('2026-11-28T10:00:00Z'))
    ]).toEqual([-1, 1, 0]);
  });

  test('formats dates the British way for letters', () => {
    expect(formatLongDate(isoDate('2026-11-28'))).toBe('28 November 2026');
    expect(formatLongDate(isoDate('2027-01-05'))).toBe('5 January 2027');
  });
});

describe('UK clock times (issue 14)', () => {
  test('a time in British Summer Time is an hour ahead of UTC; in winter it is UTC', () => {
    expect(instantFromLondonTime('2026-06-01', '00:30')).toEqual({ ok: true, instant: '2026-05-31T23:30:00.000Z' });
    expect(instantFromLondonTime('2026-12-05', '09:15')).toEqual({ ok: true, instant: '2026-12-05T09:15:00.000Z' });
    expect(londonDateTimeOf(isoInstant('2026-05-31T23:30:00.000Z'))).toEqual({ date: '2026-06-01', time: '00:30' });
  });

  test('the hour skipped in March does not exist; in the hour repeated in October the earlier (BST) one is meant', () => {
    expect(instantFromLondonTime('2026-03-29', '01:30')).toEqual({ ok: false, reason: 'doesNotExist' });
    expect(instantFromLondonTime('2026-03-29', '00:59')).toEqual({ ok: true, instant: '2026-03-29T00:59:00.000Z' });
    expect(instantFromLondonTime('2026-03-29', '02:00')).toEqual({ ok: true, instant: '2026-03-29T01:00:00.000Z' });
    expect(instantFromLondonTime('2026-10-25', '01:30')).toEqual({ ok: true, instant: '2026-10-25T00:30:00.000Z' });
    expect(instantFromLondonTime('2026-10-25', '02:30')).toEqual({ ok: true, instant: '2026-10-25T02:30:00.000Z' });
  });

  test('malformed dates or times are refused', () => {
    expect(instantFromLondonTime('2026-02-30', '10:00')).toEqual({ ok: false, reason: 'invalid' });
    expect(instantFromLondonTime('2026-02-03', '24:00')).toEqual({ ok: false, reason: 'invalid' });
  });
});
