// BR-24: the records past retention today, each with its rule, its due date and where the DPO
// stands on it. The queue the DPO works from is derived here on every read, never stored: a
// record is due because of its dates and the schedule, and what the DPO decided is in the audit
// log against it. The sweep and the DPO's screen read the same list.

import { caseLabel } from '../../domain/model/caseReference';
import { isOnOrBefore, type IsoDate } from '../../domain/model/dates';
import type { AuditEvent } from '../../domain/model';
import { personOfRetentionSource, withSubjectAccessRequests } from '../../domain/subjectAccess';
import {
  RETENTION_HOLD_LABELS,
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

/**
 * Every record due on or before `today` under the schedule, oldest due first. A record whose
 * person has an open subject access request stands on hold (withSubjectAccessRequests): the
 * person's audit entries are read once per person, and only for people with a record due.
 */
export async function dueRecords(store: RetentionStore, schedule: RetentionSchedule, today: IsoDate): Promise<DueRecord[]> {
  const due: DueRecord[] = [];
  const personEvents = new Map<string, Promise<AuditEvent[]>>();
  const eventsOfPerson = (personId: string): Promise<AuditEvent[]> => {
    let events = personEvents.get(personId);
    if (events === undefined) {
      events = store.audit.listForEntity('Person', personId);
      personEvents.set(personId, events);
    }
    return events;
  };
  for (const source of await store.records.listSources()) {
    const found = retentionCandidateOf(source, schedule);
    if (found === undefined) continue;
    const disposeOn = disposeOnUnder(found, schedule);
    if (!isOnOrBefore(disposeOn, today)) continue;
    const rule = schedule[found.kind];
    const personId = personOfRetentionSource(source);
    const ownStanding = retentionStanding(await store.audit.listForEntity(found.entityType, found.id));
    const standing = personId === undefined ? ownStanding : withSubjectAccessRequests(ownStanding, await eventsOfPerson(personId));
    const candidate: RetentionCandidate = standing.hold ? { ...found, hold: RETENTION_HOLD_LABELS[standing.hold.reason] } : found;
    due.push({
      candidate,
      label: labelOf(source),
      disposeOn,
      rule: describeRetentionRule(rule),
      disposal: rule.disposal,
      standing
    });
  }
  return due.sort((a, b) => (a.disposeOn < b.disposeOn ? -1 : a.disposeOn > b.disposeOn ? 1 : a.label.localeCompare(b.label)));
}
