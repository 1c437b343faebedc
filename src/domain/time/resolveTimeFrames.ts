// Merges the council's overrides (from the Settings list) onto the defaults and refuses any
// value that would make a deadline meaningless or unlawful. Each error names the field, so
// the settings screen can show it beside the right box.

import { TimeConfigError } from './timeConfigError';
import { DEFAULT_TIME_FRAMES, TIME_FRAME_FIELDS, TIME_FRAME_LABELS, TimeFrameField, TimeFrames } from './timeFrames';

export type TimeFramesResult =
  { readonly ok: true; readonly value: TimeFrames } | { readonly ok: false; readonly errors: readonly TimeConfigError[] };

// Upper limits set by law: a council may be quicker than the law, never slower.
const STATUTORY_MAXIMUMS: Partial<Record<TimeFrameField, { limit: number; law: string }>> = {
  foiResponseWorkingDays: { limit: 20, law: 'FOIA s.10(1) and EIR reg.5(2)' },
  eirComplexExtensionWorkingDays: { limit: 20, law: 'EIR reg.7(1)' },
  eirReconsiderationWorkingDays: { limit: 40, law: 'EIR reg.11(4)' },
  sarResponseMonths: { limit: 1, law: 'UK GDPR Art 12(3)' },
  sarComplexExtensionMonths: { limit: 2, law: 'UK GDPR Art 12(3)' }
};

// Lower limits set by law: time the requester is given may not be shortened.
const STATUTORY_MINIMUMS: Partial<Record<TimeFrameField, { limit: number; law: string }>> = {
  eirRepresentationsWorkingDays: { limit: 40, law: 'EIR reg.11(2)' }
};

// Limits set by the council's own policy text.
const POLICY_MAXIMUMS: Partial<Record<TimeFrameField, { limit: number; source: string }>> = {
  monitoringPeriodMonths: { limit: 3, source: 'the policy: "three months, or less if appropriate" (N6)' }
};

// Sanity ceilings that catch typing slips (e.g. 200 months for 20).
const MAX_MONTHS: number = 120;
const MAX_WORKING_DAYS: number = 260;

// Pairs where the first must not be less than the second.
const ORDERED_PAIRS: readonly [TimeFrameField, TimeFrameField][] = [
  ['sanctionMaximumDurationMonths', 'sanctionDefaultDurationMonths'],
  ['sanctionMaximumDurationMonths', 'firstReviewMaxMonths'],
  ['appealWindowMaximumWorkingDays', 'appealWindowWorkingDays'],
  ['foiInternalReviewComplexDecisionWorkingDays', 'foiInternalReviewDecisionWorkingDays']
];

function isTimeFrameField(key: string): key is TimeFrameField {
  return (TIME_FRAME_FIELDS as readonly string[]).indexOf(key) !== -1;
}

function checkValue(field: TimeFrameField, value: unknown): TimeConfigError | undefined {
  const label = TIME_FRAME_LABELS[field];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    return { field, code: 'notPositiveInteger', message: `${label} must be a whole number of 1 or more.` };
  }
  const ceiling = field.endsWith('Months') ? MAX_MONTHS : MAX_WORKING_DAYS;
  if (value > ceiling) {
    return { field, code: 'tooLarge', message: `${label} must be no more than ${ceiling}.` };
  }
  const statutoryMaximum = STATUTORY_MAXIMUMS[field];
  if (statutoryMaximum && value > statutoryMaximum.limit) {
    return {
      field,
      code: 'exceedsStatutoryLimit',
      message: `${label} cannot be more than ${statutoryMaximum.limit}: ${statutoryMaximum.law} sets that limit.`
    };
  }
  const statutoryMinimum = STATUTORY_MINIMUMS[field];
  if (statutoryMinimum && value < statutoryMinimum.limit) {
    return {
      field,
      code: 'belowStatutoryMinimum',
      message: `${label} cannot be less than ${statutoryMinimum.limit}: ${statutoryMinimum.law} gives the requester that long.`
    };
  }
  const policyMaximum = POLICY_MAXIMUMS[field];
  if (policyMaximum && value > policyMaximum.limit) {
    return {
      field,
      code: 'exceedsPolicyLimit',
      message: `${label} cannot be more than ${policyMaximum.limit}, per ${policyMaximum.source}.`
    };
  }
  return undefined;
}

/**
 * Defaults plus overrides, validated. Overrides usually come from SharePoint as loosely typed
 * data, so every value is checked at run time even though the type says number.
 */
export function resolveTimeFrames(overrides: Partial<TimeFrames> = {}): TimeFramesResult {
  const errors: TimeConfigError[] = [];
  const merged: Record<string, number> = { ...DEFAULT_TIME_FRAMES };
  for (const key of Object.keys(overrides)) {
    if (!isTimeFrameField(key)) {
      errors.push({ field: key, code: 'unknownField', message: `${key} is not a time frame this system knows.` });
      continue;
    }
    const value: unknown = overrides[key];
    if (value === undefined) {
      continue;
    }
    const error = checkValue(key, value);
    if (error) {
      errors.push(error);
    } else {
      merged[key] = value as number;
    }
  }
  const resolved = merged as unknown as TimeFrames;
  for (const [larger, smaller] of ORDERED_PAIRS) {
    const failed = errors.some((error) => error.field === larger || error.field === smaller);
    if (!failed && resolved[larger] < resolved[smaller]) {
      errors.push({
        field: larger,
        code: 'inconsistent',
        message: `${TIME_FRAME_LABELS[larger]} (${resolved[larger]}) must not be less than ${TIME_FRAME_LABELS[smaller].toLowerCase()} (${resolved[smaller]}).`
      });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: Object.freeze(resolved) };
}
