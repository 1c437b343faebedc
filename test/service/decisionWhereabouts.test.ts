// The approval card (and the inbox) names the case and the case's person beside the sanction,
// so a decision reads the case and the person at once instead of finding them through the
// sanction's row first (one round trip fewer). What the card says is only a hint: the service
// checks the case holds the sanction and that the person is the case's own, and otherwise reads
// them as before. Over HTTP: Bot Framework activities, loopback Bot Connector, SharePoint emulator.
import { CARD_INPUTS, CARD_VERBS } from '../../src/cards';
import type { ServiceStore } from '../../src/service/ports';
import {
  api,
  cardInvoke,
  CASE_ID,
  PERSON_ID,
  postActivity,
  proposedCase,
  SANCTION_ID,
  startHarness,
  USERS,
  type Harness
} from './support/scenario';

jest.setTimeout(60000);

/** Which of the store's ways to find a sanction's case the service used. */
interface CaseReads {
  asTold: number;
  throughTheSanction: number;
}

function countingCaseReads(reads: CaseReads): (store: ServiceStore) => ServiceStore {
  return (store) => ({
    ...store,
    cases: {
      ...store.cases,
      getWithSubject: (caseId, personId) => {
        reads.asTold += 1;
        return (store.cases.getWithSubject as NonNullable<ServiceStore['cases']['getWithSubject']>)(caseId, personId);
      },
      findBySanctionIdWithSubject: (sanctionId) => {
        reads.throughTheSanction += 1;
        return (store.cases.findBySanctionIdWithSubject as NonNullable<ServiceStore['cases']['findBySanctionIdWithSubject']>)(sanctionId);
      }
    }
  });
}

/** The data behind the Approve button of the card sent to this approver. */
function approveDataOfCardSentTo(h: Harness, approverId: string): Record<string, unknown> {
  const send = h.connector.calls.find((call) => call.kind === 'send' && call.conversationId === `a:1on1-${approverId}`);
  const card = JSON.stringify((send?.body.attachments as Array<{ content: unknown }>)[0].content);
  const actions = [...card.matchAll(/"verb":"([^"]+)"[^{}]*?"data":(\{[^{}]*\})/g)];
  const approve = actions.find((match) => match[1] === CARD_VERBS.approve);
  if (!approve) throw new Error(`No Approve button on the card sent to ${approverId}: ${card}`);
  return JSON.parse(approve[2]) as Record<string, unknown>;
}

describe('a decision reads the case and person the card names, and checks them', () => {
  let h: Harness;
  let reads: CaseReads;

  beforeEach(async () => {
    reads = { asTold: 0, throughTheSanction: 0 };
    h = await startHarness({}, { wrapStore: countingCaseReads(reads) });
  });

  afterEach(async () => {
    await h.close();
  });

  async function requestApproval(): Promise<void> {
    const response = await api(h, 'POST', `/api/sanctions/${SANCTION_ID}/request-approval`, USERS.cara, { caseId: CASE_ID });
    expect(response.status).toBe(202);
  }

  async function approveWith(data: Record<string, unknown>): Promise<string> {
    const response = await postActivity(
      h,
      cardInvoke(h, USERS.ed, CARD_VERBS.approve, { ...data, [CARD_INPUTS.comment]: 'Proportionate.' })
    );
    expect(response.status).toBe(200);
    return JSON.stringify(response.body.value);
  }

  test('the card names the case and its person; Approve reads them at once, not through the sanction', async () => {
    await requestApproval();
    const data = approveDataOfCardSentTo(h, USERS.ed);
    expect(data).toEqual({ sanctionId: SANCTION_ID, sanctionVersion: 1, caseId: CASE_ID, personId: PERSON_ID });
    reads.asTold = 0;
    reads.throughTheSanction = 0;

    expect(await approveWith(data)).toContain('Approved');
    expect((await h.state.caseOf()).sanctions[0]).toMatchObject({ status: 'Approved', approvals: [{ approverId: USERS.ed }] });
    expect(reads).toEqual({ asTold: 1, throughTheSanction: 0 });
  });

  test('a card naming a case that does not hold the sanction: the sanction’s own case is decided, and the other left alone', async () => {
    await h.putCase({ ...proposedCase(), id: 'CCM-2026-0043', sanctions: [], status: 'Referred' });
    await requestApproval();
    const otherBefore = await h.state.caseOf('CCM-2026-0043');

    expect(await approveWith({ sanctionId: SANCTION_ID, sanctionVersion: 1, caseId: 'CCM-2026-0043', personId: PERSON_ID })).toContain(
      'Approved'
    );
    expect((await h.state.caseOf()).sanctions[0]).toMatchObject({ status: 'Approved' });
    expect(await h.state.caseOf('CCM-2026-0043')).toEqual(otherBefore);
    expect(reads.throughTheSanction).toBeGreaterThan(0);
  });

  test('a card naming someone else as the person: the case’s own person is the one decided for', async () => {
    await requestApproval();
    const card = await approveWith({ sanctionId: SANCTION_ID, sanctionVersion: 1, caseId: CASE_ID, personId: 'p-nobody' });
    expect(card).toContain('Approved');
    expect(card).toContain('Siân');
    expect((await h.state.caseOf()).sanctions[0]).toMatchObject({ status: 'Approved' });
  });

  test('the inbox lists the case and its person, and sends them back with the decision: read at once', async () => {
    await requestApproval();
    const listed = await api(h, 'GET', '/api/approvals/mine', USERS.ed);
    expect(listed.body).toEqual([expect.objectContaining({ approvalId: SANCTION_ID, caseId: CASE_ID, personId: PERSON_ID })]);
    reads.asTold = 0;
    reads.throughTheSanction = 0;

    const decided = await api(h, 'POST', `/api/approvals/${SANCTION_ID}/decision`, USERS.ed, {
      outcome: 'Approve',
      reasons: 'Proportionate.',
      caseId: CASE_ID,
      personId: PERSON_ID
    });
    expect(decided).toMatchObject({ status: 200, body: { approvalId: SANCTION_ID, status: 'Approved' } });
    expect(reads).toEqual({ asTold: 1, throughTheSanction: 0 });
  });

  test('ids that are not plain ids are not used at all', async () => {
    await requestApproval();
    reads.asTold = 0;
    expect(await approveWith({ sanctionId: SANCTION_ID, sanctionVersion: 1, caseId: "x' or 1 eq 1", personId: PERSON_ID })).toContain(
      'Approved'
    );
    expect(reads).toMatchObject({ asTold: 0 });
  });
});
