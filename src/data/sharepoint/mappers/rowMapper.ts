import type { ListKey } from '../../schema';
import type { SpRow } from '../listGateway';

/**
 * Maps one domain type to and from list items. `TRefs` carries what the domain value does
 * not hold itself but the row needs, e.g. the case a review belongs to.
 */
export interface RowMapper<T, TRefs = undefined> {
  readonly list: ListKey;
  idOf(value: T): string;
  toFields(value: T, refs: TRefs): Record<string, unknown>;
  fromRow(row: SpRow): T;
}

export function idFromRow(row: SpRow): string {
  return typeof row.ClientRequestKey === 'string' ? row.ClientRequestKey : String(row.Id);
}
