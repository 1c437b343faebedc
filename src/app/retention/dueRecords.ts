// BR-24: the records past retention today, each with its rule, its due date and where the DPO
// stands on it. The queue the DPO works from is derived here on every read, never stored: a
// record is due because of its dates and the schedule, and what the DPO decided is in the audit
// log against it. The sweep and the DPO's screen read the same list.

import { caseLabel } from '../../domain/model/caseReference';
import { isOnOrBefore, type IsoDate } from '../../domain/model/dates';
import {
  describeRetentionRule,
  disposeOnUnder,
  retentionCandidateOf,
  retentionStanding,
  type RetentionCandidate,
  type RetentionDisposal,
  type RetentionSchedule,
  type RetentionSource,
  type RetentionStanding
} from '../../domain/time';
import type { RetentionStore } from './retentionStore';

export interface DueRecord {
  readonly candidate: RetentionCandidate;
  /** What people call it: the case reference, or the record's id. Never its content. */
  readonly label: string;
  readonly disposeOn: IsoDate;
  /** The rule as the DPO reads it: "72 months from the date it was closed". */
  readonly rule: string;
  readonly disposal: RetentionDisposal;
  readonly standing: RetentionStanding;
}

function labelOf(source: RetentionSource): string {
  return source.kind === 'closedCase' ? caseLabel(source.record) : source.record.id;
}

/** Every record due on or before `today` under the schedule, oldest due first. */
export async function dueRecords(store: RetentionStore, schedule: RetentionSchedule, today: IsoDate): Promise<DueRecord[]> {
  const due: DueRecord[] = [];
  for (const source of await store.records.listSources()) {
    const candidate = retentionCandidateOf(source, schedule);
    if (candidate === undefined) continue;
    const disposeOn = disposeOnUnder(candidate, schedule);
    if (!isOnOrBefore(disposeOn, today)) continue;
    const rule = schedule[candidate.kind];
    due.push({
      candidate,
      label: labelOf(source),
      disposeOn,
      rule: describeRetentionRule(rule),
      disposal: rule.disposal,
      standing: retentionStanding(await store.audit.listForEntity(candidate.entityType, candidate.id))
    });
  }
  return due.sort((a, b) => (a.disposeOn < b.disposeOn ? -1 : a.disposeOn > b.disposeOn ? 1 : a.label.localeCompare(b.label)));
}
