/**
 * Sanction time limits (BR-08, spec §5.5). The figures are [INF]/[GAP] defaults drawn from
 * York (C2) and Stockton (C1); NULBC must confirm them, so they are always passed in.
 * The full time-frame configuration in src/domain/time aligns with these.
 */
export interface SanctionLimits {
  defaultDurationMonths: number;
  maxDurationMonths: number;
  firstReviewWithinMonths: number;
}

export const DEFAULT_SANCTION_LIMITS: Readonly<SanctionLimits> = {
  defaultDurationMonths: 6,
  maxDurationMonths: 12,
  firstReviewWithinMonths: 6
};
