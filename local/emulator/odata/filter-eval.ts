import { badRequest, fieldNotFound } from '../http/sp-error';
import { compareStored, FieldKind, isReferenceField, toSpDate } from '../store/field-types';
import { ListState } from '../store/list-state';
import { FieldDef, ItemRecord } from '../store/model';
import { ComparisonOperator, FieldOperand, FilterNode, LiteralOperand, Operand } from './filter-ast';

/** A `$filter`/`$orderby` column reference resolved against a list. */
export interface ResolvedField {
  field: FieldDef;
  /** Property of the looked-up item or user (`Author/Title` → 'Title'); undefined = the stored value itself. */
  sub?: string;
}

/** Reads `Author/Title`-style values; supplied by the item handlers, which know users and lookup lists. */
export type NestedReader = (item: ItemRecord, field: FieldDef, sub: string) => unknown;

export function resolveFieldPath(list: ListState, path: string): ResolvedField {
  const slash = path.indexOf('/');
  if (slash >= 0) {
    const field = list.field(path.slice(0, slash));
    const sub = path.slice(slash + 1);
    if (!field || !isReferenceField(field)) throw fieldNotFound(path);
    return sub.toLowerCase() === 'id' ? { field } : { field, sub };
  }
  const direct = path.toLowerCase() === 'id' ? list.fieldByInternalName('ID') : list.field(path);
  if (direct) return { field: direct };
  if (/id$/i.test(path)) {
    const reference = list.field(path.slice(0, -2));
    if (reference && isReferenceField(reference)) return { field: reference };
  }
  throw fieldNotFound(path);
}

function invalidLiteral(): Error {
  return badRequest('The expression is not valid: a literal does not match the column type.');
}

/** Converts a filter literal into the stored representation of the column it is compared with. */
export function coerceLiteral(resolved: ResolvedField, literal: LiteralOperand): unknown {
  if (literal.literalType === 'null') return undefined;
  const value = literal.value;
  if (resolved.sub) return value;
  const kind = resolved.field.typeKind;
  if (kind === FieldKind.DateTime) {
    const date = new Date(String(value));
    if (Number.isNaN(date.getTime())) throw invalidLiteral();
    return toSpDate(date);
  }
  if (kind === FieldKind.Boolean || kind === FieldKind.Attachments) {
    if (typeof value === 'boolean') return value;
    if (value === 1 || value === '1') return true;
    if (value === 0 || value === '0') return false;
    throw invalidLiteral();
  }
  const numeric = [FieldKind.Number, FieldKind.Currency, FieldKind.Integer, FieldKind.Counter, FieldKind.User, FieldKind.Lookup];
  if ((numeric as number[]).includes(kind) && resolved.field.internalName !== 'FileRef' && resolved.field.internalName !== 'FileDirRef') {
    const n = typeof value === 'number' ? value : Number(value);
    if (!Number.isFinite(n)) throw invalidLiteral();
    return n;
  }
  return typeof value === 'string' ? value : String(value);
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

export function compareWith(op: ComparisonOperator, stored: unknown, literal: unknown): boolean {
  if (literal === undefined) return op === 'eq' ? isEmpty(stored) : op === 'ne' ? !isEmpty(stored) : false;
  if (Array.isArray(stored)) {
    const any = stored.some((element) => compareStored(element, literal) === 0);
    if (op === 'eq') return any;
    if (op === 'ne') return !any;
    return stored.some((element) => compareWith(op, element, literal));
  }
  if (stored === undefined || stored === null) return op === 'ne';
  const c = compareStored(stored, literal);
  switch (op) {
    case 'eq':
      return c === 0;
    case 'ne':
      return c !== 0;
    case 'lt':
      return c < 0;
    case 'le':
      return c <= 0;
    case 'gt':
      return c > 0;
    default:
      return c >= 0;
  }
}

const FLIPPED: Record<ComparisonOperator, ComparisonOperator> = { eq: 'eq', ne: 'ne', lt: 'gt', le: 'ge', gt: 'lt', ge: 'le' };

/** Normalises `literal op field` to `field op literal`. */
export function normaliseComparison(
  op: ComparisonOperator,
  left: Operand,
  right: Operand
): { op: ComparisonOperator; subject: Exclude<Operand, LiteralOperand>; literal: LiteralOperand } {
  if (left.kind !== 'literal' && right.kind === 'literal') return { op, subject: left, literal: right };
  if (left.kind === 'literal' && right.kind !== 'literal') return { op: FLIPPED[op], subject: right, literal: left };
  throw badRequest('The expression is not valid: comparisons must be between a column and a literal.');
}

export type ItemPredicate = (item: ItemRecord) => boolean;

export function compileFilter(node: FilterNode, list: ListState, nested: NestedReader): ItemPredicate {
  const readerFor = (operand: FieldOperand): { resolved: ResolvedField; read: (item: ItemRecord) => unknown } => {
    const resolved = resolveFieldPath(list, operand.path);
    const read = resolved.sub
      ? (item: ItemRecord) => nested(item, resolved.field, resolved.sub as string)
      : (item: ItemRecord) => list.value(item, resolved.field);
    return { resolved, read };
  };
  switch (node.kind) {
    case 'and': {
      const left = compileFilter(node.left, list, nested);
      const right = compileFilter(node.right, list, nested);
      return (item) => left(item) && right(item);
    }
    case 'or': {
      const left = compileFilter(node.left, list, nested);
      const right = compileFilter(node.right, list, nested);
      return (item) => left(item) || right(item);
    }
    case 'not': {
      const inner = compileFilter(node.operand, list, nested);
      return (item) => !inner(item);
    }
    case 'startswith':
    case 'substringof': {
      const { read } = readerFor(node.field);
      const needle = node.value.toLowerCase();
      const test = node.kind === 'startswith' ? (s: string) => s.startsWith(needle) : (s: string) => s.includes(needle);
      return (item) => {
        const value = read(item);
        const result = value !== undefined && value !== null && test(String(value).toLowerCase());
        return node.negate ? !result : result;
      };
    }
    case 'compare': {
      const { op, subject, literal } = normaliseComparison(node.op, node.left, node.right);
      if (subject.kind === 'datepart') {
        const { read } = readerFor(subject.field);
        const wanted = Number(literal.value);
        const part = subject.part;
        return (item) => {
          const value = read(item);
          if (typeof value !== 'string') return false;
          const d = new Date(value);
          const actual =
            part === 'day'
              ? d.getUTCDate()
              : part === 'month'
                ? d.getUTCMonth() + 1
                : part === 'year'
                  ? d.getUTCFullYear()
                  : part === 'hour'
                    ? d.getUTCHours()
                    : part === 'minute'
                      ? d.getUTCMinutes()
                      : d.getUTCSeconds();
          return compareWith(op, actual, wanted);
        };
      }
      const { resolved, read } = readerFor(subject);
      const value = coerceLiteral(resolved, literal);
      return (item) => compareWith(op, read(item), value);
    }
    default:
      throw badRequest('Unsupported filter.');
  }
}
