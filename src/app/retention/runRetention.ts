// BR-24: one pass of disposition, run by the case service's sweep with its own identity. Each
// record past retention is disposed of when its rule is automatic or the DPO has confirmed it,
// left for the DPO when it needs confirmation, and never touched while on hold. A record that
// fails is reported and left for the next run, which finishes it (disposeRecord.ts).

import { dateOfInstant, type IsoInstant } from '../../domain/model/dates';
import { SYSTEM_ACTOR } from '../../domain/model/audit';
import { RETENTION_HOLD_LABELS, type RetentionSchedule } from '../../domain/time';
import { disposeRecord, type DisposedRecord } from './disposeRecord';
import { dueRecords, type DueRecord } from './dueRecords';
import type { RetentionStore } from './retentionStore';

export interface RetentionWaiting {
  readonly kind: DueRecord['candidate']['kind'];
  readonly id: string;
  readonly label: string;
  readonly disposeOn: DueRecord['disposeOn'];
  readonly rule: string;
}

export interface RetentionReport {
  /** What was disposed of this run, each item with its stub. */
  readonly disposed: readonly DisposedRecord[];
  /** Due, waiting for the DPO to confirm (or hold) on the retention screen. */
  readonly awaitingConfirmation: readonly RetentionWaiting[];
  /** Due, but on hold: kept whatever the rule says. */
  readonly held: readonly (RetentionWaiting & { readonly reason: string })[];
  /** Records that could not be finished this run (see the log); the next run tries again. */
  readonly failed: readonly string[];
}

function waiting(due: DueRecord): RetentionWaiting {
  return { kind: due.candidate.kind, id: due.candidate.id, label: due.label, disposeOn: due.disposeOn, rule: due.rule };
}

export async function runRetention(
  store: RetentionStore,
  schedule: RetentionSchedule,
  now: IsoInstant,
  log: (message: string, error?: unknown) => void
): Promise<RetentionReport> {
  const disposed: DisposedRecord[] = [];
  const awaitingConfirmation: RetentionWaiting[] = [];
  const held: (RetentionWaiting & { reason: string })[] = [];
  const failed: string[] = [];
  for (const due of await dueRecords(store, schedule, dateOfInstant(now))) {
    if (due.standing.hold !== undefined) {
      held.push({ ...waiting(due), reason: RETENTION_HOLD_LABELS[due.standing.hold.reason] });
      continue;
    }
    const confirmedBy = due.disposal === 'automatic' ? SYSTEM_ACTOR : due.standing.confirmed?.by;
    if (confirmedBy === undefined) {
      awaitingConfirmation.push(waiting(due));
      continue;
    }
    try {
      disposed.push(await disposeRecord(store, due, confirmedBy, now));
    } catch (error) {
      failed.push(due.candidate.id);
      log(`Retention: ${due.label} was not fully disposed of; the next run finishes it.`, error);
    }
  }
  return { disposed, awaitingConfirmation, held, failed };
}
