import { DEFAULT_RETENTION_SCHEDULE } from '../time/retentionSchedule';
import { parseRetentionSchedule, retentionScheduleChanges } from './retentionScheduleSetting';

describe('BR-24 the retention schedule on the administration screen', () => {
  test('BR-24 a valid schedule is accepted; a refused one names each field in British English', () => {
    const ok = parseRetentionSchedule({ foiFile: { months: 24, trigger: 'closedOn', disposal: 'automatic' } });
    expect(ok.ok && ok.value.foiFile.months).toBe(24);
    const refused = parseRetentionSchedule({ removedMarker: { months: 0, trigger: 'removedOn', disposal: 'automatic' } });
    expect(refused.ok ? [] : refused.error).toEqual([
      { field: 'removedMarker.months', code: 'outOfRange', message: 'A retention period must be a whole number of months, at least 1.' }
    ]);
  });

  test('the audit entry says which rules changed, before and after', () => {
    const after = { ...DEFAULT_RETENTION_SCHEDULE, foiFile: { months: 24, trigger: 'closedOn' as const, disposal: 'automatic' as const } };
    expect(retentionScheduleChanges(undefined, after)).toEqual({
      foiFile: '36 months from the date it was closed, the DPO confirms first → 24 months from the date it was closed, automatic'
    });
    expect(retentionScheduleChanges(after, after)).toBeUndefined();
  });
});
