import { DEFAULT_TIME_FRAMES, resolveTimeFrames } from '../time';
import { DEFAULT_SANCTION_LIMITS, sanctionLimitsFrom } from './limits';

describe('sanction limits', () => {
  test('BR-08 default limits come from the default time frames (6 months usual, 12 maximum, first review within 6)', () => {
    expect(DEFAULT_SANCTION_LIMITS).toEqual({ defaultDurationMonths: 6, maxDurationMonths: 12, firstReviewWithinMonths: 6 });
    expect(sanctionLimitsFrom(DEFAULT_TIME_FRAMES)).toEqual(DEFAULT_SANCTION_LIMITS);
  });

  test('BR-08 a council that changes its time frames changes the sanction limits with them', () => {
    const resolved = resolveTimeFrames({ sanctionMaximumDurationMonths: 9, firstReviewMaxMonths: 3 });
    if (!resolved.ok) throw new Error('expected the overrides to be accepted');
    expect(sanctionLimitsFrom(resolved.value)).toEqual({ defaultDurationMonths: 6, maxDurationMonths: 9, firstReviewWithinMonths: 3 });
  });
});
