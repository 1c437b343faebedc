import { nothingElseChangesInEachTest } from '../data/emulatorHarness';
import type { Case, FoiRequestAssessment } from '../../src/domain';
import { isoDate, isoInstant } from '../../src/domain/model/dates';
import { adaptiveCardValidator } from './support/adaptiveCardSchema';
import { api, CASE_ID, proposedCase, SANCTION_ID, SEEDED_REVISION, startHarness, USERS, type Harness } from './support/scenario';

/*
 * The sweeps against the SharePoint emulator: the case is put in through the repositories,
 * the service (as svc.ccm) sweeps it, and the result is read back as the case team and the
 * auditor: case status, tasks, audit entries (chain verified) and reminders sent once.
 */

jest.setTimeout(60000);

/** The scenario's case after approval and the restriction letter: a live restriction. */
function activeCase(reviewDate: string, endDate: string): Case {
  const kase = proposedCase();
  const sanction = kase.sanctions[0];
  return {
    ...kase,
    status: 'SanctionActive',
    sanctions: [
      {
        ...sanction,
        status: 'Active',
        reviewDate: isoDate(reviewDate),
        endDate: isoDate(endDate),
        approvals: [
          {
            id: 'approval-1',
            approverId: USERS.ed,
            approverRole: 'executiveDirector',
            outcome: 'Approve',
            reasons: 'Agreed.',
            decidedAt: isoInstant('2026-11-28T10:00:00Z')
          }
        ]
      }
    ]
  };
}

function foiRequest(id: string, statutoryDueDate: string): FoiRequestAssessment {
  return {
    id,
    regime: 'FOIA',
    receivedOn: isoDate('2026-11-01'),
    statutoryDueDate: isoDate(statutoryDueDate),
    clarificationPauses: [],
    indicatorsConsidered: [],
    conciliatorySteps: [],
    handlerId: USERS.sam,
    handlerHeavilyInvolved: false
  };
}

describe('Sweeps: reminders, BR-09 escalation and expiry, idempotent (SharePoint emulator)', () => {
  let h: Harness;
  const validate = adaptiveCardValidator();

  beforeEach(async () => {
    h = await startHarness({}, { seedCase: false });
  });
  // Declared after the harness starts, so the snapshot is of the seeded site (issue 14).
  nothingElseChangesInEachTest(() => h.sp);

  afterEach(async () => {
    await h.close();
  });

  const run = (key: string = 'test-sweep-key'): ReturnType<typeof api> =>
    api(h, 'POST', '/api/sweeps/run', undefined, {}, { 'x-ccm-sweep-key': key });

  test('the endpoint needs the shared key', async () => {
    expect((await run('wrong')).status).toBe(401);
    expect((await api(h, 'POST', '/api/sweeps/run', USERS.ed, {})).status).toBe(401);
  });

  test('review reminder before the review date: sent once however often the sweep runs, claimed once in the AuditLog', async () => {
    await h.putCase(activeCase('2026-12-04', '2027-05-31'));
    const first = await run();
    expect(first.body).toMatchObject({ reviewReminders: [CASE_ID], escalated: [], expired: [], skipped: [] });
    const sendsAfterFirst = h.connector.calls.filter((c) => c.kind === 'send').length;
    expect(sendsAfterFirst).toBe(2); // case officer and approver
    const second = await run();
    expect(second.body).toMatchObject({ reviewReminders: [], escalated: [], expired: [] });
    expect(h.connector.calls.filter((c) => c.kind === 'send')).toHaveLength(sendsAfterFirst);
    expect((await h.state.auditFor('Sanction', SANCTION_ID)).map((e) => e.action)).toEqual(['reminder.reviewDue']);
    expect(await h.state.caseOf()).toMatchObject({ status: 'SanctionActive', revision: SEEDED_REVISION });
    expect(await h.state.verifyChain()).toEqual({ ok: true, checked: 1 });
  });

  test('the reminder follows the time frame the administrator saved, not the default (issue 18)', async () => {
    // Review on Friday 18 December 2026; the sweep runs on Saturday 28 November. Ten working days
    // before (the default) is 4 December: too early to remind.
    await h.putCase(activeCase('2026-12-18', '2027-05-31'));
    expect((await run()).body).toMatchObject({ reviewReminders: [] });
    // Ada Adams (CCM Administrators) sets twenty working days from 1 November: 20 November.
    await h.sp.storeAs('ada.admin').settings.set('timeFrames', {
      versions: [{ effectiveFrom: '2026-11-01', overrides: { reviewerReminderWorkingDays: 20 } }]
    });
    expect((await run()).body).toMatchObject({ reviewReminders: [CASE_ID] });
  });

  test('overdue review escalates to the approver and the CRO once (BR-09)', async () => {
    await h.putCase(activeCase('2026-11-20', '2027-05-31'));
    expect((await run()).body).toMatchObject({ escalated: [CASE_ID], skipped: [] });
    expect((await run()).body).toMatchObject({ escalated: [] });
    const kase = await h.state.caseOf();
    expect(kase.revision).toBe(SEEDED_REVISION + 1);
    // One task each (the Tasks list finds a user's work by its one "Assigned to" column).
    const tasks = kase.tasks.filter((t) => t.kind === 'reviewOverdue');
    expect(tasks.map((t) => t.assignees)).toEqual(expect.arrayContaining([[USERS.ed], [USERS.cara]]));
    expect(tasks.every((t) => t.assignees.length === 1)).toBe(true);
    expect((await h.state.auditFor('Sanction', SANCTION_ID)).filter((e) => e.action === 'review.escalated')).toHaveLength(1);
    expect(await h.state.verifyChain()).toMatchObject({ ok: true });
  });

  test('at the end date the restriction expires and one "restriction ended" letter task is created', async () => {
    await h.putCase(activeCase('2026-08-01', '2026-11-27'));
    expect((await run()).body).toMatchObject({ expired: [CASE_ID], skipped: [] });
    expect((await run()).body).toMatchObject({ expired: [] });
    const kase = await h.state.caseOf();
    expect(kase).toMatchObject({ status: 'Closed', closureReason: 'Expired', revision: SEEDED_REVISION + 1 });
    expect(kase.sanctions[0].status).toBe('Expired');
    expect(kase.tasks.filter((t) => t.kind === 'sendRestrictionEndedLetter')).toHaveLength(1);
    expect((await h.state.auditFor('Case', CASE_ID)).map((e) => e.action)).toEqual(['case.expireSanction']);
    expect(await h.state.verifyChain()).toMatchObject({ ok: true });
    const notices = h.connector.calls.filter((c) => c.kind === 'send');
    expect(notices).toHaveLength(1);
    expect(validate((notices[0].body.attachments as Array<{ content: unknown }>)[0].content)).toEqual([]);
  });

  test('FOI/EIR deadline reminders go to the handler once', async () => {
    await h.foi.create(foiRequest('foi-7', '2026-12-02'));
    await h.foi.create(foiRequest('foi-8', '2027-01-29'));
    expect((await run()).body).toMatchObject({ foiReminders: ['foi-7'] });
    expect((await run()).body).toMatchObject({ foiReminders: [] });
    expect(h.connector.calls.filter((c) => c.kind === 'send')).toHaveLength(1);
    expect((await h.state.auditFor('FoiRequestAssessment', 'foi-7')).map((e) => e.action)).toEqual(['reminder.foiDue']);
    expect(await h.state.auditFor('FoiRequestAssessment', 'foi-8')).toEqual([]);
  });

  test('two sweeps at once (two instances) still create one expiry', async () => {
    await h.putCase(activeCase('2026-08-01', '2026-11-27'));
    await Promise.all([run(), run()]);
    const kase = await h.state.caseOf();
    expect(kase.tasks.filter((t) => t.kind === 'sendRestrictionEndedLetter')).toHaveLength(1);
    expect(kase.revision).toBe(SEEDED_REVISION + 1);
    expect((await h.state.auditFor('Case', CASE_ID)).map((e) => e.action)).toEqual(['case.expireSanction']);
    expect(await h.state.verifyChain()).toMatchObject({ ok: true });
    expect(SANCTION_ID).toBe(kase.sanctions[0].id);
  });
});
