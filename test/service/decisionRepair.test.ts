import { nothingElseChangesInEachTest } from '../data/emulatorHarness';
import { CARD_INPUTS, CARD_VERBS } from '../../src/cards';
import type { IsoInstant } from '../../src/domain';
import { crashingStore, type CrashPoint } from './support/crashingStore';
import {
  api,
  cardInvoke,
  CASE_ID,
  postActivity,
  SANCTION_ID,
  SEEDED_REVISION,
  startHarness,
  USERS,
  type Harness
} from './support/scenario';

/*
 * The service dies between two of the writes of a decision (the Decisions item, the audit
 * entries, the Cases row, the case's child rows, the approval requests and cards). Every
 * write before the crash has really reached the SharePoint emulator; the store throws at
 * the crash point as the request would stop there. Then either the approver clicks again
 * or the sweep runs, and SharePoint must hold exactly one decision, the complete audit
 * chain, the case moved on, the requests closed and the cards updated, nothing twice.
 */

jest.setTimeout(90000);

const COMMENT = 'Proportionate given the call log.';
const DECIDED_AT = '2026-11-28T10:00:00.000Z';
/** Later than the repair's grace period after the decision. */
const SWEEP_TIME = '2026-11-28T10:05:00.000Z' as IsoInstant;

describe('Case service: a crash between the writes of a decision is repaired (retry or sweep), with nothing duplicated', () => {
  let h: Harness;
  const armed: { point?: CrashPoint } = {};

  beforeEach(async () => {
    armed.point = undefined;
    h = await startHarness({}, { wrapStore: (store) => crashingStore(store, armed) });
    const asked = await api(h, 'POST', `/api/sanctions/${SANCTION_ID}/request-approval`, USERS.cara, { caseId: CASE_ID });
    expect(asked.status).toBe(202);
  });
  // Declared after the harness starts, so the snapshot is of the seeded site (issue 14).
  nothingElseChangesInEachTest(() => h.sp);

  afterEach(async () => {
    await h.close();
  });

  const approve = (): ReturnType<typeof postActivity> =>
    postActivity(
      h,
      cardInvoke(h, USERS.ed, CARD_VERBS.approve, { sanctionId: SANCTION_ID, sanctionVersion: 1, [CARD_INPUTS.comment]: COMMENT })
    );

  const sweep = async (): Promise<Record<string, unknown>> => {
    h.clock.now = SWEEP_TIME;
    const response = await api(h, 'POST', '/api/sweeps/run', undefined, {}, { 'x-ccm-sweep-key': 'test-sweep-key' });
    expect(response.status).toBe(200);
    return response.body;
  };

  const cardUpdates = (): number => h.connector.calls.filter((c) => c.kind === 'update').length;
  const noticesToProposer = (): number =>
    h.connector.calls.filter((c) => c.kind === 'send' && c.conversationId === `a:1on1-${USERS.cara}`).length;

  /** The approval crashes at `point`; returns what the crashed request answered. */
  async function crashAt(point: CrashPoint): Promise<{ status: number; body: unknown }> {
    armed.point = point;
    const crashed = await approve();
    expect(armed.point).toBeUndefined(); // The crash point was reached.
    expect(JSON.stringify(crashed.body ?? '')).not.toContain('Sanction decision: approved');
    return crashed;
  }

  /** One decision, the case moved on once, the complete and unbroken audit chain, requests closed, cards updated, the proposer told once. */
  async function expectCompleteDecision(): Promise<void> {
    const kase = await h.state.caseOf();
    expect(kase).toMatchObject({ status: 'SanctionLetterDraft', revision: SEEDED_REVISION + 1 });
    expect(kase.sanctions).toHaveLength(1);
    expect(kase.sanctions[0]).toMatchObject({
      status: 'Approved',
      approvals: [{ approverId: USERS.ed, outcome: 'Approve', reasons: COMMENT }]
    });
    expect(await h.state.decisions()).toEqual([
      expect.objectContaining({ id: `approval-${SANCTION_ID}-decision-0`, approverId: USERS.ed, outcome: 'Approve', decidedAt: DECIDED_AT })
    ]);
    const trail = await h.state.auditTrail();
    expect(trail.map((e) => e.action).sort()).toEqual(['case.decideSanction', 'sanction.approvalRequested', 'sanction.approved']);
    expect(trail.find((e) => e.action === 'case.decideSanction')).toMatchObject({
      actorId: USERS.ed,
      before: { status: 'SanctionProposed' },
      after: { status: 'SanctionLetterDraft' }
    });
    expect(await h.state.verifyChain()).toEqual({ ok: true, checked: 3 });
    for (const approver of [USERS.ed, USERS.hana]) {
      expect(await h.state.request(approver)).toMatchObject({ status: 'Decided', decidedAt: DECIDED_AT });
    }
    expect(cardUpdates()).toBe(2);
    expect(noticesToProposer()).toBe(1);
  }

  /** A second sweep finds nothing to do and writes nothing. */
  async function expectSweepIdle(): Promise<void> {
    const calls = h.connector.calls.length;
    expect(await sweep()).toMatchObject({ repairedDecisions: [], stuckDecisions: [], skipped: [] });
    expect(h.connector.calls.length).toBe(calls);
    await expectCompleteDecision();
  }

  test('after the Decisions item: the case is still open, the decision recorded; the sweep finishes it', async () => {
    await crashAt('afterDecisionItem');
    expect(await h.state.caseOf()).toMatchObject({ status: 'SanctionProposed', revision: SEEDED_REVISION });
    expect(await h.state.decisions()).toHaveLength(1);
    expect((await h.state.auditTrail()).map((e) => e.action)).toEqual(['sanction.approvalRequested']);
    expect(await h.state.request(USERS.ed)).toMatchObject({ status: 'Pending' });

    expect(await sweep()).toMatchObject({ repairedDecisions: [SANCTION_ID], stuckDecisions: [] });
    await expectCompleteDecision();
    await expectSweepIdle();
  });

  test('after the Decisions item: the approver clicking again finishes it and sees the decided card', async () => {
    await crashAt('afterDecisionItem');
    const retry = await approve();
    expect(retry.status).toBe(200);
    expect(JSON.stringify(retry.body.value)).toContain('Sanction decision: approved');
    await expectCompleteDecision();
    await expectSweepIdle();
  });

  test('after the audit entries: a click by the other approver finishes the first decision and is told it was already decided', async () => {
    await crashAt('afterAuditEntries');
    expect(await h.state.caseOf()).toMatchObject({ status: 'SanctionProposed', revision: SEEDED_REVISION });
    expect((await h.state.auditTrail()).map((e) => e.action).sort()).toEqual([
      'case.decideSanction',
      'sanction.approvalRequested',
      'sanction.approved'
    ]);
    const other = await postActivity(
      h,
      cardInvoke(h, USERS.hana, CARD_VERBS.reject, { sanctionId: SANCTION_ID, sanctionVersion: 1, [CARD_INPUTS.comment]: 'Too late.' })
    );
    expect(JSON.stringify(other.body.value)).toContain('already been decided');
    await expectCompleteDecision();
    await expectSweepIdle();
  });

  test('after the Cases row (the sanction row not yet updated): the sweep brings the child rows in line', async () => {
    await crashAt('afterCaseRow');
    const halfSaved = await h.state.caseOf();
    expect(halfSaved).toMatchObject({ status: 'SanctionLetterDraft', revision: SEEDED_REVISION + 1 });
    expect(halfSaved.sanctions[0]).toMatchObject({ status: 'Proposed' });
    expect(await sweep()).toMatchObject({ repairedDecisions: [SANCTION_ID], stuckDecisions: [] });
    await expectCompleteDecision();
    await expectSweepIdle();
  });

  test('after the case save: requests still Pending and cards not updated; the sweep announces it once', async () => {
    await crashAt('afterCaseSave');
    expect(await h.state.caseOf()).toMatchObject({ status: 'SanctionLetterDraft' });
    expect(await h.state.request(USERS.ed)).toMatchObject({ status: 'Pending' });
    expect(cardUpdates()).toBe(0);
    // Clicking again changes nothing ("already decided"); the sweep does the announcing.
    const again = await approve();
    expect(JSON.stringify(again.body.value)).toContain('Already decided');
    expect(cardUpdates()).toBe(0);
    expect(await sweep()).toMatchObject({ repairedDecisions: [SANCTION_ID] });
    await expectCompleteDecision();
    await expectSweepIdle();
  });

  test('a decision made moments ago is left to the request still writing it', async () => {
    await crashAt('afterDecisionItem');
    h.clock.now = '2026-11-28T10:00:30.000Z' as IsoInstant;
    const response = await api(h, 'POST', '/api/sweeps/run', undefined, {}, { 'x-ccm-sweep-key': 'test-sweep-key' });
    expect(response.body).toMatchObject({ repairedDecisions: [] });
    expect(await h.state.caseOf()).toMatchObject({ status: 'SanctionProposed' });
  });
});
