// A restriction in force never stalls (BR-09): under review or under appeal it still escalates
// when its review is overdue and still expires at its end date, unless a recorded decision
// extended it. An appeal may ease a restriction but never make it last longer (BR-12).
import { RESTRICTION_IN_FORCE_CASE_STATUSES } from '../alerts/alertRecord';
import type { Case } from '../model/case';
import { isoDate } from '../model/dates';
import { applyCaseAction, currentSanction, dueSweepActions, SANCTION_RUNNING_STATUSES } from './applyCaseAction';
import { activeCase, approvedCase, refusal, step, underAppealCase, underReviewCase } from './testing/caseJourney';
import { context, letter, proposal } from './testing/fixtures';

// activeCase(): review due 20 July 2026, ends 20 October 2026.
const IN_FORCE: ReadonlyArray<[string, () => Case]> = [
  ['SanctionActive', activeCase],
  ['UnderReview', underReviewCase],
  ['UnderAppeal', underAppealCase]
];

describe('BR-09 the sweep reaches a restriction in every status in which it is in force', () => {
  test('the running statuses are active, under review and under appeal, and their staff banners are reconciled too', () => {
    expect(SANCTION_RUNNING_STATUSES).toEqual(['SanctionActive', 'UnderReview', 'UnderAppeal']);
    for (const status of SANCTION_RUNNING_STATUSES) expect(RESTRICTION_IN_FORCE_CASE_STATUSES).toContain(status);
  });

  test.each(IN_FORCE)('BR-09 %s: an overdue review is escalated once, to the approver and the CRO', (status, build) => {
    const c = build();
    expect(c.status).toBe(status);
    expect(dueSweepActions(c, isoDate('2026-07-19'))).toEqual([]);
    expect(dueSweepActions(c, isoDate('2026-07-21'))).toEqual([{ type: 'escalateOverdueReview' }]);
    const escalated = step(c, { type: 'escalateOverdueReview' }, context('system', '2026-07-21'));
    expect(escalated.status).toBe(status);
    expect(escalated.tasks.filter((t) => t.kind === 'reviewOverdue').map((t) => t.assignees)).toEqual([['u-ed'], ['u-cro']]);
    expect(dueSweepActions(escalated, isoDate('2026-07-22'))).toEqual([]);
  });

  test.each(IN_FORCE)('BR-09 %s: past its end date the restriction expires and the "restriction ended" letter is due', (status, build) => {
    const c = build();
    expect(dueSweepActions(c, isoDate('2026-10-20'))).not.toContainEqual({ type: 'expireSanction' });
    expect(dueSweepActions(c, isoDate('2026-10-21'))).toEqual([{ type: 'expireSanction' }]);
    const expired = step(c, { type: 'expireSanction' }, context('system', '2026-10-21'));
    expect([expired.status, expired.closureReason, expired.sanctions[0].status]).toEqual(['Closed', 'Expired', 'Expired']);
    const letterTask = expired.tasks.filter((t) => t.kind === 'sendRestrictionEndedLetter');
    expect(letterTask.map((t) => t.assignees)).toEqual([['u-cro']]);
    expect(dueSweepActions(expired, isoDate('2026-10-22'))).toEqual([]);
    // What was under way is said in the letter task, never silently dropped.
    if (status === 'SanctionActive') expect(letterTask[0].detail).toBe('Send the letter telling the person the restriction has ended.');
    if (status === 'UnderReview') expect(letterTask[0].detail).toContain('The review that was under way had no outcome');
    if (status === 'UnderAppeal') expect(letterTask[0].detail).toContain('The appeal that was under way had not been decided');
  });

  test('BR-09 the expiry of a restriction under review or appeal is audited as such; a plain expiry is not', () => {
    const auditOf = (c: Case): string[] => {
      const result = applyCaseAction(c, { type: 'expireSanction' }, context('system', '2026-10-21'));
      return result.ok ? result.value.auditEvents.map((e) => `${e.action}${e.note ? `: ${e.note}` : ''}`) : [];
    };
    expect(auditOf(underAppealCase())).toContain(
      'sanction.expiredWhilePending: The appeal that was under way had not been decided; the restriction ended at its end date.'
    );
    expect(auditOf(underReviewCase())).toContain(
      'sanction.expiredWhilePending: The review that was under way had no outcome, so the restriction ended at its end date.'
    );
    expect(auditOf(activeCase()).filter((a) => a.startsWith('sanction.expiredWhilePending'))).toEqual([]);
  });

  test('BR-09 only a recorded decision extends it: a review that set a later end date moves the expiry', () => {
    const extended = step(
      underReviewCase(),
      {
        type: 'completeReview',
        outcome: 'Continue',
        reasons: 'Calls continue.',
        nextReviewDate: isoDate('2026-10-01'),
        newEndDate: isoDate('2026-12-31'),
        letter: letter('ReviewOutcome', '2026-07-01')
      },
      context('u-ed', '2026-07-01')
    );
    expect(dueSweepActions(extended, isoDate('2026-10-21'))).toEqual([{ type: 'escalateOverdueReview' }]);
    expect(dueSweepActions(extended, isoDate('2027-01-01'))).toEqual([{ type: 'expireSanction' }]);
  });

  test('BR-09 nothing is swept before a restriction is in force', () => {
    expect(dueSweepActions(approvedCase(), isoDate('2027-01-01'))).toEqual([]);
    expect(refusal(approvedCase(), { type: 'expireSanction' }, context('system', '2027-01-01')).code).toBe('illegalTransition');
  });
});

describe('BR-12 an appeal can vary a restriction but never lengthen it', () => {
  const vary = (endDate: string, reviewDate: string = '2026-09-01'): Parameters<typeof step>[1] => ({
    type: 'decideAppeal',
    outcome: 'Vary',
    reasons: 'Disproportionate for the parking team.',
    variedSanction: proposal('2026-05-10', { endDate: isoDate(endDate), reviewDate: isoDate(reviewDate) }),
    letter: letter('AppealOutcome', '2026-05-10')
  });

  test('BR-12 a varied end date after the current one is refused with the date it must end by', () => {
    const error = refusal(underAppealCase(), vary('2026-10-21'), context('u-appeal', '2026-05-10'));
    expect(error).toMatchObject({ code: 'guardFailed', rule: 'BR-12' });
    expect(error.message).toBe(
      'An appeal can vary the restriction but not lengthen it: the varied restriction must end by 20 October 2026, when it ends now. To extend it, record a review, which has its own letter.'
    );
  });

  test('BR-12 the same or an earlier end date is accepted', () => {
    expect(currentSanction(step(underAppealCase(), vary('2026-10-20'), context('u-appeal', '2026-05-10')))?.endDate).toBe('2026-10-20');
    expect(currentSanction(step(underAppealCase(), vary('2026-08-31', '2026-08-01'), context('u-appeal', '2026-05-10')))?.endDate).toBe(
      '2026-08-31'
    );
  });
});
