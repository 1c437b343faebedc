// Property: calendar days and times are Europe/London, instants are UTC, at every boundary
// (issue 14). Every London day and minute that exists round-trips through the instant it names;
// the hour the clocks skip is refused; the hour they repeat reads as the first (BST) one; the
// rule the code computes agrees with the time-zone database; and what the validators accept is a
// real moment SharePoint can store, in UTC.
import fc from 'fast-check';
import {
  dateOfInstant,
  instantFromLondonTime,
  isoInstant,
  londonDateTimeOf,
  londonOffsetMinutes,
  type IsoDate,
  type IsoInstant
} from '../../src/domain/model/dates';
import { FieldErrors, optionalDate, optionalInstant, requiredDate, requiredInstant } from '../../src/domain/validation/fieldValidators';
import { isPlainWords } from './support/arbitraries';

const RUNS: number = 300;
const MINUTE: number = 60000;

/** The last Sunday of March or October at 01:00 UTC, when UK clocks change. */
function clockChange(year: number, month: 3 | 10): number {
  const lastDay = new Date(Date.UTC(year, month, 0));
  return Date.UTC(year, month - 1, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

function pad(n: number, width: number = 2): string {
  return String(n).padStart(width, '0');
}

/** A London calendar day and clock time, as a form gives them ("2026-03-29", "01:30"). */
const londonDayAndTime: fc.Arbitrary<{ date: IsoDate; time: string }> = fc
  .record({
    // Mostly days near the clock changes, where the bugs are; sometimes any day 1900-2099.
    day: fc.oneof(
      fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
      fc
        .tuple(fc.integer({ min: 1972, max: 2099 }), fc.constantFrom(3 as const, 10 as const), fc.integer({ min: -1, max: 1 }))
        .map(([year, month, shift]) => new Date(clockChange(year, month) + shift * 86400000))
    ),
    hour: fc.oneof(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 1, 2, 23)),
    minute: fc.integer({ min: 0, max: 59 })
  })
  .map(({ day, hour, minute }) => ({ date: day.toISOString().slice(0, 10) as IsoDate, time: `${pad(hour)}:${pad(minute)}` }));

function isSkipped(date: string, time: string): boolean {
  const year = Number(date.slice(0, 4));
  return date === new Date(clockChange(year, 3)).toISOString().slice(0, 10) && time >= '01:00' && time < '02:00';
}

function isRepeated(date: string, time: string): boolean {
  const year = Number(date.slice(0, 4));
  return date === new Date(clockChange(year, 10)).toISOString().slice(0, 10) && time >= '01:00' && time < '02:00';
}

/** What the time-zone database (ICU) says a London clock showed at an instant. */
function londonByTimeZoneDatabase(ms: number): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23'
  }).formatToParts(new Date(ms));
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
}

describe('London days and times, UTC instants (fast-check)', () => {
  test('every London day and time that exists round-trips; the skipped hour is refused; the repeated hour reads as BST', () => {
    fc.assert(
      fc.property(londonDayAndTime, ({ date, time }) => {
        const result = instantFromLondonTime(date, time);
        if (isSkipped(date, time)) {
          expect(result).toEqual({ ok: false, reason: 'doesNotExist' });
          return;
        }
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        // Stored in UTC.
        expect(result.instant).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
        expect(londonDateTimeOf(result.instant)).toEqual({ date, time });
        expect(dateOfInstant(result.instant)).toBe(date);
        if (isRepeated(date, time)) {
          // The earlier of the two readings: BST, an hour ahead of UTC.
          expect(Date.parse(result.instant)).toBe(Date.parse(`${date}T${time}:00Z`) - 60 * MINUTE);
        }
      }),
      { numRuns: RUNS }
    );
  });

  test('every instant reads back as itself (to the minute), or as the first reading of the repeated hour', () => {
    const instants = fc.oneof(
      fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2099, 11, 31) }),
      fc
        .tuple(fc.integer({ min: 1972, max: 2099 }), fc.constantFrom(3 as const, 10 as const), fc.integer({ min: -180, max: 180 }))
        .map(([year, month, minutes]) => clockChange(year, month) + minutes * MINUTE)
    );
    fc.assert(
      fc.property(instants, (ms) => {
        const instant = new Date(ms).toISOString() as IsoInstant;
        const { date, time } = londonDateTimeOf(instant);
        expect(dateOfInstant(instant)).toBe(date);
        const back = instantFromLondonTime(date, time);
        expect(back.ok).toBe(true);
        if (!back.ok) return;
        const minute = Math.floor(ms / MINUTE) * MINUTE;
        const secondReading = londonOffsetMinutes(ms) === 0 && isRepeated(date, time);
        expect(Date.parse(back.instant)).toBe(secondReading ? minute - 60 * MINUTE : minute);
      }),
      { numRuns: RUNS }
    );
  });

  test('the computed UK rule agrees with the time-zone database, 1996 onwards (since the EU-wide dates)', () => {
    const instants = fc.oneof(
      fc.integer({ min: Date.UTC(1996, 0, 1), max: Date.UTC(2037, 11, 31) }),
      fc
        .tuple(fc.integer({ min: 1996, max: 2037 }), fc.constantFrom(3 as const, 10 as const), fc.integer({ min: -90, max: 90 }))
        .map(([year, month, minutes]) => clockChange(year, month) + minutes * MINUTE)
    );
    fc.assert(
      fc.property(instants, (ms) => {
        expect(londonDateTimeOf(new Date(ms).toISOString() as IsoInstant)).toEqual(londonByTimeZoneDatabase(ms));
      }),
      { numRuns: RUNS }
    );
  });

  test('text that is not a day or a time is refused as invalid, never misread', () => {
    const nearlyDate = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`);
    const nearlyTime = fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })).map(([h, m]) => `${pad(h)}:${pad(m)}`);
    fc.assert(
      fc.property(fc.oneof(nearlyDate, fc.string()), fc.oneof(nearlyTime, fc.string()), (date, time) => {
        const result = instantFromLondonTime(date, time);
        if (result.ok) {
          expect(londonDateTimeOf(result.instant)).toEqual({ date, time });
        } else if (result.reason === 'doesNotExist') {
          expect(isSkipped(date, time)).toBe(true);
        }
      }),
      { numRuns: RUNS }
    );
  });
});

/** Dates and instants as a form or a request might send them, good and bad, around 1900 and far off. */
const dateText: fc.Arbitrary<string> = fc.oneof(
  fc
    .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc
    .date({ min: new Date('1899-12-25T00:00:00Z'), max: new Date('1900-01-07T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`)
);

const instantText: fc.Arbitrary<string> = fc
  .tuple(
    dateText,
    fc.integer({ min: 0, max: 25 }),
    fc.integer({ min: 0, max: 61 }),
    fc.option(
      fc.oneof(
        fc.integer({ min: 0, max: 61 }).map((s) => pad(s)),
        fc.constantFrom('00.5', '59.999', '07.123456789')
      )
    ),
    fc.constantFrom('Z', '+01:00', '-05:00', '+14:00', '-12:00', '+00:00', '')
  )
  .map(([date, h, m, s, zone]) => `${date}T${pad(h)}:${pad(m)}${s === null ? '' : `:${s}`}${zone}`);

const EARLIEST: number = Date.UTC(1900, 0, 1);
/** SharePoint's DateTime columns hold 1 January 1900 to 31 December 8900. */
const LATEST: number = Date.UTC(8900, 11, 31, 23, 59, 59, 999);

describe('validators accept only dates and instants SharePoint can store (fast-check)', () => {
  test.each([
    ['requiredDate', requiredDate],
    ['optionalDate', optionalDate]
  ])('%s: a real calendar day from 1900 to 8900, or refused in plain words', (_name, check) => {
    fc.assert(
      fc.property(dateText, (value) => {
        const errors = new FieldErrors();
        const accepted = check(errors, 'startDate', 'the start date', value);
        if (accepted !== undefined) {
          expect(accepted).toBe(value);
          const ms = Date.parse(`${value}T12:00:00Z`);
          expect(new Date(ms).toISOString().slice(0, 10)).toBe(value);
          expect(ms >= EARLIEST && ms <= LATEST).toBe(true);
        } else {
          expect(errors.errors).toHaveLength(1);
          expect(isPlainWords(errors.errors[0].message)).toBe(true);
        }
      }),
      { numRuns: RUNS }
    );
  });

  test.each([
    ['requiredInstant', requiredInstant],
    ['optionalInstant', optionalInstant]
  ])('%s: a real moment from 1900 to 8900, kept in UTC, or refused in plain words', (_name, check) => {
    fc.assert(
      fc.property(instantText, (value) => {
        const errors = new FieldErrors();
        const accepted = check(errors, 'occurredAt', 'when it happened', value);
        if (accepted !== undefined) {
          const ms = Date.parse(accepted);
          // The same moment as given, written in UTC.
          expect(ms).toBe(Date.parse(value));
          expect(accepted).toMatch(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?Z$/);
          expect(isoInstant(accepted)).toBe(accepted);
          expect(ms >= EARLIEST && ms <= LATEST).toBe(true);
        } else {
          expect(errors.errors).toHaveLength(1);
          expect(isPlainWords(errors.errors[0].message)).toBe(true);
        }
      }),
      { numRuns: RUNS }
    );
  });
});
