// Property-based checks of the calendars over 2015-2035, using fast-check.
import fc from 'fast-check';
import { IsoDate } from '../model/dates';
import { addWorkingDays, createCorporateCalendar, createStatutoryCalendar, isWorkingDay, workingDaysBetween } from './calendar';
import { DEFAULT_CORPORATE_CLOSURES } from './corporateClosures';
import { fromDayNumber, utcDayNumber } from './dayNumbers';

const statutory = createStatutoryCalendar();
const corporate = createCorporateCalendar(DEFAULT_CORPORATE_CLOSURES);
const bankHolidaysOnly = createCorporateCalendar({ closureDays: [], annualClosures: [] });
const calendars = [statutory, corporate, bankHolidaysOnly];

const anyDate: fc.Arbitrary<IsoDate> = fc
  .integer({ min: utcDayNumber(2015, 1, 1), max: utcDayNumber(2035, 12, 31) })
  .map((dayNumber) => fromDayNumber(dayNumber));
const anyCalendar = fc.constantFrom(...calendars);
const steps = fc.integer({ min: -120, max: 120 });
const positiveSteps = fc.integer({ min: 1, max: 120 });

describe('calendar properties', () => {
  test('BR-25 addWorkingDays with n != 0 always lands on a working day of that calendar', () => {
    fc.assert(
      fc.property(
        anyCalendar,
        anyDate,
        steps.filter((n) => n !== 0),
        (calendar, date, n) => {
          expect(isWorkingDay(calendar, addWorkingDays(calendar, date, n))).toBe(true);
        }
      )
    );
  });

  test('workingDaysBetween(d, addWorkingDays(d, n)) === n, forwards and backwards', () => {
    fc.assert(
      fc.property(anyCalendar, anyDate, steps, (calendar, date, n) => {
        expect(workingDaysBetween(calendar, date, addWorkingDays(calendar, date, n))).toBe(n);
      })
    );
  });

  test('addWorkingDays is strictly increasing in n', () => {
    fc.assert(
      fc.property(anyCalendar, anyDate, steps, (calendar, date, n) => {
        expect(addWorkingDays(calendar, date, n) < addWorkingDays(calendar, date, n + 1)).toBe(true);
      })
    );
  });

  test('addWorkingDays is monotonic in the start date', () => {
    fc.assert(
      fc.property(anyCalendar, anyDate, anyDate, positiveSteps, (calendar, first, second, n) => {
        const [earlier, later] = first <= second ? [first, second] : [second, first];
        expect(addWorkingDays(calendar, earlier, n) <= addWorkingDays(calendar, later, n)).toBe(true);
      })
    );
  });

  test('stepping by a then b equals stepping by a + b (same sign)', () => {
    fc.assert(
      fc.property(anyCalendar, anyDate, positiveSteps, positiveSteps, (calendar, date, a, b) => {
        expect(addWorkingDays(calendar, addWorkingDays(calendar, date, a), b)).toBe(addWorkingDays(calendar, date, a + b));
      })
    );
  });

  test('BR-25 every statutory working day is a working day for the council (bank holidays only), so statutory deadlines are never earlier', () => {
    fc.assert(
      fc.property(anyDate, positiveSteps, (date, n) => {
        if (isWorkingDay(statutory, date)) {
          expect(isWorkingDay(bankHolidaysOnly, date)).toBe(true);
        }
        expect(addWorkingDays(statutory, date, n) >= addWorkingDays(bankHolidaysOnly, date, n)).toBe(true);
      })
    );
  });

  test('n working days never take fewer than n calendar days, nor more than 3n + 14', () => {
    fc.assert(
      fc.property(anyCalendar, anyDate, positiveSteps, (calendar, date, n) => {
        const elapsed = (Date.parse(addWorkingDays(calendar, date, n)) - Date.parse(date)) / 86400000;
        expect(elapsed).toBeGreaterThanOrEqual(n);
        expect(elapsed).toBeLessThanOrEqual(3 * n + 14);
      })
    );
  });
});
