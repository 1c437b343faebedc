// BR-24: the retention schedule as configuration (spec 4.2, item 19). One rule per kind of
// record: how many months it is kept, from which date (its trigger), and whether the Data
// Protection Officer confirms each disposal first or the sweep disposes of it on its own.
// The defaults are the spec's [INF] proposal (retention.ts); every rule asks for confirmation
// by default [INF], because a deletion cannot be undone and the council's schedule is [GAP].

import { DEFAULT_RETENTION_POLICY, RETENTION_RECORD_KINDS, type RetentionRecordKind } from './retention';
import type { TimeConfigError } from './timeConfigError';

export const RETENTION_DISPOSALS = ['confirmFirst', 'automatic'] as const;
/** `confirmFirst`: the DPO confirms each record; `automatic`: the sweep disposes of it when due. */
export type RetentionDisposal = (typeof RETENTION_DISPOSALS)[number];

/** The date a record's period runs from. */
export type RetentionTrigger = 'closedOn' | 'lastRestrictionEnded' | 'removedOn' | 'reportedOn' | 'referredOn' | 'lastRecordedOn';

/** The triggers each kind of record may use; the first is the default. */
export const RETENTION_TRIGGERS: Readonly<Record<RetentionRecordKind, readonly RetentionTrigger[]>> = {
  // The later of closure and the end of the last restriction (a case closed with none: closure).
  closedCase: ['lastRestrictionEnded', 'closedOn'],
  removedMarker: ['removedOn'],
  // The refusal notice (or the last clarification) closes the FOI assessment file.
  foiFile: ['closedOn'],
  incidentNotProgressed: ['reportedOn'],
  memberReferral: ['referredOn'],
  person: ['lastRecordedOn']
};

export interface RetentionRule {
  readonly months: number;
  readonly trigger: RetentionTrigger;
  readonly disposal: RetentionDisposal;
}

export type RetentionSchedule = Readonly<Record<RetentionRecordKind, RetentionRule>>;

/** What each kind of record is, in the council's words (screens, the sweep's report). */
export const RETENTION_KIND_LABELS: Readonly<Record<RetentionRecordKind, string>> = {
  closedCase: 'Closed case, with its incidents, decisions, sanctions, reviews, appeals, contact log, letters, banners and tasks',
  removedMarker: 'Removed warning marker',
  foiFile: 'FOI or EIR assessment file',
  incidentNotProgressed: 'Incident that never became a case',
  memberReferral: 'Member referral no case was opened from',
  person: 'A customer’s own record (name, contact details and needs), once nothing else about them remains'
};

export const RETENTION_TRIGGER_LABELS: Readonly<Record<RetentionTrigger, string>> = {
  closedOn: 'from the date it was closed',
  lastRestrictionEnded: 'from the end of the last restriction (or closure, if later)',
  removedOn: 'from the date it was removed',
  reportedOn: 'from the date it was reported',
  referredOn: 'from the date of the referral',
  lastRecordedOn: 'from the last time anything was recorded on the person'
};

export const DEFAULT_RETENTION_SCHEDULE: RetentionSchedule = Object.freeze(
  Object.fromEntries(
    RETENTION_RECORD_KINDS.map((kind) => [
      kind,
      Object.freeze({ months: DEFAULT_RETENTION_POLICY[kind], trigger: RETENTION_TRIGGERS[kind][0], disposal: 'confirmFirst' })
    ])
  ) as Record<RetentionRecordKind, RetentionRule>
);

/** At least a month: a record kept for no time at all would be deleted the day it qualifies. */
export const MIN_RETENTION_MONTHS: number = 1;
export const MAX_RETENTION_MONTHS: number = 1200;

function isKind(key: string): key is RetentionRecordKind {
  return (RETENTION_RECORD_KINDS as readonly string[]).indexOf(key) >= 0;
}

function checkRule(kind: RetentionRecordKind, value: unknown, errors: TimeConfigError[]): RetentionRule | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    errors.push({
      field: kind,
      code: 'inconsistent',
      message: `The rule for ${RETENTION_KIND_LABELS[kind].toLowerCase()} is not readable.`
    });
    return undefined;
  }
  const rule = value as Partial<Record<keyof RetentionRule, unknown>>;
  const before = errors.length;
  const months = rule.months;
  if (typeof months !== 'number' || !Number.isInteger(months) || months < MIN_RETENTION_MONTHS) {
    errors.push({
      field: `${kind}.months`,
      code: 'notPositiveInteger',
      message: 'A retention period must be a whole number of months, at least 1.'
    });
  } else if (months > MAX_RETENTION_MONTHS) {
    errors.push({
      field: `${kind}.months`,
      code: 'tooLarge',
      message: `A retention period must be no more than ${MAX_RETENTION_MONTHS} months.`
    });
  }
  const trigger = rule.trigger ?? RETENTION_TRIGGERS[kind][0];
  if (typeof trigger !== 'string' || (RETENTION_TRIGGERS[kind] as readonly string[]).indexOf(trigger) < 0) {
    errors.push({
      field: `${kind}.trigger`,
      code: 'inconsistent',
      message: `Choose when the period starts: ${RETENTION_TRIGGERS[kind].map((t) => RETENTION_TRIGGER_LABELS[t]).join(' or ')}.`
    });
  }
  const disposal = rule.disposal ?? 'confirmFirst';
  if (typeof disposal !== 'string' || (RETENTION_DISPOSALS as readonly string[]).indexOf(disposal) < 0) {
    errors.push({
      field: `${kind}.disposal`,
      code: 'inconsistent',
      message: 'Choose "the DPO confirms first" or "dispose automatically".'
    });
  }
  return errors.length > before
    ? undefined
    : Object.freeze({ months: months as number, trigger: trigger as RetentionTrigger, disposal: disposal as RetentionDisposal });
}

/**
 * The schedule from the Settings list (`retentionSchedule`): each kind named there replaces
 * its default; a kind left out keeps it. Anything else is refused with the field named.
 */
export function resolveRetentionSchedule(
  stored: unknown
): { ok: true; value: RetentionSchedule } | { ok: false; errors: TimeConfigError[] } {
  if (stored === undefined || stored === null) {
    return { ok: true, value: DEFAULT_RETENTION_SCHEDULE };
  }
  if (typeof stored !== 'object' || Array.isArray(stored)) {
    return {
      ok: false,
      errors: [{ field: 'retentionSchedule', code: 'inconsistent', message: 'The retention schedule is not readable.' }]
    };
  }
  const errors: TimeConfigError[] = [];
  const merged: Record<string, RetentionRule> = { ...DEFAULT_RETENTION_SCHEDULE };
  for (const [key, value] of Object.entries(stored as Record<string, unknown>)) {
    if (!isKind(key)) {
      errors.push({ field: key, code: 'unknownField', message: `${key} is not a kind of record with a retention period.` });
      continue;
    }
    const rule = checkRule(key, value, errors);
    if (rule !== undefined) merged[key] = rule;
  }
  return errors.length > 0
    ? { ok: false, errors }
    : { ok: true, value: Object.freeze(merged as Record<RetentionRecordKind, RetentionRule>) };
}

/** The months of each kind, as dispositionDate and dueForDisposition take them. */
export function retentionPolicyOf(schedule: RetentionSchedule): Readonly<Record<RetentionRecordKind, number>> {
  return Object.freeze(
    Object.fromEntries(RETENTION_RECORD_KINDS.map((kind) => [kind, schedule[kind].months])) as Record<RetentionRecordKind, number>
  );
}

/** Describes a rule as the DPO's screen and the report say it: "72 months from the date it was closed". */
export function describeRetentionRule(rule: RetentionRule): string {
  return `${rule.months} ${rule.months === 1 ? 'month' : 'months'} ${RETENTION_TRIGGER_LABELS[rule.trigger]}`;
}
