/**
 * What every repository returns: the domain value plus what the store needs to update it
 * safely. `etag` goes back with the update (a stale one gives ConflictError); `itemId`
 * is the storage row and means nothing to the domain.
 */
export interface Stored<T> {
  readonly value: T;
  readonly etag: string;
  readonly itemId: number;
}

export interface CreateOptions {
  /**
   * Idempotency key. Defaults to the value's id (ids are client-generated uuids), so
   * repeating a create returns the first result instead of a duplicate.
   */
  requestKey?: string;
}

/** How a paged read asks SharePoint for rows. */
export interface PageOptions {
  /**
   * Rows per request (at most 5,000). A screen that shows the first 50 asks for 50, so the
   * first answer is small; the default suits a full scan.
   */
  pageSize?: number;
}

/** Paging through large results without $skip: `for await (const page of repo.x())`. */
export type Pages<T> = AsyncIterable<readonly T[]>;

/** Create / read / update for one entity type. Deletion is deliberately absent (retention rules). */
export interface EntityRepository<T> {
  get(id: string): Promise<Stored<T>>;
  find(id: string): Promise<Stored<T> | undefined>;
  create(value: T, options?: CreateOptions): Promise<Stored<T>>;
  update(stored: Stored<T>, next: T): Promise<Stored<T>>;
}
