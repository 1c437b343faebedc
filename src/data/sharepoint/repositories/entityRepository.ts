import { ConflictError } from '../../errors';
import type { CreateOptions, PageOptions, Pages, Stored } from '../../ports/stored';
import type { ListGateway, ListQuery, SpRow } from '../listGateway';
import { etagOf } from '../listGateway';
import type { RowMapper } from '../mappers/rowMapper';
import { fieldValues } from '../values';

/** Ids are client-generated uuids, so a create can be retried without duplicating. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}

/** Only the columns whose value changed: smaller requests, and untouched columns stay untouched. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    if (JSON.stringify(value) !== JSON.stringify(before[key])) {
      changes[key] = value;
    }
  }
  return changes;
}

/**
 * The shared mechanics of every SharePoint repository: mapping rows to Stored values,
 * id = client request key, etag-checked updates with typed conflicts.
 */
export class SpEntityRepository<T, TRefs = undefined> {
  protected readonly gateway: ListGateway;
  protected readonly mapper: RowMapper<T, TRefs>;

  public constructor(gateway: ListGateway, mapper: RowMapper<T, TRefs>) {
    this.gateway = gateway;
    this.mapper = mapper;
  }

  public toStored(row: SpRow): Stored<T> {
    return { value: this.mapper.fromRow(row), etag: etagOf(row), itemId: row.Id };
  }

  public async get(id: string): Promise<Stored<T>> {
    return this.toStored(await this.gateway.getByRequestKey(id));
  }

  public async find(id: string): Promise<Stored<T> | undefined> {
    const row = await this.gateway.findByRequestKey(id);
    return row ? this.toStored(row) : undefined;
  }

  protected async createWith(value: T, refs: TRefs, options: CreateOptions = {}): Promise<Stored<T>> {
    // The id is the item's client request key, so it is what is read back: a value's own id (an
    // FOI reference the officer typed) wins over a request key, which only names a value without one.
    const id = this.mapper.idOf(value) || options.requestKey || newId();
    const withId = { ...value, id } as T;
    const row = await this.gateway.create(fieldValuesForCreate(this.mapper.toFields(withId, refs)), id);
    return this.toStored(row);
  }

  protected async updateWith(stored: Stored<T>, next: T, refs: TRefs): Promise<Stored<T>> {
    const changes = changedFields(this.mapper.toFields(stored.value, refs), this.mapper.toFields(next, refs));
    if (Object.keys(changes).length === 0) {
      return { ...stored, value: next };
    }
    try {
      const etag = await this.gateway.update(stored.itemId, stored.etag, fieldValues(changes));
      return { value: next, etag, itemId: stored.itemId };
    } catch (error) {
      if (error instanceof ConflictError) {
        const current = error.current as SpRow | undefined;
        throw new ConflictError<Stored<T>>(error.message, current ? this.toStored(current) : undefined);
      }
      throw error;
    }
  }

  protected async list(query: ListQuery, top: number = 500): Promise<Stored<T>[]> {
    return (await this.gateway.page(query, top)).map((row) => this.toStored(row));
  }

  /** For filters that may match more than 5,000 items: scans in ID windows. */
  protected async *windowedPagesOf(filter: string, options: PageOptions = {}): Pages<Stored<T>> {
    for await (const rows of this.gateway.windowedPages(filter, 5000, options.pageSize)) {
      yield rows.map((row) => this.toStored(row));
    }
  }

  protected async *pagesOf(query: ListQuery): Pages<Stored<T>> {
    for await (const rows of this.gateway.pages(query)) {
      yield rows.map((row) => this.toStored(row));
    }
  }
}

/** On create, absent values are simply not sent (SharePoint leaves them empty). */
function fieldValuesForCreate(fields: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) {
      result[key] = value;
    }
  }
  return result;
}
