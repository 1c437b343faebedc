import type { IsoDate, IsoInstant } from '../../domain/model';

/**
 * Conversions between domain values and what SharePoint stores. Kept in one file so every
 * mapper treats dates, JSON and choices the same way.
 */

/** IsoDate → noon UTC (see schema/fields.ts `date`: survives any UK time-zone shift). */
export function toSharePointDate(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : `${value.slice(0, 10)}T12:00:00Z`;
}

export function fromSharePointDate(value: unknown): IsoDate | undefined {
  if (typeof value !== 'string' || value.length < 10) {
    return undefined;
  }
  // Reading the UTC calendar date of noon gives back the stored day even if a server
  // shifted it by up to 11 hours.
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) {
    return value.slice(0, 10) as IsoDate;
  }
  return parsed.toISOString().slice(0, 10) as IsoDate;
}

export function toSharePointInstant(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : new Date(value).toISOString();
}

export function fromSharePointInstant(value: unknown): IsoInstant | undefined {
  if (typeof value !== 'string' || value.length === 0) {
    return undefined;
  }
  const parsed = new Date(value);
  return (Number.isNaN(parsed.getTime()) ? value : parsed.toISOString()) as IsoInstant;
}

export function requiredInstant(value: unknown, field: string): IsoInstant {
  const instant = fromSharePointInstant(value);
  if (instant === undefined) {
    throw new TypeError(`Stored item has no ${field}`);
  }
  return instant;
}

export function requiredDate(value: unknown, field: string): IsoDate {
  const day = fromSharePointDate(value);
  if (day === undefined) {
    throw new TypeError(`Stored item has no ${field}`);
  }
  return day;
}

export function toJson(value: unknown): string | undefined {
  return value === undefined ? undefined : JSON.stringify(value);
}

export function fromJson<T>(value: unknown, fallback: T): T {
  if (typeof value !== 'string' || value.trim() === '') {
    return fallback;
  }
  try {
    return JSON.parse(value) as T;
  } catch {
    return fallback;
  }
}

export function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function optionalText(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

export function bool(value: unknown): boolean {
  return value === true || value === 1 || value === '1' || value === 'true';
}

export function num(value: unknown, fallback: number = 0): number {
  const parsed = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(parsed) ? parsed : fallback;
}

/** Multi-choice values arrive as an array (JSON light) or `{ results: [] }` (verbose). */
export function choices<T extends string>(value: unknown): T[] {
  if (Array.isArray(value)) {
    return value as T[];
  }
  if (value && typeof value === 'object' && Array.isArray((value as { results?: unknown }).results)) {
    return (value as { results: T[] }).results;
  }
  return [];
}

/**
 * Drops `undefined` so an update only sends what it sets, and turns it into `null` for
 * fields that must be cleared. SharePoint clears a column only when sent null.
 */
export function fieldValues(values: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    // eslint-disable-next-line @rushstack/no-new-null
    result[key] = value === undefined ? null : value;
  }
  return result;
}
