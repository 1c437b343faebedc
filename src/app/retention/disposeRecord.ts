// BR-24: disposing of one record, in one order that survives a crash at any point.
//
//   1. Read the items the record is made of: its parts first (a case's sanctions, decisions,
//      reviews, appeals, letters with their files, contact log, tasks, banners, approval cards,
//      incidents, the Member referral it came from), the record itself last.
//   2. For each item in that order: write its audit stub (kind, id, rule, when, who confirmed;
//      never its content), then delete the item for good (a library item's file with it).
//      The stub's id is fixed by the item (disposalStubId), so writing it again adds nothing.
//   3. The record itself is deleted last.
//
// Why this order: every item deleted has its stub already written (nothing is ever deleted
// without one). While the record itself stands, the next run of the sweep finds it again, with
// the DPO's confirmation still on it in the audit log, re-reads what is left of it (items already
// gone are not read) and finishes: re-running completes the job. The one state a crash can leave
// is a stub written whose item is not yet deleted, for at most one run of the sweep.
//
// The caller has checked that the record is due and not on hold, and that it is confirmed by the
// DPO or its rule disposes of it automatically (runRetention.ts).

import type { IsoInstant } from '../../domain/model/dates';
import type { UserId } from '../../domain/model/ids';
import { disposalStubEvent } from '../../domain/time';
import type { DisposablePart } from '../../data/ports/retentionRecords';
import type { DueRecord } from './dueRecords';
import type { RetentionStore } from './retentionStore';

export interface DisposedRecord {
  readonly kind: DueRecord['candidate']['kind'];
  readonly entity: DisposablePart['entity'];
  readonly label: string;
  readonly rule: string;
  readonly disposeOn: DueRecord['disposeOn'];
  readonly confirmedBy: UserId;
  /** Every item deleted with it (itself last), each with its stub. */
  readonly items: readonly DisposablePart['entity'][];
  /** How many of them were files in a library. */
  readonly files: number;
}

export async function disposeRecord(store: RetentionStore, due: DueRecord, confirmedBy: UserId, at: IsoInstant): Promise<DisposedRecord> {
  const root = { type: due.candidate.entityType, id: due.candidate.id };
  const parts = await store.records.partsOf(due.candidate.kind, due.candidate.id);
  for (const part of parts) {
    const isRoot = part.entity.type === root.type && part.entity.id === root.id;
    const stub = disposalStubEvent({
      entity: part.entity,
      kind: due.candidate.kind,
      rule: due.rule,
      at,
      confirmedBy,
      ...(isRoot ? {} : { partOf: root })
    });
    await store.audit.append([stub]);
    await store.records.deletePart(part);
  }
  return {
    kind: due.candidate.kind,
    entity: root,
    label: due.label,
    rule: due.rule,
    disposeOn: due.disposeOn,
    confirmedBy,
    items: parts.map((part) => part.entity),
    files: parts.filter((part) => part.isFile).length
  };
}
