import { badRequest } from '../http/sp-error';
import { compareStored } from '../store/field-types';
import { FieldOperand, FilterNode, LiteralOperand } from './filter-ast';
import { compareWith, normaliseComparison } from './filter-eval';

/**
 * `$filter` over plain entities (lists, fields, users, groups, files, ...), where operands are
 * properties of the entity rather than list columns. `UserId/NameId` reads a nested property.
 * Names resolve case-insensitively, as SPO resolves them in `$select`.
 */
export type PropertyBag = Record<string, unknown>;
export type BagPredicate = (bag: PropertyBag) => boolean;

function readPath(bag: PropertyBag, path: string, typeName: string): unknown {
  let current: unknown = bag;
  for (const part of path.split('/')) {
    if (current === null || typeof current !== 'object') return undefined;
    const record = current as PropertyBag;
    const key = Object.keys(record).find((k) => k.toLowerCase() === part.toLowerCase());
    if (key === undefined) {
      if (current === bag) throw badRequest(`The property '${path}' does not exist on type '${typeName}'.`);
      return undefined;
    }
    current = record[key];
  }
  return current;
}

const NUMERIC_TEXT = /^-?\d+(\.\d+)?$/;

/**
 * Brings the stored value and the literal to one representation so that `Hidden eq false`,
 * `Id eq 3`, `Length gt 15` (SPO serialises Int64 such as SP.File.Length as a string) compare.
 */
function comparable(stored: unknown, literal: LiteralOperand): [unknown, unknown] {
  if (literal.literalType === 'null') return [stored, undefined];
  const value = literal.value;
  if (typeof stored === 'boolean' && typeof value === 'number') return [stored, value !== 0];
  if (typeof stored === 'number' && typeof value === 'string' && NUMERIC_TEXT.test(value.trim())) return [stored, Number(value)];
  if (typeof stored === 'string' && typeof value === 'number' && NUMERIC_TEXT.test(stored)) return [Number(stored), value];
  if (typeof stored === 'string' && (typeof value === 'number' || typeof value === 'boolean')) return [stored, String(value)];
  return [stored, value];
}

function asTime(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const time = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(value) ? value : `${value}Z`);
  return Number.isNaN(time) ? undefined : time;
}

function datePart(part: string, value: unknown): number | undefined {
  const time = asTime(value);
  if (time === undefined) return undefined;
  const d = new Date(time);
  const parts: Record<string, number> = {
    day: d.getUTCDate(),
    month: d.getUTCMonth() + 1,
    year: d.getUTCFullYear(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds()
  };
  return parts[part];
}

export function compileBagFilter(node: FilterNode, typeName: string): BagPredicate {
  const read =
    (operand: FieldOperand): ((bag: PropertyBag) => unknown) =>
    (bag) =>
      readPath(bag, operand.path, typeName);
  switch (node.kind) {
    case 'and':
    case 'or': {
      const left = compileBagFilter(node.left, typeName);
      const right = compileBagFilter(node.right, typeName);
      return node.kind === 'and' ? (bag) => left(bag) && right(bag) : (bag) => left(bag) || right(bag);
    }
    case 'not': {
      const inner = compileBagFilter(node.operand, typeName);
      return (bag) => !inner(bag);
    }
    case 'startswith':
    case 'substringof': {
      const get = read(node.field);
      const needle = node.value.toLowerCase();
      return (bag) => {
        const value = get(bag);
        const text = typeof value === 'string' ? value.toLowerCase() : undefined;
        const hit = text !== undefined && (node.kind === 'startswith' ? text.startsWith(needle) : text.includes(needle));
        return node.negate ? !hit : hit;
      };
    }
    case 'compare': {
      const { op, subject, literal } = normaliseComparison(node.op, node.left, node.right);
      if (subject.kind === 'datepart') {
        const get = read(subject.field);
        return (bag) => compareWith(op, datePart(subject.part, get(bag)), Number(literal.value));
      }
      const get = read(subject);
      return (bag) => {
        const [stored, wanted] = comparable(get(bag), literal);
        const storedTime = literal.literalType === 'datetime' ? asTime(stored) : undefined;
        if (storedTime !== undefined) return compareWith(op, storedTime, asTime(wanted));
        return compareWith(op, stored, wanted);
      };
    }
    default:
      throw badRequest('Unsupported filter.');
  }
}

/** `$orderby` comparator over entities; unknown names fail like `$filter`. */
export function compareBags(
  orderBy: { field: string; descending: boolean }[],
  typeName: string
): (a: PropertyBag, b: PropertyBag) => number {
  return (a, b) => {
    for (const order of orderBy) {
      const c = compareStored(readPath(a, order.field, typeName), readPath(b, order.field, typeName));
      if (c !== 0) return order.descending ? -c : c;
    }
    return 0;
  };
}
