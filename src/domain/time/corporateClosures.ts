// Council closure days for the corporate calendar. Complaints "working days" are days the
// customer service centres are open, which "usually excludes Christmas Day to New Year"
// [SRC N7 p.6]; that is the default, and the council can replace it in Settings.

import { daysInMonth, isIsoDate } from '../model/dates';
import { AnnualClosure, ClosureDay, CorporateClosures } from './calendar';
import { TimeConfigError } from './timeConfigError';

export const DEFAULT_CORPORATE_CLOSURES: CorporateClosures = Object.freeze({
  closureDays: [],
  annualClosures: [
    {
      fromMonthDay: '12-25',
      toMonthDay: '01-01',
      reason: 'Customer service centres closed between Christmas and New Year'
    }
  ]
});

export type CorporateClosuresResult =
  { readonly ok: true; readonly value: CorporateClosures } | { readonly ok: false; readonly errors: readonly TimeConfigError[] };

const MONTH_DAY_PATTERN: RegExp = /^(\d{2})-(\d{2})$/;

function isMonthDay(value: unknown): value is string {
  if (typeof value !== 'string') {
    return false;
  }
  const match = MONTH_DAY_PATTERN.exec(value);
  if (!match) {
    return false;
  }
  const month = Number(match[1]);
  const day = Number(match[2]);
  // 29 February is allowed (leap years); in other years that day simply does not occur.
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(2024, month);
}

function hasReason(value: { reason?: unknown }): boolean {
  return typeof value.reason === 'string' && value.reason.trim().length > 0;
}

interface LooseClosures {
  closureDays?: readonly Partial<Record<keyof ClosureDay, unknown>>[];
  annualClosures?: readonly Partial<Record<keyof AnnualClosure, unknown>>[];
}

/** Validates closure settings loaded from SharePoint; errors name the field and row. */
export function parseCorporateClosures(input: LooseClosures): CorporateClosuresResult {
  const errors: TimeConfigError[] = [];
  const closureDays: ClosureDay[] = [];
  const annualClosures: AnnualClosure[] = [];
  (input.closureDays ?? []).forEach((row, index) => {
    const field = `closureDays[${index}]`;
    if (!isIsoDate(row.date)) {
      errors.push({ field: `${field}.date`, code: 'invalidDate', message: 'Closure date must be a real date written YYYY-MM-DD.' });
    } else if (!hasReason(row)) {
      errors.push({ field: `${field}.reason`, code: 'missingReason', message: 'Say why the council is closed that day.' });
    } else {
      closureDays.push({ date: row.date, reason: String(row.reason) });
    }
  });
  (input.annualClosures ?? []).forEach((row, index) => {
    const field = `annualClosures[${index}]`;
    if (!isMonthDay(row.fromMonthDay)) {
      errors.push({ field: `${field}.fromMonthDay`, code: 'invalidMonthDay', message: 'First closed day must be written MM-DD.' });
    } else if (!isMonthDay(row.toMonthDay)) {
      errors.push({ field: `${field}.toMonthDay`, code: 'invalidMonthDay', message: 'Last closed day must be written MM-DD.' });
    } else if (!hasReason(row)) {
      errors.push({ field: `${field}.reason`, code: 'missingReason', message: 'Say why the council is closed on those days.' });
    } else {
      annualClosures.push({ fromMonthDay: row.fromMonthDay, toMonthDay: row.toMonthDay, reason: String(row.reason) });
    }
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { closureDays, annualClosures } };
}
