import { nothingElseChangesInEachTest } from '../data/emulatorHarness';
import type { Case, CaseStatus } from '../../src/domain';
import { isoDate, isoInstant } from '../../src/domain/model/dates';
import { api, CASE_ID, proposedCase, SANCTION_ID, SEEDED_REVISION, startHarness, USERS, type Harness } from './support/scenario';

/*
 * BR-09 for a restriction under review or under appeal, against the SharePoint emulator: the
 * case is put in through the repositories in each status in which its restriction is in force,
 * the clock is past the review date (or the end date), the service (as svc.ccm) sweeps it, and
 * the case is read back as the case team. A review or an appeal under way never stalls it.
 */

jest.setTimeout(60000);

const RUNNING: readonly CaseStatus[] = ['SanctionActive', 'UnderReview', 'UnderAppeal'];

/** The scenario's restriction in force, in `status`, with the review or appeal that status means. */
function caseIn(status: CaseStatus, reviewDate: string, endDate: string): Case {
  const kase = proposedCase();
  const sanction = {
    ...kase.sanctions[0],
    status: 'Active' as const,
    reviewDate: isoDate(reviewDate),
    endDate: isoDate(endDate),
    approvals: [
      {
        id: 'approval-1',
        approverId: USERS.ed,
        approverRole: 'executiveDirector' as const,
        outcome: 'Approve' as const,
        reasons: 'Agreed.',
        decidedAt: isoInstant('2026-06-28T10:00:00Z')
      }
    ]
  };
  return {
    ...kase,
    status,
    sanctions: [sanction],
    reviews:
      status === 'UnderReview'
        ? [{ id: 'review-1', kind: 'Scheduled', sanctionId: SANCTION_ID, dueDate: sanction.reviewDate, reviewers: [USERS.hana] }]
        : [],
    appeals:
      status === 'UnderAppeal'
        ? [
            {
              id: 'appeal-1',
              sanctionId: SANCTION_ID,
              receivedOn: isoDate('2026-07-10'),
              withinDeadline: true,
              grounds: ['disproportionate'],
              statement: 'It stops me reporting repairs.',
              reviewerId: USERS.hana
            }
          ]
        : []
  };
}

describe('BR-09 sweeps reach a restriction in every status in which it is in force (SharePoint emulator)', () => {
  let h: Harness;

  beforeEach(async () => {
    h = await startHarness({}, { seedCase: false });
  });
  // Declared after the harness starts, so the snapshot is of the seeded site (issue 14).
  nothingElseChangesInEachTest(() => h.sp);

  afterEach(async () => {
    await h.close();
  });

  const run = (): ReturnType<typeof api> => api(h, 'POST', '/api/sweeps/run', undefined, {}, { 'x-ccm-sweep-key': 'test-sweep-key' });

  test.each(RUNNING)('BR-09 %s: the clock past the review date escalates the overdue review once, and the status stays', async (status) => {
    await h.putCase(caseIn(status, '2026-11-20', '2027-05-31'));
    expect((await run()).body).toMatchObject({ escalated: [CASE_ID], expired: [], skipped: [] });
    expect((await run()).body).toMatchObject({ escalated: [] });
    const kase = await h.state.caseOf();
    expect(kase).toMatchObject({ status, revision: SEEDED_REVISION + 1 });
    const tasks = kase.tasks.filter((t) => t.kind === 'reviewOverdue');
    expect(tasks.map((t) => t.assignees)).toEqual(expect.arrayContaining([[USERS.ed], [USERS.cara]]));
    expect((await h.state.auditFor('Sanction', SANCTION_ID)).filter((e) => e.action === 'review.escalated')).toHaveLength(1);
    expect(await h.state.verifyChain()).toMatchObject({ ok: true });
  });

  test.each(RUNNING)('BR-09 %s: the clock past the end date expires the restriction and asks for the "ended" letter', async (status) => {
    await h.putCase(caseIn(status, '2026-08-01', '2026-11-27'));
    expect((await run()).body).toMatchObject({ expired: [CASE_ID], skipped: [] });
    expect((await run()).body).toMatchObject({ expired: [] });
    const kase = await h.state.caseOf();
    expect(kase).toMatchObject({ status: 'Closed', closureReason: 'Expired', revision: SEEDED_REVISION + 1 });
    expect(kase.sanctions[0].status).toBe('Expired');
    const letterTasks = kase.tasks.filter((t) => t.kind === 'sendRestrictionEndedLetter');
    expect(letterTasks.map((t) => t.assignees)).toEqual([[USERS.cara]]);
    if (status !== 'SanctionActive') expect(letterTasks[0].detail).toMatch(/under way/);
    // The staff banner follows: a restriction that has ended is not shown to front-line staff.
    expect(await h.state.caseTeam.restrictionAlerts.listOpenForCase(CASE_ID)).toEqual([]);
    expect(await h.state.verifyChain()).toMatchObject({ ok: true });
  });
});
