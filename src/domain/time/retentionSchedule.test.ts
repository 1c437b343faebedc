import { isoDate, isoInstant } from '../model/dates';
import type { AuditEvent } from '../model/audit';
import { RETENTION_RECORD_KINDS, dispositionDate } from './retention';
import { DEFAULT_RETENTION_SCHEDULE, describeRetentionRule, resolveRetentionSchedule, retentionPolicyOf } from './retentionSchedule';
import { disposalStubEvent, mayDecideRetention, retentionDecisionEvent, retentionStanding } from './retentionLedger';

describe('BR-24 retention schedule (configuration)', () => {
  test('BR-24 every kind of record has a default rule of at least a month that the DPO confirms first', () => {
    expect(Object.keys(DEFAULT_RETENTION_SCHEDULE).sort()).toEqual([...RETENTION_RECORD_KINDS].sort());
    for (const kind of RETENTION_RECORD_KINDS) {
      expect(DEFAULT_RETENTION_SCHEDULE[kind].months).toBeGreaterThanOrEqual(1);
      expect(DEFAULT_RETENTION_SCHEDULE[kind].disposal).toBe('confirmFirst');
    }
    expect(DEFAULT_RETENTION_SCHEDULE.closedCase).toEqual({ months: 72, trigger: 'lastRestrictionEnded', disposal: 'confirmFirst' });
    expect(DEFAULT_RETENTION_SCHEDULE.removedMarker.months).toBe(12);
  });

  test('BR-24 a stored rule replaces its default; kinds left out keep theirs', () => {
    const resolved = resolveRetentionSchedule({ foiFile: { months: 24, trigger: 'closedOn', disposal: 'automatic' } });
    expect(resolved.ok).toBe(true);
    if (!resolved.ok) return;
    expect(resolved.value.foiFile).toEqual({ months: 24, trigger: 'closedOn', disposal: 'automatic' });
    expect(resolved.value.closedCase).toEqual(DEFAULT_RETENTION_SCHEDULE.closedCase);
    expect(retentionPolicyOf(resolved.value).foiFile).toBe(24);
    const candidate = {
      kind: 'foiFile' as const,
      entityType: 'FoiRequestAssessment' as const,
      id: 'f',
      triggerDate: isoDate('2024-02-29')
    };
    expect(dispositionDate(candidate, retentionPolicyOf(resolved.value))).toBe('2026-02-28');
    expect(resolveRetentionSchedule(undefined)).toEqual({ ok: true, value: DEFAULT_RETENTION_SCHEDULE });
  });

  test('BR-24 refused: zero months, fractions, too long, a trigger the kind cannot use, an unknown kind or disposal', () => {
    const resolved = resolveRetentionSchedule({
      removedMarker: { months: 0, trigger: 'removedOn', disposal: 'automatic' },
      closedCase: { months: 1.5, trigger: 'referredOn', disposal: 'whenever' },
      foiFile: { months: 1201 },
      ferrets: { months: 3 },
      memberReferral: 'forever'
    });
    expect(resolved.ok ? [] : resolved.errors.map((e) => [e.field, e.code])).toEqual([
      ['removedMarker.months', 'notPositiveInteger'],
      ['closedCase.months', 'notPositiveInteger'],
      ['closedCase.trigger', 'inconsistent'],
      ['closedCase.disposal', 'inconsistent'],
      ['foiFile.months', 'tooLarge'],
      ['ferrets', 'unknownField'],
      ['memberReferral', 'inconsistent']
    ]);
    expect(resolved.ok ? '' : resolved.errors[0].message).toBe('A retention period must be a whole number of months, at least 1.');
    expect(resolveRetentionSchedule([1, 2]).ok).toBe(false);
  });

  test('rules read as the DPO sees them', () => {
    expect(describeRetentionRule(DEFAULT_RETENTION_SCHEDULE.closedCase)).toBe(
      '72 months from the end of the last restriction (or closure, if later)'
    );
    expect(describeRetentionRule({ months: 1, trigger: 'removedOn', disposal: 'automatic' })).toBe('1 month from the date it was removed');
  });
});

describe('BR-24 the DPO’s decisions and the disposal stub', () => {
  const entity = { type: 'Case' as const, id: 'case-1' };
  const at = (time: string): ReturnType<typeof isoInstant> => isoInstant(`2032-12-01T${time}:00Z`);
  const decision = (id: string, d: 'confirm' | 'hold' | 'release', time: string): AuditEvent =>
    retentionDecisionEvent({
      id,
      actorId: 'dpo',
      at: at(time),
      entity,
      kind: 'closedCase',
      decision: d,
      disposeOn: isoDate('2032-11-30'),
      ...(d === 'hold' ? { reason: 'subjectAccessRequest' as const } : {})
    });

  test('BR-24 only the Data Protection Officer decides', () => {
    expect(mayDecideRetention({ dataProtectionOfficer: ['dpo'] }, 'dpo')).toBe(true);
    expect(mayDecideRetention({ dataProtectionOfficer: ['dpo'], administrator: ['ada'] }, 'ada')).toBe(false);
  });

  test('BR-24 a hold stops a disposal and cancels an earlier confirmation until released and confirmed again', () => {
    expect(retentionStanding([decision('a', 'confirm', '10:00')])).toEqual({ confirmed: { by: 'dpo', at: at('10:00') } });
    const held = retentionStanding([decision('a', 'confirm', '10:00'), decision('b', 'hold', '11:00')]);
    expect(held).toEqual({ hold: { reason: 'subjectAccessRequest', by: 'dpo', at: at('11:00') } });
    const confirmedWhileHeld = retentionStanding([decision('b', 'hold', '11:00'), decision('c', 'confirm', '11:30')]);
    expect(confirmedWhileHeld.confirmed).toBeUndefined();
    const released = retentionStanding([decision('b', 'hold', '11:00'), decision('d', 'release', '12:00')]);
    expect(released).toEqual({});
    expect(
      retentionStanding([decision('b', 'hold', '11:00'), decision('d', 'release', '12:00'), decision('e', 'confirm', '12:30')])
    ).toEqual({
      confirmed: { by: 'dpo', at: at('12:30') }
    });
  });

  test('BR-24 the stub names kind, rule, when and who confirmed, and never the content', () => {
    const stub = disposalStubEvent({
      entity: { type: 'IncidentReport', id: 'inc-1' },
      kind: 'closedCase',
      rule: '72 months from the end of the last restriction (or closure, if later)',
      at: at('02:00'),
      confirmedBy: 'dpo',
      partOf: entity
    });
    expect(stub).toEqual({
      id: 'disposed-IncidentReport-inc-1',
      actorId: 'dpo',
      action: 'record.disposed',
      at: at('02:00'),
      entity: { type: 'IncidentReport', id: 'inc-1' },
      after: {
        retentionKind: 'closedCase',
        retentionRule: '72 months from the end of the last restriction (or closure, if later)',
        partOf: 'Case case-1'
      },
      rule: 'BR-24'
    });
  });
});
