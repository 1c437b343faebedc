// The council's own closure days (the corporate calendar of BR-25): one-off days by year and
// closures every year, stored in Settings (key corporateClosures) and checked here; and the
// statutory calendar beside them, read only, because the law and royal proclamations set it.

import { formatLongDate, type IsoDate } from '../model/dates';
import { ALL_UK_REGIONS, ukHolidaysFor, type UkHolidayRegion } from '../time/bankHolidays';
import type { AnnualClosure, ClosureDay, CorporateClosures } from '../time/calendar';
import { DEFAULT_CORPORATE_CLOSURES, parseCorporateClosures } from '../time/corporateClosures';
import { UK_HOLIDAY_SOURCE } from '../time/ukHolidayData';
import { isRecord } from '../validation/fieldValidators';
import { SINGLE_LINE_TEXT_MAX } from '../validation/limits';
import { hasForbiddenCharacters } from '../validation/plainText';
import { err, ok, type Result } from '../validation/result';
import type { ValidationError } from '../validation/validationError';

/** Where the statutory calendar comes from, said beside it. */
export const STATUTORY_CALENDAR_SOURCE: string = `Bank and public holidays in every UK nation (BR-25), from the maintained ${UK_HOLIDAY_SOURCE} rules, which follow the days GOV.UK announces, one-off days by royal proclamation included.`;

export const UK_REGION_NAMES: Readonly<Record<UkHolidayRegion, string>> = {
  ENG: 'England',
  WLS: 'Wales',
  SCT: 'Scotland',
  NIR: 'Northern Ireland'
};

const MAX_CLOSURE_DAYS: number = 1000;
const MAX_ANNUAL_CLOSURES: number = 50;

function reasonProblems(errors: ValidationError[], rows: readonly unknown[], path: string): void {
  rows.forEach((row, index) => {
    const reason = isRecord(row) ? row.reason : undefined;
    if (typeof reason !== 'string') return;
    if (reason.length > SINGLE_LINE_TEXT_MAX) {
      errors.push({
        field: `${path}[${index}].reason`,
        code: 'tooLong',
        message: `A reason must be ${SINGLE_LINE_TEXT_MAX} characters or fewer.`
      });
    } else if (hasForbiddenCharacters(reason)) {
      errors.push({
        field: `${path}[${index}].reason`,
        code: 'invalidFormat',
        message: 'A reason contains characters that cannot be stored. Retype it.'
      });
    }
  });
}

/**
 * The closures as stored or as the screen would save them, checked (corporateClosures.ts: real
 * dates, MM-DD ranges, a reason for each), with each one-off day given once and a reason that
 * fits the list. Nothing stored means the policy default (Christmas to New Year).
 */
export function parseClosureSettings(input: unknown): Result<CorporateClosures, ValidationError[]> {
  if (input === undefined || input === null) return ok(DEFAULT_CORPORATE_CLOSURES);
  if (!isRecord(input) || !Array.isArray(input.closureDays ?? []) || !Array.isArray(input.annualClosures ?? [])) {
    return err([{ field: '', code: 'invalidFormat', message: 'The closure days must be a list of days and a list of yearly closures.' }]);
  }
  const closureDays = (input.closureDays ?? []) as unknown[];
  const annualClosures = (input.annualClosures ?? []) as unknown[];
  if (closureDays.length > MAX_CLOSURE_DAYS || annualClosures.length > MAX_ANNUAL_CLOSURES) {
    return err([
      { field: '', code: 'tooLong', message: `Keep ${MAX_CLOSURE_DAYS} closure days and ${MAX_ANNUAL_CLOSURES} yearly closures or fewer.` }
    ]);
  }
  const errors: ValidationError[] = [];
  reasonProblems(errors, closureDays, 'closureDays');
  reasonProblems(errors, annualClosures, 'annualClosures');
  const parsed = parseCorporateClosures({
    closureDays: closureDays.map((row) => (isRecord(row) ? row : {})),
    annualClosures: annualClosures.map((row) => (isRecord(row) ? row : {}))
  });
  if (!parsed.ok) {
    for (const problem of parsed.errors) {
      errors.push({
        field: problem.field,
        code: problem.code === 'missingReason' ? 'required' : 'invalidFormat',
        message: problem.message
      });
    }
    return err(errors);
  }
  const seen: string[] = [];
  parsed.value.closureDays.forEach((day, index) => {
    if (seen.indexOf(day.date) >= 0) {
      errors.push({
        field: `closureDays[${index}].date`,
        code: 'notAllowed',
        message: `${formatLongDate(day.date)} is already a closure day.`
      });
    }
    seen.push(day.date);
  });
  if (errors.length > 0) return err(errors);
  return ok({
    closureDays: [...parsed.value.closureDays]
      .map((day) => ({ date: day.date, reason: day.reason.trim() }))
      .sort((a, b) => (a.date < b.date ? -1 : 1)),
    annualClosures: parsed.value.annualClosures.map((closure) => ({ ...closure, reason: closure.reason.trim() }))
  });
}

/** What deadlines use: the stored closures when the domain accepts them, else the default. */
export function closuresFromSettings(stored: unknown): CorporateClosures {
  const parsed = parseClosureSettings(stored);
  return parsed.ok ? parsed.value : DEFAULT_CORPORATE_CLOSURES;
}

/** The one-off closure days of a year, in date order. */
export function closureDaysOfYear(closures: CorporateClosures, year: number): ClosureDay[] {
  return closures.closureDays.filter((day) => day.date.slice(0, 4) === String(year));
}

export interface StatutoryHoliday {
  readonly date: IsoDate;
  readonly name: string;
  /** The nations it is a holiday in. */
  readonly regions: readonly UkHolidayRegion[];
}

/** The statutory calendar's holidays in a year, each once with the nations it applies in. */
export function statutoryHolidaysOfYear(year: number): StatutoryHoliday[] {
  const byDate = new Map<string, { date: IsoDate; name: string; regions: UkHolidayRegion[] }>();
  for (const region of ALL_UK_REGIONS) {
    for (const holiday of ukHolidaysFor(region, year)) {
      const known = byDate.get(holiday.date);
      if (known) known.regions.push(region);
      else byDate.set(holiday.date, { date: holiday.date, name: holiday.name, regions: [region] });
    }
  }
  return Array.from(byDate.values()).sort((a, b) => (a.date < b.date ? -1 : 1));
}

function keyOf(entry: ClosureDay | AnnualClosure): string {
  return JSON.stringify(entry);
}

/** What a change adds and removes, for the audit entry. */
export function closureChanges(
  before: CorporateClosures,
  after: CorporateClosures
): { added: (ClosureDay | AnnualClosure)[]; removed: (ClosureDay | AnnualClosure)[] } {
  const was = [...before.closureDays, ...before.annualClosures];
  const now = [...after.closureDays, ...after.annualClosures];
  const wasKeys = was.map(keyOf);
  const nowKeys = now.map(keyOf);
  return {
    added: now.filter((entry) => wasKeys.indexOf(keyOf(entry)) < 0),
    removed: was.filter((entry) => nowKeys.indexOf(keyOf(entry)) < 0)
  };
}
