import { formatLongDate, isAfter, isIsoDate, isIsoInstant, IsoDate, IsoInstant, isOnOrBefore } from '../model/dates';
import { MULTI_LINE_TEXT_MAX, SINGLE_LINE_TEXT_MAX } from './limits';
import { hasForbiddenCharacters } from './plainText';
import type { ValidationError } from './validationError';

/**
 * Small composable field checks. Each pushes onto an error list and returns the typed
 * value (or undefined), so an entity validator reads top to bottom like the form.
 */
export class FieldErrors {
  public readonly errors: ValidationError[] = [];

  public add(field: string, code: ValidationError['code'], message: string): void {
    this.errors.push({ field, code, message });
  }

  public get hasErrors(): boolean {
    return this.errors.length > 0;
  }

  /** A bookmark, so a nested item can tell whether any of its own fields failed. */
  public mark(): number {
    return this.errors.length;
  }

  public addedSince(mark: number): boolean {
    return this.errors.length > mark;
  }
}

/** Nothing given: undefined, null or only spaces. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function checkText(errors: FieldErrors, field: string, label: string, value: unknown, required: boolean, max: number): string | undefined {
  if (isBlank(value)) {
    if (required) {
      errors.add(field, 'required', `Enter ${label}.`);
    }
    return undefined;
  }
  if (typeof value !== 'string') {
    errors.add(field, 'invalidFormat', `${capitalise(label)} must be text.`);
    return undefined;
  }
  if (hasForbiddenCharacters(value)) {
    errors.add(
      field,
      'invalidFormat',
      `${capitalise(label)} contains characters that cannot be stored (control or invalid characters, often from copying and pasting). Retype it and try again.`
    );
    return undefined;
  }
  if (value.length > max) {
    errors.add(field, 'tooLong', `${capitalise(label)} must be ${max.toLocaleString('en-GB')} characters or fewer.`);
    return undefined;
  }
  return value;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Single line of text (255). */
export function requiredLine(errors: FieldErrors, field: string, label: string, value: unknown): string | undefined {
  return checkText(errors, field, label, value, true, SINGLE_LINE_TEXT_MAX);
}

/** `maxLength` for a column the schema makes shorter than SharePoint's 255 (a police reference: 64). */
export function optionalLine(
  errors: FieldErrors,
  field: string,
  label: string,
  value: unknown,
  maxLength: number = SINGLE_LINE_TEXT_MAX
): string | undefined {
  return checkText(errors, field, label, value, false, maxLength);
}

/** Multi-line note (63,999). */
export function requiredNote(errors: FieldErrors, field: string, label: string, value: unknown): string | undefined {
  return checkText(errors, field, label, value, true, MULTI_LINE_TEXT_MAX);
}

export function optionalNote(errors: FieldErrors, field: string, label: string, value: unknown): string | undefined {
  return checkText(errors, field, label, value, false, MULTI_LINE_TEXT_MAX);
}

export function requiredDate(errors: FieldErrors, field: string, label: string, value: unknown): IsoDate | undefined {
  return checkDate(errors, field, label, value, true);
}

export function optionalDate(errors: FieldErrors, field: string, label: string, value: unknown): IsoDate | undefined {
  return checkDate(errors, field, label, value, false);
}

/** SharePoint's DateTime columns start on 1 January 1900 (issue 14): earlier dates would be refused or changed. */
export const EARLIEST_STORABLE_DATE: IsoDate = '1900-01-01' as IsoDate;
/** ...and end on 31 December 8900: a later date (a mistyped year, 9026) would be refused by SharePoint. */
export const LATEST_STORABLE_DATE: IsoDate = '8900-12-31' as IsoDate;
const EARLIEST_STORABLE_MS: number = Date.parse(`${EARLIEST_STORABLE_DATE}T00:00:00Z`);
const LATEST_STORABLE_MS: number = Date.parse(`${LATEST_STORABLE_DATE}T23:59:59.999Z`);
const TOO_EARLY: string = 'must be on or after 1 January 1900, the earliest date SharePoint stores.';
const TOO_LATE: string = 'must be on or before 31 December 8900, the latest date SharePoint stores.';
/** UTC on a real clock (no "T24:00"), to the millisecond at most: kept as written. */
const UTC_AS_STORED: RegExp = /T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?Z$/;

function checkDate(errors: FieldErrors, field: string, label: string, value: unknown, required: boolean): IsoDate | undefined {
  if (isBlank(value)) {
    if (required) {
      errors.add(field, 'required', `Enter ${label}.`);
    }
    return undefined;
  }
  if (!isIsoDate(value)) {
    errors.add(field, 'invalidFormat', `${capitalise(label)} must be a real date, for example 2026-11-28.`);
    return undefined;
  }
  if (value < EARLIEST_STORABLE_DATE || value > LATEST_STORABLE_DATE) {
    errors.add(field, 'invalidFormat', `${capitalise(label)} ${value < EARLIEST_STORABLE_DATE ? TOO_EARLY : TOO_LATE}`);
    return undefined;
  }
  return value;
}

/**
 * A moment in time, returned in UTC (issue 14: instants are UTC at every boundary). One given
 * with an offset ("…T10:30+01:00"), as "T24:00" or to the nanosecond is the same moment written
 * as toISOString writes it, which SharePoint reads and which compares and sorts as text; one
 * already in plain UTC is returned as it came.
 */
export function requiredInstant(errors: FieldErrors, field: string, label: string, value: unknown): IsoInstant | undefined {
  if (isBlank(value)) {
    errors.add(field, 'required', `Enter ${label}.`);
    return undefined;
  }
  // The pattern alone lets through hours and minutes no clock shows ("T25:61Z").
  if (!isIsoInstant(value) || Number.isNaN(Date.parse(value))) {
    errors.add(field, 'invalidFormat', `${capitalise(label)} must be a date and time, for example 2026-11-28T09:30:00Z.`);
    return undefined;
  }
  const ms = Date.parse(value);
  // The moment decides, not the date as written: 1900-01-01T00:30+01:00 is still 1899 in UTC.
  if (ms < EARLIEST_STORABLE_MS || ms > LATEST_STORABLE_MS) {
    errors.add(field, 'invalidFormat', `${capitalise(label)} ${ms < EARLIEST_STORABLE_MS ? TOO_EARLY : TOO_LATE}`);
    return undefined;
  }
  return (UTC_AS_STORED.test(value) ? value : new Date(ms).toISOString()) as IsoInstant;
}

export function requiredChoice<T extends string>(
  errors: FieldErrors,
  field: string,
  label: string,
  value: unknown,
  allowed: readonly T[]
): T | undefined {
  if (isBlank(value)) {
    errors.add(field, 'required', `Choose ${label}.`);
    return undefined;
  }
  return checkChoice(errors, field, label, value, allowed);
}

function checkChoice<T extends string>(
  errors: FieldErrors,
  field: string,
  label: string,
  value: unknown,
  allowed: readonly T[]
): T | undefined {
  if (typeof value !== 'string' || (allowed as readonly string[]).indexOf(value) < 0) {
    errors.add(field, 'unknownChoice', `${capitalise(label)} is not one of the choices offered.`);
    return undefined;
  }
  return value as T;
}

/** A list of choices; each unknown value is reported with its index. */
export function choiceList<T extends string>(
  errors: FieldErrors,
  field: string,
  label: string,
  value: unknown,
  allowed: readonly T[],
  minItems: number
): T[] | undefined {
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) {
    if (minItems > 0) {
      errors.add(field, 'required', `Choose at least one ${label}.`);
      return undefined;
    }
    return [];
  }
  if (!Array.isArray(value)) {
    errors.add(field, 'invalidFormat', `${capitalise(label)} must be a list.`);
    return undefined;
  }
  const chosen: T[] = [];
  let failed = false;
  value.forEach((item: unknown, index: number) => {
    const checked = checkChoice(errors, `${field}[${index}]`, label, item, allowed);
    if (checked === undefined) {
      failed = true;
    } else {
      chosen.push(checked);
    }
  });
  return failed ? undefined : chosen;
}

export function requiredBoolean(errors: FieldErrors, field: string, label: string, value: unknown): boolean | undefined {
  if (typeof value !== 'boolean') {
    errors.add(field, value === undefined || value === null ? 'required' : 'invalidFormat', `Say whether ${label}.`);
    return undefined;
  }
  return value;
}

export function numberInRange(
  errors: FieldErrors,
  field: string,
  label: string,
  value: unknown,
  min: number,
  max: number
): number | undefined {
  if (value === undefined || value === null) {
    errors.add(field, 'required', `Enter ${label}.`);
    return undefined;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    errors.add(field, 'invalidFormat', `${capitalise(label)} must be a number.`);
    return undefined;
  }
  if (value < min || value > max) {
    errors.add(field, 'outOfRange', `${capitalise(label)} must be between ${min} and ${max}.`);
    return undefined;
  }
  return value;
}

/** Reports a date-order problem on the later field, which is the one the user must change. */
export function dateNotBefore(
  errors: FieldErrors,
  laterField: string,
  laterLabel: string,
  later: IsoDate | undefined,
  earlierLabel: string,
  earlier: IsoDate | undefined
): void {
  if (later !== undefined && earlier !== undefined && isAfter(earlier, later)) {
    errors.add(laterField, 'dateOrder', `${capitalise(laterLabel)} must be on or after ${earlierLabel} (${formatLongDate(earlier)}).`);
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An optional choice: blank is fine, anything else must be one of the choices offered. */
export function optionalChoice<T extends string>(
  errors: FieldErrors,
  field: string,
  label: string,
  value: unknown,
  allowed: readonly T[]
): T | undefined {
  if (isBlank(value)) {
    return undefined;
  }
  return checkChoice(errors, field, label, value, allowed);
}

export function optionalBoolean(errors: FieldErrors, field: string, label: string, value: unknown): boolean | undefined {
  if (value === undefined || value === null) {
    return undefined;
  }
  return requiredBoolean(errors, field, label, value);
}

export function optionalInstant(errors: FieldErrors, field: string, label: string, value: unknown): IsoInstant | undefined {
  if (isBlank(value)) {
    return undefined;
  }
  return requiredInstant(errors, field, label, value);
}

/** A whole number between min and max (inclusive), e.g. a number of months. */
export function wholeNumberInRange(
  errors: FieldErrors,
  field: string,
  label: string,
  value: unknown,
  min: number,
  max: number
): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && !Number.isInteger(value)) {
    errors.add(field, 'invalidFormat', `${capitalise(label)} must be a whole number.`);
    return undefined;
  }
  return numberInRange(errors, field, label, value, min, max);
}

const TIME_OF_DAY_PATTERN: RegExp = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A time of day on the 24-hour clock, 'HH:MM' (e.g. '09:30'). */
export function requiredTime(errors: FieldErrors, field: string, label: string, value: unknown): string | undefined {
  if (isBlank(value)) {
    errors.add(field, 'required', `Enter ${label}.`);
    return undefined;
  }
  if (typeof value !== 'string' || !TIME_OF_DAY_PATTERN.test(value)) {
    errors.add(field, 'invalidFormat', `${capitalise(label)} must be a time on the 24-hour clock, for example 09:30.`);
    return undefined;
  }
  return value;
}

/**
 * A group of fields nested under one name (e.g. names.given). Blank gives an empty record,
 * so each required child reports itself; anything that is not an object is reported once.
 */
export function nestedFields(errors: FieldErrors, field: string, label: string, value: unknown): Record<string, unknown> | undefined {
  if (value === undefined || value === null) {
    return {};
  }
  if (!isRecord(value)) {
    errors.add(field, 'invalidFormat', `${capitalise(label)} must be a group of fields.`);
    return undefined;
  }
  return value;
}

/** An optional group of fields: blank means "not given" and returns undefined. */
export function optionalFields(errors: FieldErrors, field: string, label: string, value: unknown): Record<string, unknown> | undefined {
  if (value === undefined || value === null) {
    return undefined;
  }
  return nestedFields(errors, field, label, value);
}

/**
 * A list whose items are checked one by one; each item's problems carry its index
 * (e.g. representatives[0].consentGiven). Undefined when the list or any item is bad.
 */
export function itemList<T>(
  errors: FieldErrors,
  field: string,
  label: string,
  value: unknown,
  minItems: number,
  parseItem: (item: unknown, path: string) => T | undefined
): T[] | undefined {
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) {
    if (minItems > 0) {
      errors.add(field, 'required', `Add at least one ${label}.`);
      return undefined;
    }
    return [];
  }
  if (!Array.isArray(value)) {
    errors.add(field, 'invalidFormat', `${capitalise(label)} must be a list.`);
    return undefined;
  }
  const items: T[] = [];
  let failed = false;
  value.forEach((item: unknown, index: number) => {
    const parsed = parseItem(item, `${field}[${index}]`);
    if (parsed === undefined) {
      failed = true;
    } else {
      items.push(parsed);
    }
  });
  return failed ? undefined : items;
}

/** A list of single lines of text (255 each), e.g. aliases or site names. */
export function lineList(errors: FieldErrors, field: string, label: string, value: unknown, minItems: number): string[] | undefined {
  return itemList(errors, field, label, value, minItems, (item, path) => requiredLine(errors, path, label, item));
}

/** A list of multi-line texts (63,999 each), e.g. postal addresses. */
export function noteList(errors: FieldErrors, field: string, label: string, value: unknown, minItems: number): string[] | undefined {
  return itemList(errors, field, label, value, minItems, (item, path) => requiredNote(errors, path, label, item));
}

/** Like dateNotBefore, but the later date must be strictly after the earlier one. */
export function dateAfter(
  errors: FieldErrors,
  laterField: string,
  laterLabel: string,
  later: IsoDate | undefined,
  earlierLabel: string,
  earlier: IsoDate | undefined
): void {
  if (later !== undefined && earlier !== undefined && isOnOrBefore(later, earlier)) {
    errors.add(laterField, 'dateOrder', `${capitalise(laterLabel)} must be after ${earlierLabel} (${formatLongDate(earlier)}).`);
  }
}

/**
 * A date must fall on or before a limit. Use code 'outOfRange' when the limit is a maximum
 * duration (e.g. 12 months from the start) and 'dateOrder' when it is another date.
 */
export function dateNotAfter(
  errors: FieldErrors,
  field: string,
  label: string,
  value: IsoDate | undefined,
  limitLabel: string,
  limit: IsoDate | undefined,
  code: 'dateOrder' | 'outOfRange' = 'dateOrder'
): void {
  if (value !== undefined && limit !== undefined && isAfter(value, limit)) {
    errors.add(field, code, `${capitalise(label)} must be on or before ${limitLabel} (${formatLongDate(limit)}).`);
  }
}

export function dateNotInFuture(errors: FieldErrors, field: string, label: string, value: IsoDate | undefined, today: IsoDate): void {
  if (value !== undefined && isAfter(value, today)) {
    errors.add(field, 'dateOrder', `${capitalise(label)} cannot be in the future.`);
  }
}
