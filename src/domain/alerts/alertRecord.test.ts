import { isoDate, isoInstant, type IsoDate } from '../model/dates';
import type { Sanction } from '../model/sanction';
import { alertIdFor, alertRecordFor, isAlertShowable, isEmptyPlan, planAlertSync } from './alertRecord';

const d = (value: string): IsoDate => isoDate(value);
const today = d('2026-12-05');
const SECRET = 'SECRET';
const person = { id: 'p1', names: { given: 'Siân', family: "O'Brien" } };

function sanction(overrides: Partial<Sanction> = {}): Sanction {
  return {
    id: 's1',
    version: 1,
    caseId: 'c1',
    subjectPersonId: 'p1',
    restrictions: [{ type: 'R01', contact: { kind: 'officer', userId: 'u1', name: 'Cara Rhodes' } }],
    scope: { kind: 'service', service: 'Housing' },
    startDate: d('2026-12-01'),
    endDate: d('2027-06-01'),
    reviewDate: d('2027-03-01'),
    spoc: { userId: 'u1', name: 'Cara Rhodes', channel: 'email', cover: { name: 'Alex Okafor' } },
    necessaryContactArrangements: 'Repairs by email to Cara Rhodes.',
    proportionalityReasons: `${SECRET}-reasons`,
    proposedBy: 'u9',
    proposedAt: isoInstant('2026-11-20T10:00:00Z'),
    approvals: [],
    status: 'Active',
    ...overrides
  };
}

describe('restriction alert records follow the sanctions (issue 12, BR-22)', () => {
  test('an active sanction in force gives one open banner, field by field, without the reasons', () => {
    const record = alertRecordFor(sanction(), person, today);
    expect(record).toEqual({
      id: alertIdFor('s1'),
      personId: 'p1',
      personName: "Siân O'Brien",
      sanctionId: 's1',
      caseId: 'c1',
      restrictionTypes: ['R01'],
      summary: expect.stringContaining('Contact through Cara Rhodes'),
      scopeSummary: 'Housing only',
      spocName: 'Cara Rhodes',
      spocChannel: 'email',
      spocCover: 'Alex Okafor',
      contactArrangements: 'Repairs by email to Cara Rhodes.',
      activeFrom: d('2026-12-01'),
      activeUntil: d('2027-06-01'),
      isActive: true
    });
    expect(JSON.stringify(record)).not.toContain(SECRET);
  });

  test.each(['Approved', 'Proposed', 'Lifted', 'Expired', 'Quashed', 'Superseded', 'Rejected'] as const)(
    'a %s sanction has no banner',
    (status) => {
      expect(alertRecordFor(sanction({ status }), person, today)).toBeUndefined();
    }
  );

  test('not yet started or already ended: no banner', () => {
    expect(alertRecordFor(sanction({ startDate: d('2026-12-06') }), person, today)).toBeUndefined();
    expect(alertRecordFor(sanction({ endDate: d('2026-12-04') }), person, today)).toBeUndefined();
  });

  test('plan: opens a missing banner, then nothing to do once it is there (idempotent)', () => {
    const first = planAlertSync({ sanctions: [sanction()], personFor: () => person, openAlerts: [], today });
    expect(first.open.map((a) => a.id)).toEqual(['alert-s1']);
    const second = planAlertSync({ sanctions: [sanction()], personFor: () => person, openAlerts: first.open, today });
    expect(isEmptyPlan(second)).toBe(true);
  });

  test('plan: an amended sanction updates its banner; a lifted one closes it', () => {
    const open = [alertRecordFor(sanction(), person, today)!];
    const amended = planAlertSync({
      sanctions: [sanction({ version: 2, restrictions: [{ type: 'R02', channels: ['email'] }] })],
      personFor: () => person,
      openAlerts: open,
      today
    });
    expect(amended.update).toHaveLength(1);
    expect(amended.update[0].next.restrictionTypes).toEqual(['R02']);
    const lifted = planAlertSync({ sanctions: [sanction({ status: 'Lifted' })], personFor: () => person, openAlerts: open, today });
    expect(lifted.close).toHaveLength(1);
    expect(lifted.close[0].next.isActive).toBe(false);
  });

  test('plan: superseded by a new sanction closes the old banner and opens the new one', () => {
    const open = [alertRecordFor(sanction(), person, today)!];
    const plan = planAlertSync({
      sanctions: [sanction({ status: 'Superseded' }), sanction({ id: 's2', supersedesSanctionId: 's1' })],
      personFor: () => person,
      openAlerts: open,
      today
    });
    expect(plan.close.map((c) => c.current.id)).toEqual(['alert-s1']);
    expect(plan.open.map((a) => a.id)).toEqual(['alert-s2']);
  });

  test('BR-28: a sanction never gives a banner for anyone but its own subject', () => {
    const plan = planAlertSync({
      sanctions: [sanction({ subjectPersonId: 'someone-else' })],
      personFor: () => person,
      openAlerts: [],
      today
    });
    expect(plan.open).toEqual([]);
  });

  test('a read never shows a banner past its end date or before its start, or once closed', () => {
    const record = alertRecordFor(sanction(), person, today)!;
    expect(isAlertShowable(record, today)).toBe(true);
    expect(isAlertShowable(record, d('2027-06-02'))).toBe(false);
    expect(isAlertShowable(record, d('2026-11-30'))).toBe(false);
    expect(isAlertShowable({ ...record, isActive: false }, today)).toBe(false);
  });
});
