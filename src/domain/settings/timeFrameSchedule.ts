// Time frames as configuration over time (spec 5.5): the council's values, each version
// effective from a date, stored in Settings (key timeFrames). A change made today never alters
// the deadlines already worked out under an earlier version: it applies from its date on.

import { compareDates, isBefore, isIsoDate, isOnOrBefore, type IsoDate } from '../model/dates';
import { resolveTimeFrames } from '../time/resolveTimeFrames';
import type { TimeConfigError } from '../time/timeConfigError';
import { DEFAULT_TIME_FRAMES, TIME_FRAME_FIELDS, type TimeFrameField, type TimeFrames } from '../time/timeFrames';
import { isRecord } from '../validation/fieldValidators';
import { err, ok, type Result } from '../validation/result';
import type { ValidationError, ValidationErrorCode } from '../validation/validationError';

/** Where each default comes from (spec 5.5): SRC is the policy or the law; INF is inferred; GAP awaits the council. */
export const TIME_FRAME_SOURCES: Readonly<Record<TimeFrameField, string>> = {
  monitoringPeriodMonths: 'SRC N6, M1: three months, or less if appropriate',
  managerAcknowledgementWorkingDays: 'INF: mirrors the complaints acknowledgement (N7)',
  invocationDecisionWorkingDays: 'INF',
  sanctionDefaultDurationMonths: 'INF; the council’s revised figure is a GAP',
  sanctionMaximumDurationMonths: 'SRC C2 (York), C5 (12-month review); the council’s figure is a GAP',
  firstReviewMaxMonths: 'SRC C2; C3 (reviewed twice a year)',
  reviewerReminderWorkingDays: 'INF',
  appealWindowWorkingDays: 'SRC C3 (10 working days)',
  appealWindowMaximumWorkingDays: 'SRC C4 (20 working days)',
  appealDecisionWorkingDays: 'SRC C3',
  foiResponseWorkingDays: 'SRC I1, LG1: FOIA s.10(1), EIR reg.5(2)',
  eirComplexExtensionWorkingDays: 'SRC N9: EIR reg.7(1)',
  foiInternalReviewRequestWorkingDays: 'SRC staffslondon, psaa',
  foiInternalReviewDecisionWorkingDays: 'SRC inforights.im',
  foiInternalReviewComplexDecisionWorkingDays: 'INF: the s.45 Code of Practice',
  eirRepresentationsWorkingDays: 'INF: EIR reg.11(2)',
  eirReconsiderationWorkingDays: 'INF: EIR reg.11(4)',
  sarResponseMonths: 'SRC N8, I9: UK GDPR Art 12(3)',
  sarComplexExtensionMonths: 'SRC N8, I9: UK GDPR Art 12(3)',
  warningMarkerReviewMonths: 'INF; the council’s figure is a GAP',
  personRequestedReviewAnswerWorkingDays: 'INF (BR-34)'
};

export interface TimeFrameVersion {
  /** The first day this version applies to. */
  readonly effectiveFrom: IsoDate;
  /** The values that differ from the policy defaults. */
  readonly overrides: Partial<TimeFrames>;
}

/** Every version the council has saved, oldest first. */
export interface TimeFrameSchedule {
  readonly versions: readonly TimeFrameVersion[];
}

export const EMPTY_TIME_FRAME_SCHEDULE: TimeFrameSchedule = Object.freeze({ versions: [] });

const MAX_VERSIONS: number = 100;

const CODES: Readonly<Record<TimeConfigError['code'], ValidationErrorCode>> = {
  unknownField: 'unknownChoice',
  notPositiveInteger: 'invalidFormat',
  tooLarge: 'outOfRange',
  exceedsStatutoryLimit: 'outOfRange',
  belowStatutoryMinimum: 'outOfRange',
  exceedsPolicyLimit: 'outOfRange',
  inconsistent: 'outOfRange',
  invalidDate: 'invalidFormat',
  invalidMonthDay: 'invalidFormat',
  missingReason: 'required'
};

/** Only what differs from the defaults is kept, so a later change to a default reaches the fields nobody chose. */
export function overridesOf(values: TimeFrames): Partial<TimeFrames> {
  const overrides: Partial<Record<TimeFrameField, number>> = {};
  for (const field of TIME_FRAME_FIELDS) if (values[field] !== DEFAULT_TIME_FRAMES[field]) overrides[field] = values[field];
  return overrides;
}

/**
 * A schedule as stored or as the screen would save it, checked: each version has a real date
 * (no two the same) and values the domain accepts (resolveTimeFrames: whole numbers, the law's
 * and the policy's limits, consistent pairs). Versions come back oldest first.
 */
export function parseTimeFrameSchedule(input: unknown): Result<TimeFrameSchedule, ValidationError[]> {
  if (input === undefined || input === null) return ok(EMPTY_TIME_FRAME_SCHEDULE);
  if (!isRecord(input) || !Array.isArray(input.versions)) {
    return err([{ field: 'versions', code: 'invalidFormat', message: 'The time frames must be a list of versions, each with its date.' }]);
  }
  if (input.versions.length > MAX_VERSIONS) {
    return err([{ field: 'versions', code: 'tooLong', message: `Keep ${MAX_VERSIONS} versions of the time frames or fewer.` }]);
  }
  const errors: ValidationError[] = [];
  const versions: TimeFrameVersion[] = [];
  input.versions.forEach((entry: unknown, index: number) => {
    const path = `versions[${index}]`;
    const version = isRecord(entry) ? entry : {};
    if (!isIsoDate(version.effectiveFrom)) {
      errors.push({ field: `${path}.effectiveFrom`, code: 'invalidFormat', message: 'Give the date the time frames apply from.' });
      return;
    }
    if (versions.some((other) => other.effectiveFrom === version.effectiveFrom)) {
      errors.push({
        field: `${path}.effectiveFrom`,
        code: 'notAllowed',
        message: 'Two versions of the time frames cannot start on the same day.'
      });
      return;
    }
    const resolved = resolveTimeFrames(isRecord(version.overrides) ? (version.overrides as Partial<TimeFrames>) : {});
    if (!resolved.ok) {
      for (const problem of resolved.errors)
        errors.push({ field: `${path}.${problem.field}`, code: CODES[problem.code], message: problem.message });
      return;
    }
    versions.push({ effectiveFrom: version.effectiveFrom, overrides: overridesOf(resolved.value) });
  });
  if (errors.length > 0) return err(errors);
  return ok({ versions: versions.sort((a, b) => compareDates(a.effectiveFrom, b.effectiveFrom)) });
}

/** The version in effect on the day, if any (the latest to start on or before it). */
export function versionOn(schedule: TimeFrameSchedule, date: IsoDate): TimeFrameVersion | undefined {
  return schedule.versions.filter((version) => isOnOrBefore(version.effectiveFrom, date)).pop();
}

/** The time frames that apply on the day: the policy defaults with the version then in effect. */
export function timeFramesOn(schedule: TimeFrameSchedule, date: IsoDate): TimeFrames {
  const version = versionOn(schedule, date);
  const resolved = resolveTimeFrames(version?.overrides ?? {});
  return resolved.ok ? resolved.value : DEFAULT_TIME_FRAMES;
}

/**
 * What the product uses on the day: the stored schedule when the domain accepts it, else the
 * policy defaults (the administration screen reports a stored value it refuses).
 */
export function timeFramesFromSettings(stored: unknown, date: IsoDate): TimeFrames {
  const parsed = parseTimeFrameSchedule(stored);
  return parsed.ok ? timeFramesOn(parsed.value, date) : DEFAULT_TIME_FRAMES;
}

/** The schedule with a version for `effectiveFrom` (replacing one that starts that day). */
export function withTimeFrameVersion(schedule: TimeFrameSchedule, effectiveFrom: IsoDate, values: TimeFrames): TimeFrameSchedule {
  const others = schedule.versions.filter((version) => version.effectiveFrom !== effectiveFrom);
  return {
    versions: [...others, { effectiveFrom, overrides: overridesOf(values) }].sort((a, b) => compareDates(a.effectiveFrom, b.effectiveFrom))
  };
}

/**
 * A new version may not start before today: deadlines already worked out under the version in
 * effect would no longer match the rules that made them.
 */
export function effectiveFromProblem(effectiveFrom: unknown, today: IsoDate): ValidationError | undefined {
  if (!isIsoDate(effectiveFrom)) {
    return { field: 'effectiveFrom', code: 'invalidFormat', message: 'Enter the date the new time frames apply from.' };
  }
  return isBefore(effectiveFrom, today)
    ? {
        field: 'effectiveFrom',
        code: 'outOfRange',
        message: 'New time frames cannot apply from a day that has passed. Choose today or a later day.'
      }
    : undefined;
}

/** The fields whose values differ, for the audit entry and the confirmation. */
export function changedTimeFrameFields(before: TimeFrames, after: TimeFrames): TimeFrameField[] {
  return TIME_FRAME_FIELDS.filter((field) => before[field] !== after[field]);
}

/**
 * A change made on the administration screen, checked: the day it applies from (today or
 * later) and every value (resolveTimeFrames, errors named by field), then the schedule with the
 * new version, checked as a whole. `values` are what was typed, numbers or text.
 */
export function checkTimeFrameChange(
  schedule: TimeFrameSchedule,
  effectiveFrom: unknown,
  values: Readonly<Partial<Record<TimeFrameField, unknown>>>,
  today: IsoDate
): Result<TimeFrameSchedule, ValidationError[]> {
  const errors: ValidationError[] = [];
  const dateProblem = effectiveFromProblem(effectiveFrom, today);
  if (dateProblem) errors.push(dateProblem);
  const typed: Partial<Record<TimeFrameField, unknown>> = {};
  for (const field of TIME_FRAME_FIELDS) {
    const value = values[field];
    typed[field] = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  }
  const resolved = resolveTimeFrames(typed as Partial<TimeFrames>);
  if (!resolved.ok)
    for (const problem of resolved.errors) errors.push({ field: problem.field, code: CODES[problem.code], message: problem.message });
  if (errors.length > 0 || !resolved.ok) return err(errors);
  return parseTimeFrameSchedule(withTimeFrameVersion(schedule, effectiveFrom as IsoDate, resolved.value));
}

/** What a new schedule changes, day by day: the values that differ on each version's first day. */
export function timeFrameScheduleChanges(
  before: TimeFrameSchedule,
  after: TimeFrameSchedule
): { effectiveFrom: IsoDate; changed: Partial<TimeFrames> }[] {
  const changes: { effectiveFrom: IsoDate; changed: Partial<TimeFrames> }[] = [];
  for (const version of after.versions) {
    const was = timeFramesOn(before, version.effectiveFrom);
    const now = timeFramesOn(after, version.effectiveFrom);
    const changed: Partial<Record<TimeFrameField, number>> = {};
    for (const field of changedTimeFrameFields(was, now)) changed[field] = now[field];
    if (Object.keys(changed).length > 0) changes.push({ effectiveFrom: version.effectiveFrom, changed });
  }
  return changes;
}
