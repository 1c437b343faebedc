import { listViewThresholdExceeded } from '../http/sp-error';
import { compareStored } from '../store/field-types';
import { ListState } from '../store/list-state';
import { ItemRecord } from '../store/model';
import { lowerBound } from '../store/sorted-ids';
import { FilterNode } from './filter-ast';
import { firstClause } from './filter-parser';
import { coerceLiteral, ItemPredicate, NestedReader, normaliseComparison, ResolvedField, resolveFieldPath } from './filter-eval';
import { ItemQueryOptions } from './query-options';

/**
 * Runs an items query the way SPO's list view threshold forces callers to write them
 * (reference §3): on a list over the threshold the first `$filter` clause must hit an index and
 * narrow the set below the threshold, and `$orderby` must use indexed columns when unfiltered.
 * Indexed first clauses are answered from the secondary index, so cost follows the result size,
 * not the list size.
 */
export interface QueryInput {
  list: ListState;
  options: ItemQueryOptions;
  filter?: FilterNode;
  predicate: ItemPredicate;
  canRead: ItemPredicate;
  nested: NestedReader;
  threshold: number;
}

export interface QueryResult {
  page: ItemRecord[];
  /** `Paged=TRUE&p_ID=..` for the next page, when there is one. */
  nextSkipToken?: string;
}

function union(a: number[], b: number[]): number[] {
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}

function intersectSorted(a: number[], b: number[]): number[] {
  const inB = new Set(b);
  return a.filter((id) => inB.has(id));
}

function isIdComparison(node: FilterNode, list: ListState): boolean {
  if (node.kind !== 'compare') return false;
  const { subject } = normaliseComparison(node.op, node.left, node.right);
  if (subject.kind !== 'field') return false;
  const resolved = resolveFieldPath(list, subject.path);
  return !resolved.sub && resolved.field.internalName === 'ID';
}

/**
 * Candidate IDs (ascending) from the first clause when it can use an index; undefined = needs a scan.
 * An ID window (`ID ge a and ID le b and ...`) counts as one narrowing clause: ID is the
 * clustered index, and windowing by ID is SharePoint's documented way to query a large list
 * by a column whose values each match more than the threshold.
 */
export function planCandidates(node: FilterNode, list: ListState): number[] | undefined {
  if (node.kind === 'and') {
    const left = planCandidates(node.left, list);
    if (left && isIdComparison(firstClause(node.left), list) && isIdComparison(node.right, list)) {
      const right = planCandidates(node.right, list);
      return right ? intersectSorted(left, right) : left;
    }
    return left;
  }
  if (node.kind === 'or') {
    const left = planCandidates(node.left, list);
    const right = left && planCandidates(node.right, list);
    return left && right ? union(left, right) : undefined;
  }
  if (node.kind !== 'compare') return undefined;
  const { op, subject, literal } = normaliseComparison(node.op, node.left, node.right);
  if (subject.kind !== 'field' || op === 'ne' || literal.literalType === 'null') return undefined;
  const resolved = resolveFieldPath(list, subject.path);
  if (resolved.sub || !resolved.field.indexed) return undefined;
  const value = coerceLiteral(resolved, literal);
  if (resolved.field.internalName === 'ID') {
    const id = Number(value);
    if (op === 'eq') return list.items.has(id) ? [id] : [];
    const ids = list.ids;
    if (op === 'gt') return ids.slice(lowerBound(ids, id + 1));
    if (op === 'ge') return ids.slice(lowerBound(ids, id));
    if (op === 'lt') return ids.slice(0, lowerBound(ids, id));
    return ids.slice(0, lowerBound(ids, id + 1));
  }
  const index = list.index(resolved.field);
  if (!index) return undefined;
  if (op === 'eq') return index.lookup(value).slice();
  const accept =
    op === 'lt' ? (c: number) => c < 0 : op === 'le' ? (c: number) => c <= 0 : op === 'gt' ? (c: number) => c > 0 : (c: number) => c >= 0;
  return index.range(value, accept);
}

function isIdOrdering(orderBy: ResolvedOrder[]): boolean {
  return orderBy.length === 0 || (orderBy.length === 1 && orderBy[0].resolved.field.internalName === 'ID' && !orderBy[0].resolved.sub);
}

interface ResolvedOrder {
  resolved: ResolvedField;
  descending: boolean;
}

function sortKey(input: QueryInput, order: ResolvedOrder, item: ItemRecord): unknown {
  return order.resolved.sub ? input.nested(item, order.resolved.field, order.resolved.sub) : input.list.value(item, order.resolved.field);
}

export function executeItemQuery(input: QueryInput): QueryResult {
  const { list, options, threshold } = input;
  const orderBy: ResolvedOrder[] = options.orderBy.map((o) => ({ resolved: resolveFieldPath(list, o.field), descending: o.descending }));
  const candidates = input.filter ? planCandidates(input.filter, list) : undefined;
  if (list.items.size > threshold) {
    if (input.filter && (candidates === undefined || candidates.length > threshold)) throw listViewThresholdExceeded();
    if (!input.filter && orderBy.some((o) => o.resolved.sub || !o.resolved.field.indexed)) throw listViewThresholdExceeded();
  }
  const source = candidates ?? list.ids;
  const accept = (item: ItemRecord): boolean => input.predicate(item) && input.canRead(item);
  const top = options.top;
  const page: ItemRecord[] = [];

  if (isIdOrdering(orderBy)) {
    // Fast path: walk the ascending ID array from the cursor; never materialises the whole list.
    const descending = orderBy[0]?.descending === true;
    const after = options.skipToken?.afterId;
    if (!descending) {
      for (let i = after === undefined ? 0 : lowerBound(source, after + 1); i < source.length && page.length <= top; i++) {
        const item = list.items.get(source[i]);
        if (item && accept(item)) page.push(item);
      }
    } else {
      for (let i = (after === undefined ? source.length : lowerBound(source, after)) - 1; i >= 0 && page.length <= top; i--) {
        const item = list.items.get(source[i]);
        if (item && accept(item)) page.push(item);
      }
    }
  } else {
    const rows: ItemRecord[] = [];
    for (const id of source) {
      const item = list.items.get(id);
      if (item && accept(item)) rows.push(item);
    }
    const compareRows = (a: ItemRecord, b: ItemRecord): number => {
      for (const order of orderBy) {
        const c = compareStored(sortKey(input, order, a), sortKey(input, order, b));
        if (c !== 0) return order.descending ? -c : c;
      }
      return a.id - b.id;
    };
    rows.sort(compareRows);
    let start = 0;
    const token = options.skipToken;
    if (token) {
      const cursor = list.items.get(token.afterId);
      if (cursor) {
        start = rows.findIndex((row) => compareRows(row, cursor) > 0);
      } else {
        // The cursor item was deleted: rebuild its sort position from the p_<Field> values.
        start = rows.findIndex((row) => {
          for (const order of orderBy) {
            const raw = token.sortValues[order.resolved.field.internalName];
            const bound =
              raw === undefined || raw === ''
                ? undefined
                : coerceLiteral(order.resolved, { kind: 'literal', value: raw, literalType: 'string' });
            const c = compareStored(sortKey(input, order, row), bound);
            if (c !== 0) return order.descending ? c < 0 : c > 0;
          }
          return row.id > token.afterId;
        });
      }
      if (start < 0) start = rows.length;
    }
    page.push(...rows.slice(start, start + top + 1));
  }

  if (page.length <= top) return { page };
  page.length = top;
  const last = page[page.length - 1];
  const parts = ['Paged=TRUE'];
  for (const order of orderBy) {
    if (order.resolved.field.internalName === 'ID' || order.resolved.sub) continue;
    const value = sortKey(input, order, last);
    const text = value === undefined || value === null ? '' : typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
    parts.push(`p_${order.resolved.field.internalName}=${encodeURIComponent(text)}`);
  }
  parts.push(`p_ID=${last.id}`);
  return { page, nextSkipToken: parts.join('&') };
}
