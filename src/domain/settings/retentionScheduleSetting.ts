// BR-24: the retention schedule as the administration screen edits it: the domain's check
// (retentionSchedule.ts) in the settings' error shape, and the audit entry's account of what
// changed (the rules of the kinds that changed; the schedule is the council's, not personal data).

import type { Result } from '../validation/result';
import type { ValidationError, ValidationErrorCode } from '../validation/validationError';
import { RETENTION_RECORD_KINDS } from '../time/retention';
import {
  DEFAULT_RETENTION_SCHEDULE,
  describeRetentionRule,
  resolveRetentionSchedule,
  type RetentionSchedule
} from '../time/retentionSchedule';
import type { TimeConfigErrorCode } from '../time/timeConfigError';

const CODES: Readonly<Partial<Record<TimeConfigErrorCode, ValidationErrorCode>>> = {
  notPositiveInteger: 'outOfRange',
  tooLarge: 'outOfRange',
  unknownField: 'unknownChoice'
};

export function parseRetentionSchedule(value: unknown): Result<RetentionSchedule, ValidationError[]> {
  const resolved = resolveRetentionSchedule(value);
  return resolved.ok
    ? { ok: true, value: resolved.value }
    : {
        ok: false,
        error: resolved.errors.map((error) => ({ field: error.field, code: CODES[error.code] ?? 'invalidFormat', message: error.message }))
      };
}

/** The kinds whose rule changed, each with its rule before and after; undefined when none did. */
export function retentionScheduleChanges(
  before: RetentionSchedule | undefined,
  after: RetentionSchedule
): Readonly<Record<string, unknown>> | undefined {
  const was = before ?? DEFAULT_RETENTION_SCHEDULE;
  const changed: Record<string, string> = {};
  for (const kind of RETENTION_RECORD_KINDS) {
    const a = was[kind];
    const b = after[kind];
    if (a.months !== b.months || a.trigger !== b.trigger || a.disposal !== b.disposal) {
      const mode = (rule: typeof a): string => (rule.disposal === 'automatic' ? 'automatic' : 'the DPO confirms first');
      changed[kind] = `${describeRetentionRule(a)}, ${mode(a)} → ${describeRetentionRule(b)}, ${mode(b)}`;
    }
  }
  return Object.keys(changed).length > 0 ? changed : undefined;
}
