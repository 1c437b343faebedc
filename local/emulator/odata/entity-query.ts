import { Entity } from '../http/odata-format';
import { badRequest } from '../http/sp-error';
import { parseFilter } from './filter-parser';
import { compareBags, compileBagFilter } from './property-filter';

function count(query: URLSearchParams, name: string): number | undefined {
  const raw = query.get(name);
  if (raw === null) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw badRequest(`Invalid ${name} value '${raw}'.`);
  return value;
}

/**
 * `$filter`, `$orderby`, `$skip`, `$top` over a collection of plain entities (everything except
 * list items, whose query rules live in item-query.ts). Previously these options were silently
 * ignored, so a filtered call returned the whole collection.
 */
export function queryEntities(entities: Entity[], query: URLSearchParams, typeName: string): Entity[] {
  let rows = entities;
  const filter = query.get('$filter');
  if (filter !== null && filter.trim() !== '') {
    const predicate = compileBagFilter(parseFilter(filter), typeName);
    rows = rows.filter((entity) => predicate(entity.properties));
  }
  const orderBy = (query.get('$orderby') ?? '')
    .split(',')
    .map((clause) => clause.trim())
    .filter((clause) => clause.length > 0)
    .map((clause) => {
      const [field, direction] = clause.split(/\s+/);
      return { field, descending: (direction ?? '').toLowerCase() === 'desc' };
    });
  if (orderBy.length > 0) {
    const compare = compareBags(orderBy, typeName);
    rows = [...rows].sort((a, b) => compare(a.properties, b.properties));
  }
  const skip = count(query, '$skip') ?? 0;
  const top = count(query, '$top');
  return rows.slice(skip, top === undefined ? undefined : skip + top);
}
