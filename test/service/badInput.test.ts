import { nothingElseChangesInEachTest } from '../data/emulatorHarness';
import { CARD_INPUTS, CARD_VERBS } from '../../src/cards';
import { api, cardInvoke, postActivity, SANCTION_ID, startHarness, USERS, type Harness } from './support/scenario';

/*
 * Issue 14: bad input gets a clear error in JSON and loses nothing. Malformed JSON, an
 * over-large body, a card action with no value, over-long or unstorable text: each answered in
 * plain words, never an HTML page with a stack trace or server paths, and the raw body never
 * reaches the log.
 */
jest.setTimeout(60000);

const SECRET_IN_BODY = 'Siân O’Brien of 1 High Street';

describe('The case service answers bad input in plain words (issue 14)', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });
  // Declared after the harness starts, so the snapshot is of the seeded site (issue 14).
  nothingElseChangesInEachTest(() => h.sp);

  afterAll(async () => {
    await h?.close();
  });

  async function raw(
    path: string,
    body: string,
    headers: Record<string, string> = {}
  ): Promise<{ status: number; type: string; text: string }> {
    const response = await fetch(`${h.service.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body
    });
    return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
  }

  function expectPlainJson(answer: { type: string; text: string }): void {
    expect(answer.type).toMatch(/^application\/json/);
    expect(answer.text).not.toMatch(/<html|<pre>|at [A-Za-z]+ \(|node_modules|\/work\//i);
    expect(JSON.parse(answer.text)).toEqual({ error: expect.any(String), message: expect.any(String) });
  }

  test.each(['/api/approvals/x/decision', '/api/sanctions/x/request-approval', '/api/messages'])(
    'malformed JSON to %s: 400 in JSON, and the body is not logged',
    async (path) => {
      const before = h.logged.length;
      const answer = await raw(path, `{"reasons": "${SECRET_IN_BODY}", `);
      expect(answer.status).toBe(400);
      expectPlainJson(answer);
      expect(JSON.stringify(h.logged.slice(before))).not.toContain('High Street');
    }
  );

  test.each(['/nowhere', '/api/nowhere', '/.env'])(
    'an address the service does not serve (%s): 404 in JSON, not an HTML page',
    async (path) => {
      const response = await fetch(`${h.service.url}${path}`);
      const answer = { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
      expect(answer.status).toBe(404);
      expectPlainJson(answer);
    }
  );

  test('a body over the limit: 413 in JSON', async () => {
    const answer = await raw('/api/approvals/x/decision', JSON.stringify({ outcome: 'Approve', reasons: 'x'.repeat(200000) }));
    expect(answer.status).toBe(413);
    expectPlainJson(answer);
  });

  test('reasons longer than 4,000 characters, or holding characters that cannot be stored, are refused with the reason', async () => {
    const long = await api(h, 'POST', `/api/approvals/${SANCTION_ID}/decision`, USERS.ed, {
      outcome: 'Approve',
      reasons: 'x'.repeat(4001)
    });
    expect(long.status).toBe(400);
    expect((long.body as { message: string }).message).toBe(
      'Too long: 4,001 characters in the reasons, at most 4,000. Shorten it and try again.'
    );
    const nul = await api(h, 'POST', `/api/approvals/${SANCTION_ID}/decision`, USERS.ed, { outcome: 'Approve', reasons: 'Agreed\u0000.' });
    expect(nul.status).toBe(400);
    expect((nul.body as { message: string }).message).toMatch(/characters in the reasons that cannot be stored/);
    // Nothing was decided.
    expect(await h.state.decisions()).toEqual([]);
  });

  test('a card action with no value, or an over-long comment, gets a card that says so, not an empty 500', async () => {
    const noValue = { ...cardInvoke(h, USERS.ed, CARD_VERBS.approve, {}), value: undefined };
    const answer = await postActivity(h, noValue);
    expect(answer.status).toBe(200);
    expect(JSON.stringify(answer.body)).toContain('This card is not recognised');
    const tooLong = await postActivity(
      h,
      cardInvoke(h, USERS.ed, CARD_VERBS.approve, { sanctionId: SANCTION_ID, sanctionVersion: 1, [CARD_INPUTS.comment]: 'y'.repeat(4001) })
    );
    expect(tooLong.status).toBe(200);
    expect(JSON.stringify(tooLong.body)).toContain('Too long: 4,001 characters in your comment');
    expect(await h.state.decisions()).toEqual([]);
  });
});
