import * as applyCaseActionFixtures from '../workflow/testing/fixtures';
import { can, PermissionContext } from './can';
import { participationOf } from './caseParticipation';
import { PERMISSION_ACTIONS } from './actions';

const { ROLE_HOLDERS, draftCase, proposal } = applyCaseActionFixtures;

function ctx(overrides: Partial<PermissionContext> = {}): PermissionContext {
  return { roles: ROLE_HOLDERS, case: participationOf(draftCase()), ...overrides };
}

const allowed = (user: string, action: (typeof PERMISSION_ACTIONS)[number], c: PermissionContext = ctx()): boolean =>
  can({ userId: user }, action, c).allowed;

describe('permissions', () => {
  test('BR-01 only a designated approver who did not propose the sanction may approve', () => {
    const proposed = draftCase('Customer', {
      sanctions: [
        {
          ...proposal('2026-12-01'),
          id: 's1',
          version: 1,
          caseId: 'case-1',
          proposedBy: 'u-hos',
          proposedAt: '2026-11-28T10:00:00Z' as never,
          approvals: [],
          status: 'Proposed'
        }
      ]
    });
    const c = ctx({ case: participationOf(proposed) });
    expect(allowed('u-staff', 'sanction.approve', c)).toBe(false);
    expect(can({ userId: 'u-hos' }, 'sanction.approve', c)).toMatchObject({ allowed: false, rule: 'BR-01' });
    expect(can({ userId: 'u-ed' }, 'sanction.approve', c)).toMatchObject({ allowed: true, rule: 'BR-01' });
    expect(allowed('u-staff', 'sanction.propose')).toBe(false);
    expect(allowed('u-cro', 'sanction.propose')).toBe(true);
    expect(allowed('u-ed', 'sanction.approve', ctx({ approverRoles: { Customer: ['monitoringOfficer'], Councillor: [] } }))).toBe(false);
    expect(allowed('u-mo', 'sanction.approve', ctx({ case: participationOf(draftCase('Councillor')) }))).toBe(true);
  });

  test('BR-03 a conflicted officer is refused and the alternate allowed', () => {
    const conflicted = ctx({
      case: participationOf(
        draftCase('Customer', {
          conflictDeclarations: [{ userId: 'u-cro', kind: 'priorInvolvement', detail: 'x', declaredAt: '2026-11-28T10:00:00Z' as never }]
        })
      )
    });
    for (const action of ['case.manage', 'sanction.propose', 'invocation.record', 'review.conduct'] as const) {
      expect(can({ userId: 'u-cro' }, action, conflicted).rule).toBe('BR-03');
    }
    expect(
      can(
        { userId: 'u-ed' },
        'sanction.approve',
        ctx({
          case: participationOf(
            draftCase('Customer', {
              conflictDeclarations: [{ userId: 'u-ed', kind: 'other', detail: 'x', declaredAt: '2026-11-28T10:00:00Z' as never }]
            })
          )
        })
      )
    ).toMatchObject({ allowed: false, rule: 'BR-03' });
    expect(allowed('u-alt', 'case.manage', conflicted)).toBe(true);
    expect(allowed('u-staff', 'case.manage', conflicted)).toBe(false);
    const withOfficer = ctx({ case: participationOf(draftCase('Customer', { caseOfficerId: 'u-alt' })) });
    expect([allowed('u-alt', 'case.manage', withOfficer), allowed('u-cro', 'case.manage', withOfficer)]).toEqual([true, false]);
  });

  test('BR-11 the appeal reviewer must not be a decision-maker, approver, proposer or case officer', () => {
    const decided = draftCase('Customer', {
      caseOfficerId: 'u-cro',
      invocationDecision: applyCaseActionFixtures.panel('Customer'),
      sanctions: [
        {
          ...proposal('2026-12-01'),
          id: 's1',
          version: 1,
          caseId: 'case-1',
          proposedBy: 'u-cro',
          proposedAt: '2026-11-28T10:00:00Z' as never,
          approvals: [
            {
              id: 'a',
              approverId: 'u-hos',
              approverRole: 'headOfService',
              outcome: 'Approve',
              reasons: 'x',
              decidedAt: '2026-11-28T10:00:00Z' as never
            }
          ],
          status: 'Active'
        }
      ]
    });
    const c = ctx({ case: participationOf(decided) });
    expect(can({ userId: 'u-ed' }, 'appeal.decide', c)).toMatchObject({ allowed: false, rule: 'BR-11' });
    expect(can({ userId: 'u-staff' }, 'appeal.decide', c)).toMatchObject({ allowed: false, rule: 'BR-11' });
    expect(can({ userId: 'u-appeal' }, 'appeal.decide', c)).toMatchObject({ allowed: true, rule: 'BR-11' });
  });

  test('BR-22 full case data is limited to participants and oversight roles; staff and councillors see alerts only', () => {
    expect(allowed('u-staff', 'case.readFull')).toBe(true);
    expect(allowed('u-foi', 'case.readFull')).toBe(false);
    expect(can({ userId: 'u-foi' }, 'case.readFull', ctx()).rule).toBe('BR-22');
    expect([
      allowed('u-audit', 'case.readFull'),
      allowed('u-cro', 'case.readFull'),
      allowed('u-ed', 'case.readFull'),
      allowed('u-cllr', 'case.readFull')
    ]).toEqual([true, true, true, false]);
    expect(allowed('u-foi', 'case.readAlert')).toBe(true);
    expect(allowed('u-cllr', 'case.readAlert')).toBe(false);
    expect(allowed('u-cllr', 'case.readAlert', ctx({ case: participationOf(draftCase(), 'u-cllr') }))).toBe(true);
    expect(allowed('u-cllr', 'case.readAlert', ctx({ case: participationOf(draftCase('Councillor')) }))).toBe(true);
    expect(allowed('u-cllr', 'memberReferral.read', ctx({ referralCouncillorId: 'u-cllr' }))).toBe(true);
    expect(allowed('u-gl', 'memberReferral.read', ctx({ referralCouncillorId: 'u-cllr' }))).toBe(false);
    expect(allowed('u-mo', 'memberReferral.read')).toBe(true);
  });

  test('BR-26 only councillors and group leaders make Member referrals', () => {
    expect([
      allowed('u-cllr', 'memberReferral.create'),
      allowed('u-gl', 'memberReferral.create'),
      allowed('u-staff', 'memberReferral.create')
    ]).toEqual([true, true, false]);
  });

  test('only the Monitoring Officer opens a case from a Member referral (spec 1.6, M1 p.6)', () => {
    expect([
      allowed('u-mo', 'memberReferral.openCase'),
      allowed('u-bm', 'memberReferral.openCase'),
      allowed('u-cro', 'memberReferral.openCase'),
      allowed('u-cllr', 'memberReferral.openCase')
    ]).toEqual([true, false, false, false]);
  });

  test('role matrix for the remaining actions', () => {
    expect(allowed('nobody', 'guidance.read')).toBe(true);
    expect([allowed('u-staff', 'incident.create'), allowed('u-cllr', 'incident.create')]).toEqual([true, false]);
    expect([allowed('u-staff', 'case.submit'), allowed('u-lm', 'case.submit')]).toEqual([true, false]);
    expect([allowed('u-lm', 'case.lineManagerDecide'), allowed('u-staff', 'case.lineManagerDecide')]).toEqual([true, false]);
    expect(
      allowed(
        'u-lm',
        'case.lineManagerDecide',
        ctx({
          roles: { ...ROLE_HOLDERS, lineManager: ['u-lm', 'u-lm2'] },
          case: participationOf(draftCase('Customer', { lineManagerId: 'u-lm2' }))
        })
      )
    ).toBe(false);
    expect(
      allowed('u-lm', 'case.lineManagerDecide', ctx({ case: participationOf(draftCase('Customer', { lineManagerId: undefined })) }))
    ).toBe(true);
    expect([allowed('u-hos', 'invocation.record'), allowed('u-lm', 'invocation.record')]).toEqual([true, false]);
    expect([allowed('u-ed', 'review.conduct'), allowed('u-staff', 'review.conduct')]).toEqual([true, false]);
    expect([allowed('u-mon', 'report.read'), allowed('u-staff', 'report.read')]).toEqual([true, false]);
    expect([allowed('u-audit', 'audit.read'), allowed('u-ed', 'audit.read')]).toEqual([true, false]);
    expect([allowed('u-foi', 'foi.assess'), allowed('u-cro', 'foi.assess')]).toEqual([true, false]);
    expect([allowed('u-hs', 'marker.approve'), allowed('u-cro', 'marker.approve')]).toEqual([true, false]);
    for (const action of [
      'case.submit',
      'case.lineManagerDecide',
      'case.readFull',
      'case.manage',
      'invocation.record',
      'sanction.propose',
      'sanction.approve',
      'review.conduct',
      'appeal.decide'
    ] as const) {
      expect(can({ userId: 'u-ed' }, action, { roles: ROLE_HOLDERS })).toMatchObject({ allowed: false, rule: 'ROLE' });
    }
  });
});
