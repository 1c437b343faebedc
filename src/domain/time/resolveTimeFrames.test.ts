import { resolveTimeFrames } from './resolveTimeFrames';
import { DEFAULT_TIME_FRAMES, TIME_FRAME_FIELDS, TIME_FRAME_LABELS, TimeFrames } from './timeFrames';

describe('time frames as configuration (spec 5.5)', () => {
  test('defaults match the spec table', () => {
    expect(DEFAULT_TIME_FRAMES).toMatchObject({
      monitoringPeriodMonths: 3,
      managerAcknowledgementWorkingDays: 3,
      invocationDecisionWorkingDays: 10,
      sanctionDefaultDurationMonths: 6,
      sanctionMaximumDurationMonths: 12,
      firstReviewMaxMonths: 6,
      reviewerReminderWorkingDays: 10,
      appealWindowWorkingDays: 10,
      appealWindowMaximumWorkingDays: 20,
      appealDecisionWorkingDays: 10,
      foiResponseWorkingDays: 20,
      sarResponseMonths: 1,
      sarComplexExtensionMonths: 2,
      warningMarkerReviewMonths: 12,
      personRequestedReviewAnswerWorkingDays: 20
    });
    expect(Object.isFrozen(DEFAULT_TIME_FRAMES)).toBe(true);
  });

  test('every field has a plain-English label', () => {
    for (const field of TIME_FRAME_FIELDS) {
      expect(TIME_FRAME_LABELS[field].length).toBeGreaterThan(5);
    }
  });

  test('no overrides gives the defaults', () => {
    expect(resolveTimeFrames()).toEqual({ ok: true, value: DEFAULT_TIME_FRAMES });
  });

  test('valid overrides replace only their own fields', () => {
    const result = resolveTimeFrames({ appealWindowWorkingDays: 20, sanctionDefaultDurationMonths: 3, sarResponseMonths: undefined });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.appealWindowWorkingDays).toBe(20);
      expect(result.value.sanctionDefaultDurationMonths).toBe(3);
      expect(result.value.sarResponseMonths).toBe(1);
      expect(result.value.foiResponseWorkingDays).toBe(20);
    }
  });

  test.each([
    ['zero', { reviewerReminderWorkingDays: 0 }, 'reviewerReminderWorkingDays', 'notPositiveInteger'],
    ['fraction', { invocationDecisionWorkingDays: 2.5 }, 'invocationDecisionWorkingDays', 'notPositiveInteger'],
    ['text from SharePoint', { appealDecisionWorkingDays: '10' as unknown as number }, 'appealDecisionWorkingDays', 'notPositiveInteger'],
    ['typing slip (months)', { warningMarkerReviewMonths: 1200 }, 'warningMarkerReviewMonths', 'tooLarge'],
    ['typing slip (working days)', { managerAcknowledgementWorkingDays: 300 }, 'managerAcknowledgementWorkingDays', 'tooLarge'],
    ['slower than FOIA allows', { foiResponseWorkingDays: 25 }, 'foiResponseWorkingDays', 'exceedsStatutoryLimit'],
    ['SAR longer than a month', { sarResponseMonths: 2 }, 'sarResponseMonths', 'exceedsStatutoryLimit'],
    [
      'EIR representations window shortened',
      { eirRepresentationsWorkingDays: 20 },
      'eirRepresentationsWorkingDays',
      'belowStatutoryMinimum'
    ],
    ['monitoring longer than the policy says', { monitoringPeriodMonths: 4 }, 'monitoringPeriodMonths', 'exceedsPolicyLimit'],
    ['maximum below default', { sanctionMaximumDurationMonths: 4 }, 'sanctionMaximumDurationMonths', 'inconsistent'],
    ['first review after the maximum', { firstReviewMaxMonths: 13 }, 'sanctionMaximumDurationMonths', 'inconsistent'],
    ['appeal maximum below the window', { appealWindowWorkingDays: 25 }, 'appealWindowMaximumWorkingDays', 'inconsistent'],
    [
      'complex review quicker than normal',
      { foiInternalReviewComplexDecisionWorkingDays: 15 },
      'foiInternalReviewComplexDecisionWorkingDays',
      'inconsistent'
    ]
  ] as [string, Partial<TimeFrames>, string, string][])('refuses %s, naming the field', (_name, overrides, field, code) => {
    const result = resolveTimeFrames(overrides);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toContainEqual(expect.objectContaining({ field, code }));
      expect(result.errors.every((error) => error.message.length > 0)).toBe(true);
    }
  });

  test('unknown keys from a settings list are reported, not silently ignored', () => {
    const result = resolveTimeFrames({ appealWindowDays: 10 } as unknown as Partial<TimeFrames>);
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ field: 'appealWindowDays', code: 'unknownField' })] });
  });

  test('a field that already failed is not also reported as inconsistent', () => {
    const result = resolveTimeFrames({ sanctionMaximumDurationMonths: -1 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0].code).toBe('notPositiveInteger');
    }
  });
});
