import { badRequest } from '../http/sp-error';

export interface OrderBy {
  field: string;
  descending: boolean;
}

export interface PageToken {
  afterId: number;
  previous: boolean;
  /** p_<Field>=<value> pairs SPO adds when ordering by other columns. */
  sortValues: Record<string, string>;
}

export interface ItemQueryOptions {
  select: string[];
  expand: string[];
  filter?: string;
  orderBy: OrderBy[];
  top: number;
  skipToken?: PageToken;
}

function splitList(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** `Paged=TRUE&p_ID=5` (reference §2.2); the value arrives already URL-decoded once. */
export function parseSkipToken(token: string): PageToken | undefined {
  const params = new URLSearchParams(token);
  if ((params.get('Paged') ?? '').toUpperCase() !== 'TRUE') return undefined;
  const sortValues: Record<string, string> = {};
  params.forEach((value, key) => {
    if (key.startsWith('p_') && key !== 'p_ID') sortValues[key.slice(2)] = value;
  });
  return {
    afterId: Number(params.get('p_ID') ?? 0),
    previous: (params.get('PagedPrev') ?? '').toUpperCase() === 'TRUE',
    sortValues
  };
}

export function parseItemQuery(query: URLSearchParams): ItemQueryOptions {
  const topRaw = query.get('$top');
  // No $top ⇒ first 100 items (reference §2.2).
  const top = topRaw === null ? 100 : Number(topRaw);
  if (!Number.isInteger(top) || top < 0) throw badRequest(`Invalid $top value '${topRaw}'.`);
  if (query.get('$skip') !== null) {
    // SPO ignores $skip on list items (reference §2.2); keep that so code relying on it fails locally too.
  }
  const orderBy = splitList(query.get('$orderby') ?? undefined).map((clause) => {
    const [field, direction] = clause.split(/\s+/);
    return { field, descending: (direction ?? '').toLowerCase() === 'desc' };
  });
  const skipRaw = query.get('$skiptoken');
  return {
    select: splitList(query.get('$select') ?? undefined),
    expand: splitList(query.get('$expand') ?? undefined),
    filter: query.get('$filter') ?? undefined,
    orderBy,
    top,
    skipToken: skipRaw ? parseSkipToken(skipRaw) : undefined
  };
}
