import type { AuditedEntityType } from '../../domain/model';
import type { RetentionRecordKind, RetentionSource } from '../../domain/time';

/**
 * One stored item a disposal deletes: a record, or a part of it (a case's sanction, letter,
 * incident...). A document library's item is its file: deleting the item deletes the file.
 */
export interface DisposablePart {
  readonly entity: { readonly type: AuditedEntityType; readonly id: string };
  readonly list: string;
  readonly itemId: number;
  readonly etag: string;
  /** True for a library item: its file goes with it. */
  readonly isFile: boolean;
}

/**
 * BR-24: what the retention sweep reads and deletes. Only the case service's identity uses it
 * (it reads every list whatever item-level security says, and deletes); no screen does.
 * Deletion is permanent (not the recycle bin): a record past retention must not be recoverable
 * by a site user.
 */
export interface RetentionRecordStore {
  /** Every record a retention rule could apply to: closed cases, removed markers, FOI files, incidents, referrals. */
  listSources(): Promise<RetentionSource[]>;
  /**
   * The items that make up the record, its parts first and the record itself last, so that a
   * disposal cut short leaves the record to be found again. Empty when the record is gone.
   */
  partsOf(kind: RetentionRecordKind, id: string): Promise<DisposablePart[]>;
  /** Deletes the item (and its file) for good; an item already gone is not an error. */
  deletePart(part: DisposablePart): Promise<void>;
}
