import { nothingElseChangesInEachTest } from '../data/emulatorHarness';
import { CARD_INPUTS, CARD_VERBS } from '../../src/cards';
import { isoDate } from '../../src/domain/model/dates';
import type { ReasonableAdjustment } from '../../src/domain/model/person';
import { adaptiveCardValidator } from './support/adaptiveCardSchema';
import { api, cardInvoke, postActivity, SANCTION_ID, SEEDED_REVISION, startHarness, USERS, type Harness } from './support/scenario';

/*
 * BR-31 widened (issue 16 item 6): the approver confirms the channel works for the person.
 * The service runs against the SharePoint emulator; the subject has communication needs,
 * recorded in words that must never reach the card (BR-22).
 */

const RECORDED_WORDS = 'Registered blind after a stroke; speaks Tigrinya';
const needs: ReasonableAdjustment[] = [
  { kind: 'needsAdvocate', description: RECORDED_WORDS, communicationNeed: true, recordedOn: isoDate('2026-01-05') },
  { kind: 'needsInterpreter', description: RECORDED_WORDS, communicationNeed: true, recordedOn: isoDate('2026-01-05') }
];
const data = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({ sanctionId: SANCTION_ID, sanctionVersion: 1, ...extra });
const validate = adaptiveCardValidator();
const cardOf = (body: { attachments?: Array<{ content: unknown }> }): unknown => (body.attachments ?? [])[0]?.content;

jest.setTimeout(60000);

describe('Case service: the approver confirms the channel works for the person (BR-31 widened, emulator)', () => {
  let h: Harness;

  beforeEach(async () => {
    h = await startHarness({}, { subject: { reasonableAdjustments: needs } });
  });
  nothingElseChangesInEachTest(() => h.sp);
  afterEach(async () => {
    await h.close();
  });

  async function requestApproval(): Promise<void> {
    const response = await api(h, 'POST', `/api/sanctions/${SANCTION_ID}/request-approval`, USERS.cara, { caseId: 'CCM-2026-0042' });
    expect(response.status).toBe(202);
  }

  test('the card shows the channel and fixed instructions, never the recorded words, with a confirmation toggle', async () => {
    await requestApproval();
    const sends = h.connector.calls.filter((c) => c.kind === 'send');
    expect(sends).toHaveLength(2);
    for (const send of sends) {
      const card = cardOf(send.body as { attachments?: Array<{ content: unknown }> });
      expect(validate(card)).toEqual([]);
      const text = JSON.stringify(card);
      expect(text).toContain('Does the channel work for this person?');
      expect(text).toContain('By email with Customer Relations Officer');
      expect(text).toContain('Involve their advocate.');
      expect(text).toContain('Use an interpreter.');
      expect(text).toContain(`"id":"${CARD_INPUTS.channelConfirmed}"`);
      expect(text).not.toContain('Tigrinya');
      expect(text).not.toContain('stroke');
    }
  });

  test('Approve from the card without the confirmation is refused and nothing is stored; with it, the decision and its confirmation are in SharePoint', async () => {
    await requestApproval();
    const refused = await postActivity(h, cardInvoke(h, USERS.ed, CARD_VERBS.approve, data({ [CARD_INPUTS.comment]: 'Proportionate.' })));
    expect(refused.status).toBe(200);
    expect(validate(refused.body.value)).toEqual([]);
    const refusedText = JSON.stringify(refused.body.value);
    expect(refusedText).toContain('Confirm the contact channel works for this person');
    // The same card again, so the approver can tick the toggle and decide.
    expect(refusedText).toContain(`"id":"${CARD_INPUTS.channelConfirmed}"`);
    const unchanged = await h.state.caseOf();
    expect(unchanged).toMatchObject({ status: 'SanctionProposed', revision: SEEDED_REVISION });
    expect(unchanged.sanctions[0]).toMatchObject({ status: 'Proposed', approvals: [] });
    expect(await h.state.decisions()).toEqual([]);
    expect(await h.state.verifyChain()).toEqual({ ok: true, checked: 1 });

    const toggledOff = await postActivity(
      h,
      cardInvoke(
        h,
        USERS.ed,
        CARD_VERBS.approve,
        data({ [CARD_INPUTS.comment]: 'Proportionate.', [CARD_INPUTS.channelConfirmed]: 'false' })
      )
    );
    expect(JSON.stringify(toggledOff.body.value)).toContain('Confirm the contact channel works for this person');
    expect(await h.state.decisions()).toEqual([]);

    const approved = await postActivity(
      h,
      cardInvoke(h, USERS.ed, CARD_VERBS.approve, data({ [CARD_INPUTS.comment]: 'Proportionate.', [CARD_INPUTS.channelConfirmed]: 'true' }))
    );
    expect(approved.status).toBe(200);
    expect(validate(approved.body.value)).toEqual([]);
    expect(JSON.stringify(approved.body.value)).toContain('Approved');
    const kase = await h.state.caseOf();
    expect(kase).toMatchObject({ status: 'SanctionLetterDraft', revision: SEEDED_REVISION + 1 });
    expect(kase.sanctions[0].approvals).toEqual([
      expect.objectContaining({ approverId: USERS.ed, outcome: 'Approve', channelConfirmed: true })
    ]);
    expect(await h.state.decisions()).toEqual([
      expect.objectContaining({ approverId: USERS.ed, outcome: 'Approve', channelConfirmed: true })
    ]);
    expect(await h.state.verifyChain()).toEqual({ ok: true, checked: 3 });
  });

  test('the tab API refuses Approve without the confirmation (422, BR-31) and records it with', async () => {
    await requestApproval();
    const path = `/api/approvals/${SANCTION_ID}/decision`;
    const refused = await api(h, 'POST', path, USERS.hana, { outcome: 'Approve', reasons: 'Agreed.' });
    expect(refused).toMatchObject({ status: 422, body: { rule: 'BR-31' } });
    expect(String(refused.body.message)).toContain('Confirm the contact channel works for this person');
    expect(await h.state.decisions()).toEqual([]);
    const approved = await api(h, 'POST', path, USERS.hana, { outcome: 'Approve', reasons: 'Agreed.', channelConfirmed: true });
    expect(approved).toMatchObject({ status: 200, body: { status: 'Approved' } });
    expect(await h.state.decisions()).toEqual([expect.objectContaining({ approverId: USERS.hana, channelConfirmed: true })]);
  });
});

describe('Case service: no channel confirmation is asked when the person has no communication needs (emulator)', () => {
  let h: Harness;

  beforeEach(async () => {
    h = await startHarness();
  });
  nothingElseChangesInEachTest(() => h.sp);
  afterEach(async () => {
    await h.close();
  });

  test('the card carries no channel toggle and Approve goes through without it', async () => {
    await api(h, 'POST', `/api/sanctions/${SANCTION_ID}/request-approval`, USERS.cara, { caseId: 'CCM-2026-0042' });
    const card = JSON.stringify(
      cardOf(h.connector.calls.filter((c) => c.kind === 'send')[0].body as { attachments?: Array<{ content: unknown }> })
    );
    expect(card).not.toContain(`"id":"${CARD_INPUTS.channelConfirmed}"`);
    expect(card).not.toContain('Does the channel work for this person?');
    const approved = await postActivity(h, cardInvoke(h, USERS.ed, CARD_VERBS.approve, data({ [CARD_INPUTS.comment]: 'Proportionate.' })));
    expect(JSON.stringify(approved.body.value)).toContain('Approved');
    expect(await h.state.decisions()).toEqual([expect.objectContaining({ outcome: 'Approve', channelConfirmed: false })]);
  });
});
