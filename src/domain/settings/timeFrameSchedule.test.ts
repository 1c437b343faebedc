import type { IsoDate } from '../model/dates';
import { DEFAULT_TIME_FRAMES, TIME_FRAME_FIELDS } from '../time/timeFrames';
import {
  changedTimeFrameFields,
  checkTimeFrameChange,
  timeFrameScheduleChanges,
  effectiveFromProblem,
  EMPTY_TIME_FRAME_SCHEDULE,
  overridesOf,
  parseTimeFrameSchedule,
  TIME_FRAME_SOURCES,
  timeFramesFromSettings,
  timeFramesOn,
  versionOn,
  withTimeFrameVersion
} from './timeFrameSchedule';

const day = (value: string): IsoDate => value as IsoDate;

describe('time frames as configuration, effective from a date (spec 5.5, issue 18)', () => {
  test('every time frame names its source', () => {
    expect(TIME_FRAME_FIELDS.every((field) => TIME_FRAME_SOURCES[field].length > 0)).toBe(true);
    expect(TIME_FRAME_SOURCES.sanctionDefaultDurationMonths).toContain('GAP');
  });

  test('nothing saved: the policy defaults apply on every day', () => {
    expect(parseTimeFrameSchedule(undefined)).toEqual({ ok: true, value: EMPTY_TIME_FRAME_SCHEDULE });
    expect(timeFramesOn(EMPTY_TIME_FRAME_SCHEDULE, day('2026-11-28'))).toEqual(DEFAULT_TIME_FRAMES);
  });

  test('each version applies from its date; the days before keep the earlier one', () => {
    const parsed = parseTimeFrameSchedule({
      versions: [
        { effectiveFrom: '2027-04-01', overrides: { monitoringPeriodMonths: 1 } },
        { effectiveFrom: '2026-12-01', overrides: { monitoringPeriodMonths: 2, appealWindowWorkingDays: 15 } }
      ]
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.versions.map((v) => v.effectiveFrom)).toEqual(['2026-12-01', '2027-04-01']);
    expect(timeFramesOn(parsed.value, day('2026-11-30')).monitoringPeriodMonths).toBe(3);
    expect(timeFramesOn(parsed.value, day('2026-12-01'))).toMatchObject({ monitoringPeriodMonths: 2, appealWindowWorkingDays: 15 });
    expect(timeFramesOn(parsed.value, day('2027-04-01'))).toMatchObject({ monitoringPeriodMonths: 1, appealWindowWorkingDays: 10 });
    expect(versionOn(parsed.value, day('2026-01-01'))).toBeUndefined();
  });

  test('the domain’s limits are kept: the law, the policy, whole numbers and consistent pairs', () => {
    const parsed = parseTimeFrameSchedule({
      versions: [
        {
          effectiveFrom: '2026-12-01',
          overrides: {
            foiResponseWorkingDays: 25,
            monitoringPeriodMonths: 4,
            appealDecisionWorkingDays: 2.5,
            sanctionDefaultDurationMonths: 18
          }
        }
      ]
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.map((e) => [e.field, e.code])).toEqual([
      ['versions[0].foiResponseWorkingDays', 'outOfRange'],
      ['versions[0].monitoringPeriodMonths', 'outOfRange'],
      ['versions[0].appealDecisionWorkingDays', 'invalidFormat'],
      ['versions[0].sanctionMaximumDurationMonths', 'outOfRange']
    ]);
    expect(parsed.error[0].message).toContain('FOIA s.10(1)');
  });

  test('dates must be real and each version start on its own day; the value must be a list of versions', () => {
    const parsed = parseTimeFrameSchedule({
      versions: [
        { effectiveFrom: '2026-02-30', overrides: {} },
        { effectiveFrom: '2026-12-01' },
        { effectiveFrom: '2026-12-01', overrides: {} },
        'x'
      ]
    });
    expect(!parsed.ok && parsed.error.map((e) => [e.field, e.code])).toEqual([
      ['versions[0].effectiveFrom', 'invalidFormat'],
      ['versions[2].effectiveFrom', 'notAllowed'],
      ['versions[3].effectiveFrom', 'invalidFormat']
    ]);
    expect(parseTimeFrameSchedule({ monitoringPeriodMonths: 2 }).ok).toBe(false);
    expect(parseTimeFrameSchedule({ versions: Array.from({ length: 101 }, () => ({})) }).ok).toBe(false);
  });

  test('products read the stored schedule, or the defaults if the stored value is refused', () => {
    const stored = { versions: [{ effectiveFrom: '2026-12-01', overrides: { monitoringPeriodMonths: 2 } }] };
    expect(timeFramesFromSettings(stored, day('2026-12-02')).monitoringPeriodMonths).toBe(2);
    expect(timeFramesFromSettings({ versions: 'soon' }, day('2026-12-02'))).toBe(DEFAULT_TIME_FRAMES);
  });

  test('a new version replaces one starting the same day, keeps only what differs from the defaults, and may not start in the past', () => {
    const first = withTimeFrameVersion(EMPTY_TIME_FRAME_SCHEDULE, day('2026-12-01'), { ...DEFAULT_TIME_FRAMES, monitoringPeriodMonths: 2 });
    const second = withTimeFrameVersion(first, day('2026-12-01'), { ...DEFAULT_TIME_FRAMES, appealWindowWorkingDays: 12 });
    expect(second.versions).toEqual([{ effectiveFrom: '2026-12-01', overrides: { appealWindowWorkingDays: 12 } }]);
    const third = withTimeFrameVersion(second, day('2026-11-30'), DEFAULT_TIME_FRAMES);
    expect(third.versions.map((v) => v.effectiveFrom)).toEqual(['2026-11-30', '2026-12-01']);
    expect(overridesOf(DEFAULT_TIME_FRAMES)).toEqual({});
    expect(effectiveFromProblem('2026-11-27', day('2026-11-28'))?.code).toBe('outOfRange');
    expect(effectiveFromProblem('2026-11-28', day('2026-11-28'))).toBeUndefined();
    expect(effectiveFromProblem('', day('2026-11-28'))?.code).toBe('invalidFormat');
    expect(changedTimeFrameFields(DEFAULT_TIME_FRAMES, { ...DEFAULT_TIME_FRAMES, monitoringPeriodMonths: 2 })).toEqual([
      'monitoringPeriodMonths'
    ]);
  });
});

describe('a change of time frames made on the administration screen', () => {
  const today = day('2026-11-28');

  test('typed values are checked field by field with the day they apply from', () => {
    const refused = checkTimeFrameChange(
      EMPTY_TIME_FRAME_SCHEDULE,
      '2026-11-01',
      { monitoringPeriodMonths: '', foiResponseWorkingDays: '30' },
      today
    );
    expect(!refused.ok && refused.error.map((e) => [e.field, e.code])).toEqual([
      ['effectiveFrom', 'outOfRange'],
      ['monitoringPeriodMonths', 'invalidFormat'],
      ['foiResponseWorkingDays', 'outOfRange']
    ]);
  });

  test('an accepted change becomes a version of the schedule, and says what it changed', () => {
    const before = withTimeFrameVersion(EMPTY_TIME_FRAME_SCHEDULE, day('2026-01-01'), {
      ...DEFAULT_TIME_FRAMES,
      appealWindowWorkingDays: 12
    });
    const typed = {
      ...Object.fromEntries(TIME_FRAME_FIELDS.map((field) => [field, String(DEFAULT_TIME_FRAMES[field])])),
      appealWindowWorkingDays: '12',
      monitoringPeriodMonths: '2'
    };
    const accepted = checkTimeFrameChange(before, '2026-12-01', typed, today);
    expect(accepted.ok).toBe(true);
    if (!accepted.ok) return;
    expect(accepted.value.versions.map((v) => v.effectiveFrom)).toEqual(['2026-01-01', '2026-12-01']);
    expect(timeFrameScheduleChanges(before, accepted.value)).toEqual([
      { effectiveFrom: '2026-12-01', changed: { monitoringPeriodMonths: 2 } }
    ]);
    expect(timeFrameScheduleChanges(accepted.value, accepted.value)).toEqual([]);
  });
});
