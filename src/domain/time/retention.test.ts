import { isoDate, isoInstant, IsoDate } from '../model/dates';
import type { RetentionPolicy } from './retention';
import {
  DEFAULT_RETENTION_POLICY,
  dispositionAuditEvent,
  dispositionDate,
  dueForDisposition,
  resolveRetentionPolicy,
  RetentionCandidate
} from './retention';

const d = (value: string): IsoDate => isoDate(value);
const today = d('2026-11-28');

const oldCase: RetentionCandidate = { kind: 'closedCase', entityType: 'Case', id: 'c1', triggerDate: d('2020-11-28') };
const recentCase: RetentionCandidate = { kind: 'closedCase', entityType: 'Case', id: 'c2', triggerDate: d('2020-11-29') };
const removedMarker: RetentionCandidate = { kind: 'removedMarker', entityType: 'WarningMarker', id: 'm1', triggerDate: d('2026-11-28') };
const heldFoi: RetentionCandidate = {
  kind: 'foiFile',
  entityType: 'FoiRequestAssessment',
  id: 'f1',
  triggerDate: d('2020-01-01'),
  hold: 'ICO appeal'
};

describe('retention and disposition', () => {
  test('BR-24 due: a case six years after its last restriction ended, and a marker 12 months after removal', () => {
    const due = dueForDisposition([oldCase, recentCase, removedMarker, heldFoi], today);
    expect(due.map((entry) => entry.candidate.id)).toEqual(['c1']);
    const yearOn = dueForDisposition([oldCase, recentCase, removedMarker, heldFoi], d('2027-11-28'));
    expect(yearOn.map((entry) => entry.candidate.id)).toEqual(['c1', 'c2', 'm1']);
    expect(dueForDisposition([removedMarker], d('2027-11-27'))).toEqual([]);
  });

  test('BR-24 no kind of record is kept for zero months by default', () => {
    for (const months of Object.values(DEFAULT_RETENTION_POLICY)) {
      expect(months).toBeGreaterThan(0);
    }
  });

  test('BR-24 not due: records inside their period or on hold are kept', () => {
    expect(dispositionDate(recentCase)).toBe('2026-11-29');
    expect(dueForDisposition([heldFoi], today)).toEqual([]);
    expect(dueForDisposition([{ ...heldFoi, hold: ' ' }], today).map((e) => e.candidate.id)).toEqual(['f1']);
  });

  test('BR-24 deletion leaves a minimal audit stub with no record content', () => {
    const [due] = dueForDisposition([oldCase], today);
    const event = dispositionAuditEvent(due, isoInstant('2026-11-28T02:00:00Z'), 'e1');
    expect(event).toEqual({
      id: 'e1',
      actorId: 'system',
      action: 'record.disposed',
      at: '2026-11-28T02:00:00Z',
      entity: { type: 'Case', id: 'c1' },
      before: { retentionKind: 'closedCase', triggerDate: '2020-11-28' },
      after: { disposedOn: '2026-11-28' },
      rule: 'BR-24'
    });
  });

  test('periods are configuration, validated with the field named', () => {
    expect(DEFAULT_RETENTION_POLICY.closedCase).toBe(72);
    const shorter = resolveRetentionPolicy({ closedCase: 36 });
    expect(shorter.ok && shorter.value.closedCase).toBe(36);
    expect(shorter.ok && dispositionDate(oldCase, shorter.value)).toBe('2023-11-28');
    const bad = resolveRetentionPolicy({ closedCase: -1, foiFile: 5000, ferrets: 3 } as unknown as Partial<RetentionPolicy>);
    expect(bad.ok ? [] : bad.errors.map((e) => [e.field, e.code])).toEqual([
      ['closedCase', 'notPositiveInteger'],
      ['foiFile', 'tooLarge'],
      ['ferrets', 'unknownField']
    ]);
    expect(resolveRetentionPolicy().ok).toBe(true);
  });
});
