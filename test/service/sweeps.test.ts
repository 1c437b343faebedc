import type { Case } from '../../src/domain';
import { isoDate, isoInstant } from '../../src/domain/model/dates';
import { adaptiveCardValidator } from './support/adaptiveCardSchema';
import { api, CASE_ID, proposedCase, SANCTION_ID, startHarness, USERS, type Harness } from './support/scenario';

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
        approvals: [{ id: 'approval-1', approverId: USERS.ed, approverRole: 'executiveDirector', outcome: 'Approve', reasons: 'Agreed.', decidedAt: isoInstant('2026-11-28T10:00:00Z') }]
      }
    ]
  };
}

describe('Sweeps: reminders, BR-09 escalation and expiry, idempotent', () => {
  let h: Harness;
  const validate = adaptiveCardValidator();

  beforeEach(async () => {
    h = await startHarness();
  });

  afterEach(async () => {
    await h.close();
  });

  const run = (key: string = 'test-sweep-key'): ReturnType<typeof api> => api(h, 'POST', '/api/sweeps/run', undefined, {}, { 'x-ccm-sweep-key': key });

  test('the endpoint needs the shared key', async () => {
    expect((await run('wrong')).status).toBe(401);
    expect((await api(h, 'POST', '/api/sweeps/run', USERS.ed, {})).status).toBe(401);
  });

  test('review reminder before the review date: sent once however often the sweep runs', async () => {
    h.store.put(activeCase('2026-12-04', '2027-05-31'));
    const first = await run();
    expect(first.body).toMatchObject({ reviewReminders: [CASE_ID], escalated: [], expired: [] });
    const sendsAfterFirst = h.connector.calls.filter((c) => c.kind === 'send').length;
    expect(sendsAfterFirst).toBe(2); // case officer and approver
    const second = await run();
    expect(second.body).toMatchObject({ reviewReminders: [], escalated: [], expired: [] });
    expect(h.connector.calls.filter((c) => c.kind === 'send')).toHaveLength(sendsAfterFirst);
  });

  test('overdue review escalates to the approver and the CRO once (BR-09)', async () => {
    h.store.put(activeCase('2026-11-20', '2027-05-31'));
    expect((await run()).body).toMatchObject({ escalated: [CASE_ID] });
    expect((await run()).body).toMatchObject({ escalated: [] });
    const tasks = h.store.caseOf(CASE_ID).tasks.filter((t) => t.kind === 'reviewOverdue');
    expect(tasks).toHaveLength(1);
    expect(tasks[0].assignees).toEqual(expect.arrayContaining([USERS.ed, USERS.cara]));
    expect(h.store.auditLog.filter((e) => e.action === 'review.escalated')).toHaveLength(1);
  });

  test('at the end date the restriction expires and one "restriction ended" letter task is created', async () => {
    h.store.put(activeCase('2026-08-01', '2026-11-27'));
    expect((await run()).body).toMatchObject({ expired: [CASE_ID] });
    expect((await run()).body).toMatchObject({ expired: [] });
    const kase = h.store.caseOf(CASE_ID);
    expect(kase).toMatchObject({ status: 'Closed', closureReason: 'Expired' });
    expect(kase.sanctions[0].status).toBe('Expired');
    expect(kase.tasks.filter((t) => t.kind === 'sendRestrictionEndedLetter')).toHaveLength(1);
    const notices = h.connector.calls.filter((c) => c.kind === 'send');
    expect(notices).toHaveLength(1);
    expect(validate((notices[0].body.attachments as Array<{ content: unknown }>)[0].content)).toEqual([]);
  });

  test('FOI/EIR deadline reminders go to the handler once', async () => {
    h.store.foiItems.push({ id: 'foi-7', reference: "FOI/2026/0107 O'Brien", handlerId: USERS.sam, statutoryDueDate: isoDate('2026-12-02') });
    h.store.foiItems.push({ id: 'foi-8', reference: 'FOI/2026/0108', handlerId: USERS.sam, statutoryDueDate: isoDate('2027-01-29') });
    expect((await run()).body).toMatchObject({ foiReminders: ['foi-7'] });
    expect((await run()).body).toMatchObject({ foiReminders: [] });
    expect(h.connector.calls.filter((c) => c.kind === 'send')).toHaveLength(1);
  });

  test('two sweeps at once (two instances) still create one expiry', async () => {
    h.store.put(activeCase('2026-08-01', '2026-11-27'));
    await Promise.all([run(), run()]);
    const kase = h.store.caseOf(CASE_ID);
    expect(kase.tasks.filter((t) => t.kind === 'sendRestrictionEndedLetter')).toHaveLength(1);
    expect(h.store.saves).toBe(1);
    expect(SANCTION_ID).toBe(kase.sanctions[0].id);
  });
});
