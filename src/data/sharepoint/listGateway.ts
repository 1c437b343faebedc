import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import '@pnp/sp/attachments';
import type { IItems } from '@pnp/sp/items';
import type { IAttachmentInfo } from '@pnp/sp/attachments';
import { ConflictError, NotFoundError, ValidationFailedError } from '../errors';
import { and, eq, ge, le } from '../odata';
import { CLIENT_REQUEST_KEY, isIndexed } from '../schema';
import type { ListDefinition } from '../schema';
import { parseSharePointError, toDataError } from './errorMapping';

/** A list item as SharePoint returns it (minimal metadata). */
export interface SpRow {
  Id: number;
  'odata.etag'?: string;
  __metadata?: { etag?: string };
  [field: string]: unknown;
}

export interface ListQuery {
  /** Built with src/data/odata.ts. Its first clause must be on an indexed column. */
  filter?: string;
  orderBy?: { field: string; ascending?: boolean };
  /** Rows per request (≤ 5,000). */
  pageSize?: number;
}

/** The first column a filter names, e.g. `Status` in `Status eq 'Open' and …`. */
export function firstFilterField(filter: string): string | undefined {
  const match = /^\(*\s*(?:startswith\(\s*|substringof\([^,]*,\s*)?([A-Za-z_][A-Za-z0-9_]*)/.exec(filter);
  return match ? match[1] : undefined;
}

/**
 * SharePoint's "a file with that name already exists" (SPException 0x81020067), by its code
 * rather than its HTTP status or its words, which vary with the site's language.
 */
function isFileExists(error: unknown): boolean {
  const message = error instanceof Error ? error.message : '';
  return parseSharePointError(message).code.startsWith('-2130575257');
}

export function etagOf(row: SpRow): string {
  return row['odata.etag'] ?? row.__metadata?.etag ?? '*';
}

/**
 * Generic, schema-aware access to one list: explicit $select, indexed-first filters,
 * $skiptoken paging (async iteration), etag-checked updates and idempotent creates.
 * Repositories add the domain mapping on top.
 */
export class ListGateway {
  public readonly definition: ListDefinition;
  private readonly _sp: SPFI;
  private readonly _select: string[];

  public constructor(sp: SPFI, definition: ListDefinition) {
    this._sp = sp;
    this.definition = definition;
    this._select = ['Id', 'Title', 'Created', 'Modified', ...definition.fields.map((field) => field.internalName)];
  }

  /** The same gateway bound to another SPFI, e.g. a batched one. */
  public bind(sp: SPFI): ListGateway {
    return new ListGateway(sp, this.definition);
  }

  private get _items(): IItems {
    return this._sp.web.lists.getByTitle(this.definition.title).items;
  }

  private _assertQueryable(query: ListQuery): void {
    if (query.filter) {
      const first = firstFilterField(query.filter);
      if (!first || !isIndexed(this.definition, first)) {
        throw new RangeError(`${this.definition.title}: filter must start with an indexed column (got '${query.filter}').`);
      }
    }
    if (query.orderBy && !isIndexed(this.definition, query.orderBy.field)) {
      throw new RangeError(`${this.definition.title}: cannot sort on non-indexed ${query.orderBy.field}.`);
    }
  }

  private _buildItems(query: ListQuery, top: number): IItems {
    this._assertQueryable(query);
    let items = this._items.select(...this._select).top(top);
    if (query.filter) {
      items = items.filter(query.filter);
    }
    if (query.orderBy) {
      items = items.orderBy(query.orderBy.field, query.orderBy.ascending !== false);
    }
    return items;
  }

  public async getByItemId(itemId: number): Promise<SpRow> {
    try {
      return await this._items.getById(itemId).select(...this._select)<SpRow>();
    } catch (error) {
      throw toDataError(error, this.definition);
    }
  }

  /**
   * The files attached to one item (SharePoint item attachments), as SharePoint lists them:
   * file name and server-relative URL. One GET, so it can join a $batch.
   */
  public async attachmentFiles(itemId: number): Promise<{ FileName: string; ServerRelativeUrl: string }[]> {
    try {
      const files = await this._items.getById(itemId).attachmentFiles();
      return files.map((file) => ({ FileName: file.FileName, ServerRelativeUrl: file.ServerRelativeUrl }));
    } catch (error) {
      throw toDataError(error, this.definition);
    }
  }

  /**
   * Attaches a file to one item: one POST to AttachmentFiles/add, whose answer is the new
   * SP.Attachment, so its name and server-relative URL need no second read. An upload cannot
   * join a $batch: call this on a gateway bound to an SPFI that is not batched. A name the item
   * already has a file under is refused as a duplicate of `FileName` (ValidationFailedError).
   */
  public async addAttachment(
    itemId: number,
    fileName: string,
    content: Blob | ArrayBuffer
  ): Promise<{ FileName: string; ServerRelativeUrl: string }> {
    try {
      const added = await this._items.getById(itemId).attachmentFiles.add(fileName, content);
      // PnPjs v4 types `data` as what was sent; it is SharePoint's answer, the SP.Attachment.
      const file = added.data as unknown as IAttachmentInfo;
      return { FileName: file.FileName, ServerRelativeUrl: file.ServerRelativeUrl };
    } catch (error) {
      const mapped = toDataError(error, this.definition);
      if (isFileExists(error)) {
        throw new ValidationFailedError(mapped.message, [{ field: 'FileName', message: mapped.message, duplicate: true }], mapped.status);
      }
      throw mapped;
    }
  }

  /** Domain ids are the client request keys, so this is also "get by id". */
  public async findByRequestKey(requestKey: string): Promise<SpRow | undefined> {
    const rows = await this.page({ filter: eq(CLIENT_REQUEST_KEY, requestKey) }, 1);
    return rows[0];
  }

  public async getByRequestKey(requestKey: string): Promise<SpRow> {
    const row = await this.findByRequestKey(requestKey);
    if (!row) {
      throw new NotFoundError(`${this.definition.title}: no item ${requestKey}.`);
    }
    return row;
  }

  /** One request, at most `top` rows: safe to use inside a $batch. */
  public async page(query: ListQuery, top: number = 100): Promise<SpRow[]> {
    try {
      return await this._buildItems(query, top)<SpRow[]>();
    } catch (error) {
      throw toDataError(error, this.definition);
    }
  }

  /** Every matching row, page by page, following SharePoint's $skiptoken next links. */
  public async *pages(query: ListQuery): AsyncIterableIterator<SpRow[]> {
    const items = this._buildItems(query, query.pageSize ?? 1000);
    const iterator = items[Symbol.asyncIterator]();
    while (true) {
      let next: IteratorResult<SpRow[]>;
      try {
        next = (await iterator.next()) as IteratorResult<SpRow[]>;
      } catch (error) {
        throw toDataError(error, this.definition);
      }
      if (next.done) {
        return;
      }
      yield next.value;
    }
  }

  /**
   * For filters that can match more than 5,000 items (e.g. every incident with one status):
   * SharePoint refuses those even on an indexed column, so the list is scanned in ID windows
   * of 5,000, each window's first clause on ID. Pages come in ID order.
   *
   * The first window is asked for at the same time as the list's highest ID (which bounds the
   * scan), so a caller that needs only the first page waits one round trip, not two.
   */
  public async *windowedPages(filter: string, windowSize: number = 5000, pageSize: number = windowSize): AsyncIterableIterator<SpRow[]> {
    const windowPages = (from: number): AsyncIterableIterator<SpRow[]> =>
      this.pages({ filter: and(ge('ID', from), le('ID', from + windowSize - 1), filter), pageSize: Math.min(pageSize, windowSize) });
    const highest = this.page({ orderBy: { field: 'ID', ascending: false } }, 1);
    const firstWindow = windowPages(1);
    const firstPage = firstWindow.next();
    // Whichever fails first is reported; the other's failure must not go unobserved meanwhile.
    firstPage.catch(() => undefined);
    const [last] = await highest;
    if (!last) {
      await firstWindow.return?.(undefined);
      return;
    }
    for (let page = await firstPage; !page.done; page = await firstWindow.next()) {
      if (page.value.length > 0) {
        yield page.value;
      }
    }
    for (let from = 1 + windowSize; from <= last.Id; from += windowSize) {
      for await (const rows of windowPages(from)) {
        if (rows.length > 0) {
          yield rows;
        }
      }
    }
  }

  public async all(query: ListQuery): Promise<SpRow[]> {
    const rows: SpRow[] = [];
    for await (const page of this.pages(query)) {
      rows.push(...page);
    }
    return rows;
  }

  /**
   * Adds an item carrying `requestKey` in the unique ClientRequestKey column. If the key is
   * already there (a retried POST whose first attempt did land, or a caller repeating a
   * create), the existing item is returned instead of a duplicate.
   */
  public async create(values: Record<string, unknown>, requestKey: string): Promise<SpRow> {
    try {
      const created = await this._items.add({ ...values, [CLIENT_REQUEST_KEY]: requestKey });
      return created as SpRow;
    } catch (error) {
      const mapped = toDataError(error, this.definition);
      if (
        mapped instanceof ValidationFailedError &&
        mapped.problems.some((problem) => problem.duplicate === true && (problem.field === CLIENT_REQUEST_KEY || problem.field === ''))
      ) {
        const existing = await this.findByRequestKey(requestKey);
        if (existing) {
          return existing;
        }
      }
      throw mapped;
    }
  }

  /**
   * Adds several items in one $batch round trip, each under its own request key. A key that
   * is already there (a retry) is not an error: the item exists, which is what was wanted.
   * Any other refusal is thrown once every add has been answered.
   */
  public async createAll(rows: readonly { values: Record<string, unknown>; requestKey: string }[]): Promise<void> {
    if (rows.length === 0) return;
    // SharePoint takes up to 100 operations in one $batch; PnPjs would split at 20.
    const [batched, execute] = this._sp.batched({ maxRequests: 100 });
    const list = batched.web.lists.getByTitle(this.definition.title);
    // A fresh `items` per add: PnPjs lets one queryable instance join a batch once, and a
    // reused one leaves execute() waiting for ever.
    const answers = rows.map((row) =>
      list.items.add({ ...row.values, [CLIENT_REQUEST_KEY]: row.requestKey }).then(
        () => undefined,
        (error: unknown) => toDataError(error, this.definition)
      )
    );
    await execute();
    for (const failure of await Promise.all(answers)) {
      const duplicate =
        failure instanceof ValidationFailedError &&
        failure.problems.some((problem) => problem.duplicate === true && (problem.field === CLIENT_REQUEST_KEY || problem.field === ''));
      if (failure !== undefined && !duplicate) throw failure;
    }
  }

  /**
   * MERGE with IF-Match set to the etag the caller read (never `*`). A 412 becomes a
   * ConflictError carrying the server's current row. Returns the new etag.
   */
  public async update(itemId: number, etag: string, values: Record<string, unknown>): Promise<string> {
    try {
      const result = await this._items.getById(itemId).update(values, etag);
      if (result && typeof result.etag === 'string' && result.etag.length > 0) {
        return result.etag;
      }
    } catch (error) {
      const mapped = toDataError(error, this.definition);
      if (mapped instanceof ConflictError) {
        const current = await this.getByItemId(itemId).catch(() => undefined);
        throw new ConflictError<SpRow>(mapped.message, current);
      }
      throw mapped;
    }
    return etagOf(await this.getByItemId(itemId));
  }

  /**
   * An add that can join a $batch: no follow-up request (a batched SPFI takes none once it has
   * run). A key already there (a retry whose first attempt landed) counts as added.
   */
  public async addKeyed(values: Record<string, unknown>, requestKey: string): Promise<void> {
    try {
      await this._items.add({ ...values, [CLIENT_REQUEST_KEY]: requestKey });
    } catch (error) {
      const mapped = toDataError(error, this.definition);
      const duplicate =
        mapped instanceof ValidationFailedError &&
        mapped.problems.some((problem) => problem.duplicate === true && (problem.field === CLIENT_REQUEST_KEY || problem.field === ''));
      if (!duplicate) throw mapped;
    }
  }

  /**
   * A MERGE under the etag the caller read that can join a $batch: no follow-up request, so a
   * 412 is a ConflictError without the current row (the caller reads it in the same batch).
   */
  public async merge(itemId: number, etag: string, values: Record<string, unknown>): Promise<void> {
    try {
      await this._items.getById(itemId).update(values, etag);
    } catch (error) {
      throw toDataError(error, this.definition);
    }
  }

  public async delete(itemId: number, etag: string): Promise<void> {
    try {
      await this._items.getById(itemId).delete(etag);
    } catch (error) {
      throw toDataError(error, this.definition);
    }
  }
}
