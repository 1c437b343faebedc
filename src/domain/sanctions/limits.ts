import { DEFAULT_TIME_FRAMES, type TimeFrames } from '../time/timeFrames';

/**
 * Sanction time limits (BR-08, spec §5.5). The figures are [INF]/[GAP] defaults drawn from
 * York (C2) and Stockton (C1); NULBC must confirm them, so they are always passed in. They
 * are a view of the one time-frame configuration (src/domain/time), never a second copy.
 */
export interface SanctionLimits {
  defaultDurationMonths: number;
  maxDurationMonths: number;
  firstReviewWithinMonths: number;
}

/** The sanction limits a council's (validated) time frames imply. */
export function sanctionLimitsFrom(timeFrames: TimeFrames): SanctionLimits {
  return {
    defaultDurationMonths: timeFrames.sanctionDefaultDurationMonths,
    maxDurationMonths: timeFrames.sanctionMaximumDurationMonths,
    firstReviewWithinMonths: timeFrames.firstReviewMaxMonths
  };
}

export const DEFAULT_SANCTION_LIMITS: Readonly<SanctionLimits> = Object.freeze(sanctionLimitsFrom(DEFAULT_TIME_FRAMES));
