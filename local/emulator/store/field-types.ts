import { badRequest, SpError } from '../http/sp-error';
import { FieldDef } from './model';

/** SP.FieldType values (FieldTypeKind) the emulator understands. */
export const FieldKind = {
  Integer: 1,
  Text: 2,
  Note: 3,
  DateTime: 4,
  Counter: 5,
  Choice: 6,
  Lookup: 7,
  Boolean: 8,
  Number: 9,
  Currency: 10,
  URL: 11,
  Computed: 12,
  Guid: 14,
  MultiChoice: 15,
  Calculated: 17,
  File: 18,
  Attachments: 19,
  User: 20,
  ContentTypeId: 25,
  Location: 33,
  Thumbnail: 34
} as const;

const TYPE_AS_STRING: Record<number, string> = {
  1: 'Integer',
  2: 'Text',
  3: 'Note',
  4: 'DateTime',
  5: 'Counter',
  6: 'Choice',
  7: 'Lookup',
  8: 'Boolean',
  9: 'Number',
  10: 'Currency',
  11: 'URL',
  12: 'Computed',
  14: 'Guid',
  15: 'MultiChoice',
  17: 'Calculated',
  18: 'File',
  19: 'Attachments',
  20: 'User',
  25: 'ContentTypeId',
  33: 'Location',
  34: 'Thumbnail'
};

/** Same mapping PnPjs uses (fields/types.js FieldTypeClassMapping); anything else is SP.Field. */
const ODATA_TYPE: Record<number, string> = {
  2: 'SP.FieldText',
  3: 'SP.FieldMultiLineText',
  4: 'SP.FieldDateTime',
  6: 'SP.FieldChoice',
  7: 'SP.FieldLookup',
  9: 'SP.FieldNumber',
  10: 'SP.FieldCurrency',
  11: 'SP.FieldUrl',
  15: 'SP.FieldMultiChoice',
  17: 'SP.FieldCalculated',
  20: 'SP.FieldUser',
  33: 'SP.FieldLocation',
  34: 'SP.FieldMultiLineText'
};

const TYPE_FROM_STRING: Record<string, number> = Object.fromEntries(
  Object.entries(TYPE_AS_STRING).map(([kind, name]) => [name.toLowerCase(), Number(kind)])
);

export function typeAsString(field: FieldDef): string {
  const base = TYPE_AS_STRING[field.typeKind] ?? 'Text';
  return field.allowMultipleValues && (field.typeKind === FieldKind.User || field.typeKind === FieldKind.Lookup) ? `${base}Multi` : base;
}

export function fieldODataType(field: Pick<FieldDef, 'typeKind'>): string {
  return ODATA_TYPE[field.typeKind] ?? 'SP.Field';
}

/** For CreateFieldAsXml: `Type="Note"` → 3, `UserMulti` → 20 (multi). */
export function kindFromTypeName(typeName: string): { kind: number; multi: boolean } {
  const lower = typeName.toLowerCase();
  if (lower === 'usermulti') return { kind: FieldKind.User, multi: true };
  if (lower === 'lookupmulti') return { kind: FieldKind.Lookup, multi: true };
  return { kind: TYPE_FROM_STRING[lower] ?? FieldKind.Text, multi: false };
}

/** Person and lookup fields are written and read as `<Name>Id` (reference §2.4). */
export function isReferenceField(field: FieldDef): boolean {
  return field.typeKind === FieldKind.User || field.typeKind === FieldKind.Lookup;
}

/** Dates in list items: ISO 8601 UTC with Z and without milliseconds (reference §2.5). */
export function toSpDate(value: Date): string {
  return value.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** SharePoint's single line of text holds at most 255 characters; MaxLength may lower that. */
export const TEXT_FIELD_MAX_LENGTH = 255;

/**
 * SPO refuses a text value longer than the column allows instead of truncating it. Its exact
 * error text is unconfirmed; the emulator's names the column and both lengths.
 */
function textTooLong(field: FieldDef, length: number, limit: number): Error {
  return new SpError(
    400,
    '-2147024809, System.ArgumentException',
    `The value of column '${field.title}' is ${length} characters long; the column allows at most ${limit}.`
  );
}

function conversionError(edmType: string): Error {
  return badRequest(`Cannot convert a primitive value to the expected type '${edmType}'. See the inner exception for more details.`);
}

function asArray(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object' && Array.isArray((value as { results?: unknown[] }).results)) {
    return (value as { results: unknown[] }).results;
  }
  return [value];
}

/** Converts a value from a request body into the stored canonical form for the field. */
export function coerceForWrite(field: FieldDef, value: unknown): unknown {
  if (value === null || value === undefined) {
    return field.typeKind === FieldKind.MultiChoice || (isReferenceField(field) && field.allowMultipleValues) ? [] : undefined;
  }
  switch (field.typeKind) {
    case FieldKind.Text: {
      if (typeof value === 'object') throw conversionError('Edm.String');
      const text = String(value);
      const limit = Math.min(field.maxLength ?? TEXT_FIELD_MAX_LENGTH, TEXT_FIELD_MAX_LENGTH);
      if (text.length > limit) throw textTooLong(field, text.length, limit);
      return text;
    }
    case FieldKind.Note:
    case FieldKind.Choice:
    case FieldKind.Guid:
      if (typeof value === 'object') throw conversionError('Edm.String');
      return String(value);
    case FieldKind.Number:
    case FieldKind.Currency:
    case FieldKind.Integer: {
      const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
      if (!Number.isFinite(n)) throw conversionError('Edm.Double');
      return n;
    }
    case FieldKind.Boolean:
      if (typeof value === 'boolean') return value;
      if (value === 1 || value === '1' || value === 'true') return true;
      if (value === 0 || value === '0' || value === 'false') return false;
      throw conversionError('Edm.Boolean');
    case FieldKind.DateTime: {
      const date = new Date(String(value));
      if (typeof value !== 'string' || Number.isNaN(date.getTime())) throw conversionError('Edm.DateTime');
      return toSpDate(date);
    }
    case FieldKind.MultiChoice:
      return asArray(value).map((v) => String(v));
    case FieldKind.User:
    case FieldKind.Lookup: {
      const ids = asArray(value).map((v) => {
        const n = typeof v === 'number' ? v : Number(v);
        if (!Number.isInteger(n)) throw conversionError('Edm.Int32');
        return n;
      });
      return field.allowMultipleValues ? ids : ids[0];
    }
    case FieldKind.URL:
      if (typeof value === 'string') return { Description: value, Url: value };
      if (typeof value === 'object') {
        const url = value as { Url?: unknown; Description?: unknown };
        return { Description: String(url.Description ?? url.Url ?? ''), Url: String(url.Url ?? '') };
      }
      throw conversionError('SP.FieldUrlValue');
    default:
      return value;
  }
}

/**
 * Key used by secondary indexes and unique checks. SharePoint compares text case-insensitively,
 * so text keys are lower-cased; numbers and dates keep their canonical text.
 */
export function indexKey(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return `s:${value.toLowerCase()}`;
  if (typeof value === 'number') return `n:${value}`;
  if (typeof value === 'boolean') return value ? 'n:1' : 'n:0';
  if (typeof value === 'object' && 'Url' in (value as object)) return `s:${String((value as { Url: string }).Url).toLowerCase()}`;
  return `s:${JSON.stringify(value)}`;
}

/** Values the index holds for one stored value (multi-value fields contribute one key per element). */
export function indexKeys(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(indexKey).filter((k): k is string => k !== undefined);
  const key = indexKey(value);
  return key === undefined ? [] : [key];
}

/** Total order used by $orderby, ranges and the page cursor: undefined sorts first, text case-insensitively. */
export function compareStored(a: unknown, b: unknown): number {
  if (a === undefined || a === null) return b === undefined || b === null ? 0 : -1;
  if (b === undefined || b === null) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const left = (Array.isArray(a) ? a.join(';') : typeof a === 'object' ? ((a as { Url?: string }).Url ?? '') : String(a)).toLowerCase();
  const right = (Array.isArray(b) ? b.join(';') : typeof b === 'object' ? ((b as { Url?: string }).Url ?? '') : String(b)).toLowerCase();
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * Internal name SharePoint derives from a display name: characters outside [A-Za-z0-9_] become
 * `_xHHHH_` (UTF-16 code unit, lower-case hex) and the result is cut to 32 characters.
 */
export function internalNameFromTitle(title: string): string {
  let name = '';
  for (const ch of title) {
    if (/[A-Za-z0-9_]/.test(ch)) {
      name += ch;
    } else {
      for (let i = 0; i < ch.length; i++) name += `_x${ch.charCodeAt(i).toString(16).padStart(4, '0')}_`;
    }
  }
  return name.slice(0, 32);
}
