// BR-24: scheduled disposition per configuration (spec 4.2). NULBC's retention schedule was
// not retrieved [GAP], so every period is configuration; the defaults are the spec's [INF]
// proposal. Deletion leaves only a minimal audit stub: what kind of record, its id and why.

import { SYSTEM_ACTOR } from '../model/audit';
import type { AuditedEntityType, AuditEvent } from '../model/audit';
import { IsoDate, IsoInstant, isOnOrBefore } from '../model/dates';
import type { AuditEventId, UserId } from '../model/ids';
import { addCalendarMonths } from './calendarMonths';
import type { TimeConfigError } from './timeConfigError';

export const RETENTION_RECORD_KINDS = [
  'closedCase',
  'removedMarker',
  'foiFile',
  'incidentNotProgressed',
  'memberReferral',
  'person'
] as const;
export type RetentionRecordKind = (typeof RETENTION_RECORD_KINDS)[number];

/** Months to keep each kind of record after its trigger date. */
export type RetentionPolicy = Readonly<Record<RetentionRecordKind, number>>;

export const DEFAULT_RETENTION_POLICY: RetentionPolicy = Object.freeze({
  // 6 years after the last restriction ends, in line with common council complaint schedules.
  closedCase: 72,
  // Spec 4.2 [INF] says "delete on removal", but nothing is kept for zero months by default: a
  // removed marker is kept 12 months so that a complaint about it can still be answered. The
  // Ombudsman takes complaints made within 12 months of the person knowing of the matter
  // [SRC Local Government Act 1974 s.26B(1)]; the period itself is [INF] and configuration.
  removedMarker: 12,
  // FOI refusal files: often 3 years after closure.
  foiFile: 36,
  // Incidents that never became a case [GAP]: same as closed cases until NULBC says otherwise.
  incidentNotProgressed: 72,
  // Members' referrals no case was opened from [GAP]: as incidents never progressed [INF]. A
  // referral a case was opened from goes with that case.
  memberReferral: 72,
  // A customer's own record (name, contact details, needs) once nothing else about them remains
  // [INF]: kept 12 months from the last time anything was recorded on them, so a late complaint
  // or request about the records just disposed of can still be matched to who they were.
  person: 12
});

export interface RetentionCandidate {
  readonly kind: RetentionRecordKind;
  readonly entityType: AuditedEntityType;
  readonly id: string;
  /** Case: last restriction end or closure; marker: removal; FOI: file closure. */
  readonly triggerDate: IsoDate;
  /** Litigation, an Ombudsman investigation or an open SAR suspends disposal. */
  readonly hold?: string;
}

export interface DispositionDue {
  readonly candidate: RetentionCandidate;
  readonly disposeOn: IsoDate;
}

const MAX_RETENTION_MONTHS: number = 1200;

/** Validates a retention policy from Settings; errors name the field. */
export function resolveRetentionPolicy(
  overrides: Partial<RetentionPolicy> = {}
): { ok: true; value: RetentionPolicy } | { ok: false; errors: TimeConfigError[] } {
  const errors: TimeConfigError[] = [];
  const merged: Record<string, number> = { ...DEFAULT_RETENTION_POLICY };
  for (const key of Object.keys(overrides)) {
    const value: unknown = (overrides as Record<string, unknown>)[key];
    if ((RETENTION_RECORD_KINDS as readonly string[]).indexOf(key) === -1) {
      errors.push({ field: key, code: 'unknownField', message: `${key} is not a kind of record with a retention period.` });
    } else if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      errors.push({ field: key, code: 'notPositiveInteger', message: 'A retention period must be a whole number of months, 0 or more.' });
    } else if (value > MAX_RETENTION_MONTHS) {
      errors.push({ field: key, code: 'tooLarge', message: `A retention period must be no more than ${MAX_RETENTION_MONTHS} months.` });
    } else {
      merged[key] = value;
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: Object.freeze(merged as RetentionPolicy) };
}

/** The date a record becomes due for disposal. */
export function dispositionDate(candidate: RetentionCandidate, policy: RetentionPolicy = DEFAULT_RETENTION_POLICY): IsoDate {
  return addCalendarMonths(candidate.triggerDate, policy[candidate.kind], 'triggerDate');
}

/** Records due for disposal on or before `today`, excluding any on hold. */
export function dueForDisposition(
  candidates: readonly RetentionCandidate[],
  today: IsoDate,
  policy: RetentionPolicy = DEFAULT_RETENTION_POLICY
): DispositionDue[] {
  return candidates
    .filter((candidate) => candidate.hold === undefined || candidate.hold.trim() === '')
    .map((candidate) => ({ candidate, disposeOn: dispositionDate(candidate, policy) }))
    .filter((due) => isOnOrBefore(due.disposeOn, today));
}

/** The audit stub kept after deletion: the record's type and id, never its content (BR-24). */
export function dispositionAuditEvent(
  due: DispositionDue,
  at: IsoInstant,
  eventId: AuditEventId,
  actorId: UserId = SYSTEM_ACTOR
): AuditEvent {
  return {
    id: eventId,
    actorId,
    action: 'record.disposed',
    at,
    entity: { type: due.candidate.entityType, id: due.candidate.id },
    before: { retentionKind: due.candidate.kind, triggerDate: due.candidate.triggerDate },
    after: { disposedOn: due.disposeOn },
    rule: 'BR-24'
  };
}
