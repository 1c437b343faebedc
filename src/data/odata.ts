/**
 * The one place where OData `$filter` text is built.
 *
 * Why it exists: the PnPjs v4 fluent filter builder does not double apostrophes, so a
 * customer called O'Brien would break (or, worse, change) the query. Every repository
 * builds its filters here; nothing else concatenates user text into a filter.
 */

/** A value that can appear on the right-hand side of a comparison. */
export type ODataValue = string | number | boolean | Date | DateTimeLiteral;

/** Marks a string as an instant to be written as `datetime'…'` rather than as text. */
export interface DateTimeLiteral {
  readonly kind: 'datetime';
  readonly iso: string;
}

export type ComparisonOperator = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

// SharePoint internal names are letters, digits and underscores (plus `/` for an expanded
// lookup's property). Anything else is refused, so a field name can never smuggle syntax.
const FIELD_NAME_PATTERN: RegExp = /^[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)?$/;

/** Throws unless the text is a plausible internal field name. */
export function fieldName(name: string): string {
  if (!FIELD_NAME_PATTERN.test(name)) {
    throw new RangeError(`Not a SharePoint internal field name: ${JSON.stringify(name)}`);
  }
  return name;
}

/** Escapes text for use inside an OData string literal: `'` becomes `''`. */
export function escapeText(value: string): string {
  return value.replace(/'/g, "''");
}

/** A quoted OData string literal: O'Brien → 'O''Brien'. */
export function quote(value: string): string {
  return `'${escapeText(value)}'`;
}

/** Wraps an ISO instant (or Date) so it renders as a `datetime'…'` literal. */
export function dateTime(value: string | Date): DateTimeLiteral {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) {
    throw new RangeError(`Not a date/time: ${String(value)}`);
  }
  // SharePoint serialises list dates without milliseconds; match it so equality works.
  return { kind: 'datetime', iso: date.toISOString().replace(/\.\d{3}Z$/, 'Z') };
}

function isDateTimeLiteral(value: ODataValue): value is DateTimeLiteral {
  return typeof value === 'object' && !(value instanceof Date) && value.kind === 'datetime';
}

/** Renders any supported value as an OData literal. */
export function literal(value: ODataValue): string {
  if (typeof value === 'string') {
    return quote(value);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new RangeError(`Not a finite number: ${value}`);
    }
    return String(value);
  }
  if (typeof value === 'boolean') {
    // SharePoint Boolean (Yes/No) columns compare against 1 and 0.
    return value ? '1' : '0';
  }
  const instant = isDateTimeLiteral(value) ? value : dateTime(value);
  return `datetime'${instant.iso}'`;
}

export function compare(field: string, operator: ComparisonOperator, value: ODataValue): string {
  return `${fieldName(field)} ${operator} ${literal(value)}`;
}

export function eq(field: string, value: ODataValue): string {
  return compare(field, 'eq', value);
}

export function ne(field: string, value: ODataValue): string {
  return compare(field, 'ne', value);
}

export function gt(field: string, value: ODataValue): string {
  return compare(field, 'gt', value);
}

export function ge(field: string, value: ODataValue): string {
  return compare(field, 'ge', value);
}

export function lt(field: string, value: ODataValue): string {
  return compare(field, 'lt', value);
}

export function le(field: string, value: ODataValue): string {
  return compare(field, 'le', value);
}

/** `startswith(Field,'text')`, supported by SharePoint on Text columns. */
export function startsWith(field: string, prefix: string): string {
  return `startswith(${fieldName(field)},${quote(prefix)})`;
}

/** `Field eq null`: an empty value. */
export function isNull(field: string): string {
  return `${fieldName(field)} eq null`;
}

function join(operator: 'and' | 'or', clauses: readonly string[]): string {
  const present = clauses.filter((clause) => clause.length > 0);
  if (present.length === 0) {
    throw new RangeError(`An '${operator}' needs at least one clause`);
  }
  // Only compound clauses are parenthesised: plain comparisons stay flat, which keeps the
  // query readable and the first indexed clause easy for SharePoint to spot.
  const other = operator === 'and' ? ' or ' : ' and ';
  return present.map((clause) => (clause.indexOf(other) >= 0 ? `(${clause})` : clause)).join(` ${operator} `);
}

/** Joins clauses with `and`. The first clause should hit an indexed column. */
export function and(...clauses: string[]): string {
  return join('and', clauses);
}

export function or(...clauses: string[]): string {
  return join('or', clauses);
}
