import { nothingElseChangesInEachTest } from '../data/emulatorHarness';
import { CARD_INPUTS, CARD_VERBS } from '../../src/cards';
import { adaptiveCardValidator } from './support/adaptiveCardSchema';
import {
  api,
  cardInvoke,
  CASE_ID,
  NAMES,
  postActivity,
  SANCTION_ID,
  SEEDED_REVISION,
  startHarness,
  USERS,
  type Harness
} from './support/scenario';

/*
 * Every scenario here runs the service against the SharePoint emulator (provisioned, the
 * demo personas in their groups), acting as the service account, and asserts what is in
 * SharePoint afterwards, read back through the repositories as the auditor or the case team.
 */

const data = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({ sanctionId: SANCTION_ID, sanctionVersion: 1, ...extra });
const validate = adaptiveCardValidator();

function cardText(card: unknown): string {
  return JSON.stringify(card);
}

jest.setTimeout(60000);

describe('Case service: sanction approvals over HTTP (Bot Framework activities, loopback Bot Connector, SharePoint emulator)', () => {
  let h: Harness;

  beforeEach(async () => {
    h = await startHarness();
  });
  // Declared after the harness starts, so the snapshot is of the seeded site (issue 14).
  nothingElseChangesInEachTest(() => h.sp);

  afterEach(async () => {
    await h.close();
  });

  async function requestApproval(): Promise<void> {
    const response = await api(h, 'POST', `/api/sanctions/${SANCTION_ID}/request-approval`, USERS.cara, { caseId: CASE_ID });
    expect(response).toMatchObject({ status: 202, body: { approvalId: SANCTION_ID, status: 'Pending' } });
  }

  /** Nothing was decided: the case, the sanction, the Decisions list and the audit log are as seeded (plus `auditEntries`). */
  async function expectUnchanged(auditEntries: number): Promise<void> {
    const kase = await h.state.caseOf();
    expect(kase).toMatchObject({ status: 'SanctionProposed', revision: SEEDED_REVISION });
    expect(kase.sanctions[0]).toMatchObject({ status: 'Proposed', approvals: [] });
    expect(await h.state.decisions()).toEqual([]);
    expect(await h.state.verifyChain()).toEqual({ ok: true, checked: auditEntries });
  }

  test('requesting approval sends a valid 1.5 card to each designated approver and stores conversation and activity ids in SharePoint', async () => {
    await requestApproval();
    const sends = h.connector.calls.filter((c) => c.kind === 'send');
    expect(sends.map((s) => s.conversationId).sort()).toEqual([`a:1on1-${USERS.ed}`, `a:1on1-${USERS.hana}`].sort());
    for (const send of sends) {
      const card = (send.body.attachments as Array<{ content: unknown }>)[0].content;
      expect(validate(card)).toEqual([]);
      const text = cardText(card);
      expect(text).toContain(CASE_ID);
      expect(text).toContain('1 December 2026');
      expect(text).toContain('Unreasonable levels of contact');
      expect(text).toContain(CARD_VERBS.approve);
    }
    for (const approver of [USERS.ed, USERS.hana]) {
      expect(await h.state.request(approver)).toMatchObject({
        status: 'Pending',
        approverId: approver,
        caseId: CASE_ID,
        conversationId: `a:1on1-${approver}`,
        activityId: expect.stringMatching(/^activity-/),
        sentAt: expect.any(String)
      });
    }
    expect((await h.state.auditFor('Sanction', SANCTION_ID)).map((e) => e.action)).toEqual(['sanction.approvalRequested']);
    // Asking twice sends nothing more and logs nothing more (keyed by sanction and approver).
    await requestApproval();
    expect(h.connector.calls.filter((c) => c.kind === 'send')).toHaveLength(2);
    expect(await h.state.verifyChain()).toEqual({ ok: true, checked: 1 });
  });

  test('a member of staff cannot ask for approval', async () => {
    const refused = await api(h, 'POST', `/api/sanctions/${SANCTION_ID}/request-approval`, USERS.sam, {});
    expect(refused.status).toBe(403);
    expect(await h.state.request(USERS.ed)).toBeUndefined();
    await expectUnchanged(0);
  });

  test('approve: one decision item, the case moves on, audit entries chained, cards updated, the proposer told', async () => {
    await requestApproval();
    const response = await postActivity(
      h,
      cardInvoke(h, USERS.ed, CARD_VERBS.approve, data({ [CARD_INPUTS.comment]: 'Proportionate given the call log.' }))
    );
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(validate(response.body.value)).toEqual([]);
    expect(cardText(response.body.value)).toContain('Approved');

    const kase = await h.state.caseOf();
    expect(kase).toMatchObject({ status: 'SanctionLetterDraft', revision: SEEDED_REVISION + 1 });
    expect(kase.sanctions[0]).toMatchObject({
      status: 'Approved',
      approvals: [{ approverId: USERS.ed, outcome: 'Approve', reasons: 'Proportionate given the call log.' }]
    });
    const decisions = await h.state.decisions();
    expect(decisions).toEqual([
      expect.objectContaining({
        id: `approval-${SANCTION_ID}-decision-0`,
        approverId: USERS.ed,
        approverRole: 'executiveDirector',
        outcome: 'Approve',
        decidedAt: '2026-11-28T10:00:00.000Z'
      })
    ]);
    const trail = await h.state.auditTrail();
    expect(trail.map((e) => e.action).sort()).toEqual(['case.decideSanction', 'sanction.approvalRequested', 'sanction.approved']);
    expect(trail.find((e) => e.action === 'case.decideSanction')).toMatchObject({
      actorId: USERS.ed,
      before: { status: 'SanctionProposed' },
      after: { status: 'SanctionLetterDraft' }
    });
    expect(await h.state.verifyChain()).toEqual({ ok: true, checked: 3 });

    const updates = h.connector.calls.filter((c) => c.kind === 'update');
    expect(updates).toHaveLength(2);
    for (const u of updates) expect(validate((u.body.attachments as Array<{ content: unknown }>)[0].content)).toEqual([]);
    for (const approver of [USERS.ed, USERS.hana])
      expect(await h.state.request(approver)).toMatchObject({ status: 'Decided', decidedAt: '2026-11-28T10:00:00.000Z' });
    const notices = h.connector.calls.filter((c) => c.kind === 'send' && c.conversationId === `a:1on1-${USERS.cara}`);
    expect(notices).toHaveLength(1);
  });

  test('reject needs a reason: refused without one (nothing written), recorded with one', async () => {
    await requestApproval();
    const without = await postActivity(h, cardInvoke(h, USERS.ed, CARD_VERBS.reject, data({ [CARD_INPUTS.comment]: '  ' })));
    expect(cardText(without.body.value)).toContain('Give a reason for rejecting');
    expect(validate(without.body.value)).toEqual([]);
    await expectUnchanged(1);

    const withReason = await postActivity(
      h,
      cardInvoke(h, USERS.ed, CARD_VERBS.reject, data({ [CARD_INPUTS.comment]: 'Monitoring showed improvement.' }))
    );
    expect(cardText(withReason.body.value)).toContain('Rejected');
    const kase = await h.state.caseOf();
    expect(kase.sanctions[0]).toMatchObject({
      status: 'Rejected',
      approvals: [{ outcome: 'Reject', reasons: 'Monitoring showed improvement.' }]
    });
    expect(kase).toMatchObject({ status: 'Closed', closureReason: 'Rejected' });
    expect(await h.state.decisions()).toEqual([
      expect.objectContaining({ approverId: USERS.ed, outcome: 'Reject', reasons: 'Monitoring showed improvement.' })
    ]);
    expect((await h.state.auditTrail()).map((e) => e.action).sort()).toEqual([
      'case.decideSanction',
      'sanction.approvalRequested',
      'sanction.rejected'
    ]);
    expect(await h.state.verifyChain()).toEqual({ ok: true, checked: 3 });
  });

  test('ask for changes needs a comment and sends the proposal back', async () => {
    await requestApproval();
    const without = await postActivity(h, cardInvoke(h, USERS.hana, CARD_VERBS.askForChanges, data()));
    expect(cardText(without.body.value)).toContain('Say what needs to change');
    await expectUnchanged(1);
    const withComment = await postActivity(
      h,
      cardInvoke(h, USERS.hana, CARD_VERBS.askForChanges, data({ [CARD_INPUTS.comment]: 'Name cover for the SPOC in Housing.' }))
    );
    expect(cardText(withComment.body.value)).toContain('Changes requested');
    const kase = await h.state.caseOf();
    expect(kase.sanctions[0]).toMatchObject({
      status: 'ChangesRequested',
      approvals: [{ approverId: USERS.hana, outcome: 'AskForChanges', reasons: 'Name cover for the SPOC in Housing.' }]
    });
    expect(await h.state.decisions()).toEqual([
      expect.objectContaining({ approverId: USERS.hana, approverRole: 'headOfService', outcome: 'AskForChanges' })
    ]);
    expect((await h.state.auditTrail()).map((e) => e.action).sort()).toEqual([
      'case.decideSanction',
      'sanction.approvalRequested',
      'sanction.changesRequested'
    ]);
    expect(await h.state.verifyChain()).toEqual({ ok: true, checked: 3 });
  });

  test('a non-approver is refused (BR-01) and nothing is written', async () => {
    const response = await postActivity(h, cardInvoke(h, USERS.sam, CARD_VERBS.approve, data()));
    expect(cardText(response.body.value)).toContain('Only a designated approver');
    await expectUnchanged(0);
  });

  test('the proposer is refused even when holding an approver role (separation of duties)', async () => {
    await h.setRoles({
      customerRelationsOfficer: [USERS.cara],
      executiveDirector: [USERS.ed, USERS.cara],
      headOfService: [USERS.hana],
      staff: [USERS.sam]
    });
    const response = await postActivity(h, cardInvoke(h, USERS.cara, CARD_VERBS.approve, data()));
    expect(cardText(response.body.value)).toContain('You proposed this sanction');
    await expectUnchanged(0);
  });

  test('a double click records one decision and the second click gets "already decided by X at T"', async () => {
    await requestApproval();
    const first = await postActivity(h, cardInvoke(h, USERS.ed, CARD_VERBS.approve, data()));
    const second = await postActivity(h, cardInvoke(h, USERS.ed, CARD_VERBS.approve, data()));
    expect(cardText(first.body.value)).toContain('Approved');
    expect(cardText(second.body.value)).toContain('Already decided (approved) by ');
    expect(cardText(second.body.value)).toContain(NAMES.ed);
    expect(cardText(second.body.value)).toContain('28 November 2026 at 10:00');
    const kase = await h.state.caseOf();
    expect(kase.revision).toBe(SEEDED_REVISION + 1);
    expect(kase.sanctions[0].approvals).toHaveLength(1);
    expect(await h.state.decisions()).toHaveLength(1);
    expect(await h.state.verifyChain()).toEqual({ ok: true, checked: 3 });
  });

  test('two approvers racing: exactly one decision, the other told who won, no audit entry lost', async () => {
    await requestApproval();
    const [a, b] = await Promise.all([
      postActivity(h, cardInvoke(h, USERS.ed, CARD_VERBS.approve, data({ [CARD_INPUTS.comment]: 'Ed approves.' }))),
      postActivity(h, cardInvoke(h, USERS.hana, CARD_VERBS.reject, data({ [CARD_INPUTS.comment]: 'Hugh rejects.' })))
    ]);
    const texts = [cardText(a.body.value), cardText(b.body.value)];
    expect(texts.filter((t) => t.includes('already been decided'))).toHaveLength(1);
    const kase = await h.state.caseOf();
    expect(kase.revision).toBe(SEEDED_REVISION + 1);
    expect(kase.sanctions[0].approvals).toHaveLength(1);
    const decisions = await h.state.decisions();
    expect(decisions).toHaveLength(1);
    const winner = decisions[0];
    expect(kase.sanctions[0].approvals[0]).toMatchObject({ id: winner.id, approverId: winner.approverId, outcome: winner.outcome });
    const trail = await h.state.auditTrail();
    const decisionEvents = trail.filter((e) => e.action !== 'sanction.approvalRequested');
    expect(decisionEvents.every((e) => e.actorId === winner.approverId)).toBe(true);
    expect(decisionEvents.map((e) => e.action).sort()).toEqual(
      ['case.decideSanction', winner.outcome === 'Approve' ? 'sanction.approved' : 'sanction.rejected'].sort()
    );
    // The chain holds every entry once, unbroken: nothing lost, nothing forked.
    expect(await h.state.verifyChain()).toEqual({ ok: true, checked: 3 });
  });

  test('a stale card (older sanction version) changes nothing and refresh shows the decided view', async () => {
    await requestApproval();
    await postActivity(h, cardInvoke(h, USERS.ed, CARD_VERBS.approve, data()));
    const stale = await postActivity(
      h,
      cardInvoke(h, USERS.hana, CARD_VERBS.reject, data({ sanctionVersion: 0, [CARD_INPUTS.comment]: 'Late.' }))
    );
    expect(cardText(stale.body.value)).toContain('already been decided');
    const refreshed = await postActivity(h, cardInvoke(h, USERS.hana, CARD_VERBS.refresh, data()));
    expect(cardText(refreshed.body.value)).toContain('Sanction decision: approved');
    const kase = await h.state.caseOf();
    expect(kase).toMatchObject({ status: 'SanctionLetterDraft', revision: SEEDED_REVISION + 1 });
    expect(await h.state.decisions()).toEqual([expect.objectContaining({ approverId: USERS.ed, outcome: 'Approve' })]);
    expect(await h.state.verifyChain()).toEqual({ ok: true, checked: 3 });
  });

  test('a stale card for an open sanction (version moved on) is refused and nothing is written', async () => {
    const stale = await postActivity(h, cardInvoke(h, USERS.ed, CARD_VERBS.approve, data({ sanctionVersion: 0 })));
    expect(cardText(stale.body.value)).toContain('This card is out of date');
    await expectUnchanged(0);
  });

  test('refresh gives approvers the decision card and others a read-only view', async () => {
    const approver = await postActivity(h, cardInvoke(h, USERS.ed, CARD_VERBS.refresh, data()));
    expect(cardText(approver.body.value)).toContain(CARD_VERBS.approve);
    const other = await postActivity(h, cardInvoke(h, USERS.sam, CARD_VERBS.refresh, data()));
    expect(cardText(other.body.value)).toContain('Sanction awaiting a decision');
    expect(cardText(other.body.value)).not.toContain(CARD_VERBS.approve);
    await expectUnchanged(0);
  });

  test('message and installationUpdate activities get cards in the conversation', async () => {
    await requestApproval();
    const before = h.connector.calls.length;
    const message = { ...cardInvoke(h, USERS.ed, '', {}), type: 'message', name: undefined, value: undefined, text: 'approvals' };
    expect((await postActivity(h, message)).status).toBe(200);
    const install = { ...cardInvoke(h, USERS.ed, '', {}), type: 'installationUpdate', name: undefined, value: undefined, action: 'add' };
    expect((await postActivity(h, install)).status).toBe(200);
    const sent = h.connector.calls.slice(before).filter((c) => c.kind === 'send');
    const texts = sent.map((s) => cardText(s.body));
    expect(texts.some((t) => t.includes('Sanction approval needed'))).toBe(true);
    expect(texts.some((t) => t.includes('Type \\"approvals\\"'))).toBe(true);
  });

  test('a reply the Bot Connector will not take is logged, and the message still answered 200 (a 500 makes Teams send it again)', async () => {
    await requestApproval();
    const before = h.connector.calls.length;
    const loggedBefore = h.logged.length;
    // A conversation the connector does not know: its reply address is not found (404).
    const message = {
      ...cardInvoke(h, USERS.ed, '', {}),
      type: 'message',
      name: undefined,
      value: undefined,
      text: 'approvals',
      conversation: { id: 'unknown/conversation', conversationType: 'personal', tenantId: 'local-tenant' }
    };
    expect((await postActivity(h, message)).status).toBe(200);
    expect(h.connector.calls.slice(before).filter((c) => c.kind === 'send')).toEqual([]);
    const logged = h.logged.slice(loggedBefore).map((entry) => String((entry as unknown[])[0]));
    expect(logged).toEqual([
      expect.stringMatching(/^A reply in Teams could not be delivered \(.*404.*\); the person can type "approvals" again$/)
    ]);
  });

  test("the tab inbox uses the same decision code with the user's Entra token", async () => {
    await requestApproval();
    const mine = await api(h, 'GET', '/api/approvals/mine', USERS.hana);
    expect(mine.status).toBe(200);
    expect(mine.body).toEqual([
      expect.objectContaining({ approvalId: SANCTION_ID, caseId: CASE_ID, status: 'Pending', proposedBy: NAMES.cara })
    ]);
    expect((await api(h, 'POST', `/api/approvals/${SANCTION_ID}/decision`, USERS.hana, { outcome: 'Reject', reasons: '' })).status).toBe(
      422
    );
    expect(
      await api(h, 'POST', `/api/approvals/${SANCTION_ID}/decision`, USERS.hana, { outcome: 'Approve', reasons: 'Agreed.' })
    ).toMatchObject({ status: 200, body: { status: 'Approved' } });
    const again = await api(h, 'POST', `/api/approvals/${SANCTION_ID}/decision`, USERS.ed, { outcome: 'Reject', reasons: 'No.' });
    expect(again.status).toBe(409);
    expect(String(again.body.message).startsWith(`Already decided by ${NAMES.hana} on 28 November 2026 at 10:00`)).toBe(true);
    expect(h.connector.calls.filter((c) => c.kind === 'update')).toHaveLength(2);
    expect(await h.state.decisions()).toEqual([
      expect.objectContaining({ approverId: USERS.hana, outcome: 'Approve', reasons: 'Agreed.' })
    ]);
    expect((await api(h, 'GET', '/api/approvals/mine', USERS.ed)).body).toEqual([]);
  });

  test('the API refuses requests without a valid Entra token (401)', async () => {
    expect((await api(h, 'GET', '/api/approvals/mine', undefined)).status).toBe(401);
    const forged = await fetch(`${h.service.url}/api/approvals/mine`, {
      headers: { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJvaWQiOiJ4In0.' }
    });
    expect(forged.status).toBe(401);
    const wrongAudience = await h.issuer.issue(USERS.ed, { audience: 'api://someone-else' });
    expect((await fetch(`${h.service.url}/api/approvals/mine`, { headers: { authorization: `Bearer ${wrongAudience}` } })).status).toBe(
      401
    );
    const decide = await fetch(`${h.service.url}/api/approvals/${SANCTION_ID}/decision`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ outcome: 'Approve', reasons: 'x' })
    });
    expect(decide.status).toBe(401);
    await expectUnchanged(0);
  });
});

describe('Bot Framework authentication on (the default)', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ verifyBotFrameworkTokens: true });
  });

  afterAll(async () => {
    await h.close();
  });

  test('an invoke without a token, or with an unsigned one, is refused with 401 and nothing is written to SharePoint', async () => {
    const activity = cardInvoke(h, USERS.ed, CARD_VERBS.approve, data());
    expect((await postActivity(h, activity)).status).toBe(401);
    expect(
      (await postActivity(h, activity, { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJhdWQiOiJ0ZXN0LWJvdC1hcHAtaWQifQ.' })).status
    ).toBe(401);
    const kase = await h.state.caseOf();
    expect(kase).toMatchObject({ status: 'SanctionProposed', revision: SEEDED_REVISION });
    expect(kase.sanctions[0]).toMatchObject({ status: 'Proposed', approvals: [] });
    expect(await h.state.decisions()).toEqual([]);
    expect(await h.state.verifyChain()).toEqual({ ok: true, checked: 0 });
  });

  test('secure by default: configuration without CCM_VERIFY_BOT_TOKENS keeps validation on', () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { configFromEnv } = require('../../src/service/config') as typeof import('../../src/service/config');
    expect(configFromEnv({}).verifyBotFrameworkTokens).toBe(true);
    expect(configFromEnv({ CCM_VERIFY_BOT_TOKENS: 'no' }).verifyBotFrameworkTokens).toBe(true);
  });
});
