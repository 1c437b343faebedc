// Property: the case service's API and Teams messaging endpoint with any body at all (issue 14):
// malformed JSON, JSON of the wrong shape, empty, over-large, deeply nested, the wrong content
// type or encoding, and activities with fields of the wrong kind. Every answer is below 500;
// every error is JSON in the documented shape ({ error, message } and, for a refused decision,
// rule and details) in plain words, with no stack trace, server path or anything from the body;
// nothing from the body reaches the log; and nothing in SharePoint changes.
import { inspect } from 'node:util';
import fc from 'fast-check';
import { CARD_VERBS } from '../../src/cards';
import { cardInvoke, startHarness, USERS, type Harness } from '../service/support/scenario';
import { describeFailure } from '../../src/service/http/jsonErrors';
import { hostileText, isPlainWords } from './support/arbitraries';
import { expectOnlyChanged, siteSnapshot } from './support/siteSnapshot';

jest.setTimeout(120000);

const RUNS: number = 20;
/** Personal details a body might carry: they must never be echoed or logged. */
const SECRET: string = 'Siân O’Brien of 1 High Street';

interface Answer {
  status: number;
  type: string;
  text: string;
}

interface RawRequest {
  body: string | Uint8Array;
  headers: Record<string, string>;
}

const contentTypes = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  ''
);

/** Bodies that are not what any endpoint wants. */
const badBody: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  fc.constant(''),
  // Malformed JSON: a real document cut short or broken, carrying the secret.
  fc.json().map((json) => `{"reasons": "${SECRET}", "x": ${json}`),
  fc.json().map((json) => json.slice(0, Math.max(0, json.length - 1))),
  fc.string({ maxLength: 40 }),
  // Well-formed JSON of the wrong shape.
  fc.anything().map((value) => JSON.stringify(value) ?? ''),
  fc
    .record({ outcome: fc.anything(), reasons: fc.anything(), continuityPlanConfirmed: fc.anything(), caseId: fc.anything() })
    .map((v) => JSON.stringify(v)),
  // Over the 64 kB limit, and far over it.
  fc.integer({ min: 65_000, max: 300_000 }).map((size) => JSON.stringify({ outcome: 'Approve', reasons: `${SECRET} ${'x'.repeat(size)}` })),
  // Nested far deeper than any real request.
  fc.integer({ min: 1000, max: 20_000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
  fc.integer({ min: 1000, max: 5000 }).map((depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
  // Bytes that are not UTF-8.
  fc.uint8Array({ minLength: 1, maxLength: 64 })
);

const badRequest: fc.Arbitrary<RawRequest> = fc
  .record({
    body: badBody,
    contentType: contentTypes,
    encoding: fc.constantFrom(undefined, 'gzip', 'deflate', 'br', 'bogus'),
    token: fc.boolean()
  })
  .map(({ body, contentType, encoding, token }) => ({
    body,
    headers: {
      ...(contentType === '' ? {} : { 'content-type': contentType }),
      ...(encoding === undefined ? {} : { 'content-encoding': encoding }),
      ...(token ? { authorization: 'token' } : {})
    }
  }));

describe('what the service logs about a failure (fast-check)', () => {
  test('one line, no stack, no server path, whatever the error says', () => {
    const path = fc
      .array(fc.constantFrom('work', 'main', 'src', 'node_modules', 'app.js', 'Users', 'sam'), { minLength: 2, maxLength: 5 })
      .map((parts) => fc.sample(fc.constantFrom(`/${parts.join('/')}`, `C:\\${parts.join('\\')}`), 1)[0]);
    fc.assert(
      fc.property(hostileText(60), path, hostileText(20), (before, where, after) => {
        const error = new Error(`${before} ${where} ${after}`);
        const line = describeFailure(error);
        // eslint-disable-next-line no-control-regex -- a control character could forge a log line.
        expect(line).not.toMatch(/[\u0000-\u001F\u007F\u2028\u2029]/);
        expect(line).not.toContain(where);
        expect(line.length).toBeLessThanOrEqual(260);
      }),
      { numRuns: 100 }
    );
  });
});

describe('the case service with any body (fast-check, emulator)', () => {
  let h: Harness;
  let tokens: Record<string, string>;

  beforeAll(async () => {
    h = await startHarness();
    tokens = { ed: await h.issuer.issue(USERS.ed), cara: await h.issuer.issue(USERS.cara) };
  });

  afterAll(async () => {
    await h?.close();
  });

  async function post(path: string, request: RawRequest): Promise<Answer> {
    const headers = { ...request.headers };
    if (headers.authorization === 'token') headers.authorization = `Bearer ${path.includes('request-approval') ? tokens.cara : tokens.ed}`;
    // A hung request fails the property (with the body that hung it) instead of the whole run.
    const response = await fetch(`${h.service.url}${path}`, {
      method: 'POST',
      headers,
      body: request.body,
      signal: AbortSignal.timeout(10000)
    });
    return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
  }

  /** The documented error shape: what the tab and Teams show, and nothing else. */
  function expectDocumentedError(answer: Answer): void {
    expect(answer.type).toMatch(/^application\/json/);
    const body = JSON.parse(answer.text) as Record<string, unknown>;
    expect(typeof body.error).toBe('string');
    expect(isPlainWords(body.message)).toBe(true);
    for (const key of Object.keys(body)) expect(['error', 'message', 'rule', 'details']).toContain(key);
  }

  function expectNothingLeaked(answer: Answer, logsBefore: number): void {
    expect(answer.status).toBeLessThan(500);
    expect(answer.text).not.toMatch(/<html|<pre>|\bat [\w.<>]+ \(|node_modules|\/work\/|[A-Z]:\\|High Street/i);
    // The log may say what failed; never what was sent, nor where in the code.
    const logged = inspect(h.logged.slice(logsBefore), { depth: 6 });
    expect(logged).not.toContain('High Street');
    expect(logged).not.toMatch(/\n\s+at /);
  }

  async function expectRefusedAndNothingChanged(path: string, request: RawRequest): Promise<void> {
    const admin = h.sp.spAs('svc.ccm');
    const before = await siteSnapshot(admin);
    const logsBefore = h.logged.length;
    const answer = await post(path, request);
    expectNothingLeaked(answer, logsBefore);
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expectDocumentedError(answer);
    expectOnlyChanged(before, await siteSnapshot(admin), {});
  }

  const paths = fc.oneof(
    hostileText(20).map((id) => `/api/approvals/${encodeURIComponent(id.replace(/[\uD800-\uDFFF]/g, '')) || 'x'}/decision`),
    hostileText(20).map((id) => `/api/sanctions/${encodeURIComponent(id.replace(/[\uD800-\uDFFF]/g, '')) || 'x'}/request-approval`),
    fc.constantFrom('/api/messages', '/api/sweeps/run', '/api/nothing-here', '/api/approvals/%E0%A4%A/decision')
  );

  // The cases the properties first found, kept as plain examples.
  test.each([
    ['an empty body to the messaging endpoint', '/api/messages', '', 400, 'The activity has no type.'],
    ['an empty object to the messaging endpoint', '/api/messages', '{}', 400, 'The activity has no type.'],
    ['a list to the messaging endpoint', '/api/messages', '[]', 400, 'The request is not a Teams activity.'],
    ['a message with no sender', '/api/messages', '{"type":"message"}', 400, 'The activity does not say who sent it.'],
    ['an empty body to a decision', '/api/approvals/x/decision', '', 400, 'Choose Approve, Reject or Ask for changes.'],
    ['an address the service does not have', '/api/nothing-here', '{}', 404, 'The case service has nothing at this address.']
  ])('%s', async (_name, path, body, status, message) => {
    const logsBefore = h.logged.length;
    const answer = await post(path, { body, headers: { 'content-type': 'application/json', authorization: 'token' } });
    expectNothingLeaked(answer, logsBefore);
    expect({ status: answer.status, body: JSON.parse(answer.text) as unknown }).toEqual({
      status,
      body: { error: expect.any(String), message }
    });
  });

  test('an activity sent as plain text is refused in JSON, not answered by the SDK with a 500', async () => {
    const answer = await post('/api/messages', { body: '{}', headers: { 'content-type': 'text/plain' } });
    expect(answer.status).toBe(400);
    expectDocumentedError(answer);
  });

  test('any bad body to any endpoint: a 4xx in the documented JSON shape, nothing logged or changed', async () => {
    await fc.assert(
      fc.asyncProperty(paths, badRequest, async (path, request) => {
        await expectRefusedAndNothingChanged(path, request);
      }),
      { numRuns: RUNS }
    );
  });

  test('a decision whose fields are of the wrong kind, too long or unstorable: 400 in plain words', async () => {
    const body = fc.record(
      {
        outcome: fc.oneof(fc.constantFrom('Approve', 'Reject', 'AskForChanges'), fc.anything()),
        reasons: fc.oneof(
          hostileText(60),
          fc.integer({ min: 4001, max: 9000 }).map((n) => 'y'.repeat(n)),
          fc.anything()
        ),
        continuityPlanConfirmed: fc.anything()
      },
      { requiredKeys: [] }
    );
    await fc.assert(
      fc.asyncProperty(body, async (decision) => {
        // Never the seeded sanction: a valid body would (rightly) decide it.
        const admin = h.sp.spAs('svc.ccm');
        const before = await siteSnapshot(admin);
        const logsBefore = h.logged.length;
        const answer = await post('/api/approvals/not-a-sanction/decision', {
          body: JSON.stringify({ ...decision, note: SECRET }),
          headers: { 'content-type': 'application/json', authorization: 'token' }
        });
        expectNothingLeaked(answer, logsBefore);
        expect([400, 404]).toContain(answer.status);
        expectDocumentedError(answer);
        expectOnlyChanged(before, await siteSnapshot(admin), {});
      }),
      { numRuns: RUNS }
    );
  });

  test('an activity with any field of the wrong kind: 400 in plain words; well-formed ones are answered, never a 500', async () => {
    type Path = readonly string[];
    const base = (): Record<string, unknown> =>
      cardInvoke(h, USERS.ed, CARD_VERBS.approve, { sanctionId: 'not-a-sanction', sanctionVersion: 1, comment: SECRET });
    const fields: readonly Path[] = [
      ['type'],
      ['name'],
      ['id'],
      ['from'],
      ['from', 'id'],
      ['from', 'aadObjectId'],
      ['recipient'],
      ['recipient', 'id'],
      ['conversation'],
      ['conversation', 'id'],
      ['conversation', 'tenantId'],
      ['channelData'],
      ['serviceUrl'],
      ['value'],
      ['value', 'action'],
      ['value', 'action', 'verb'],
      ['value', 'action', 'data'],
      ['text']
    ];
    const replacement = fc.oneof(
      fc.anything(),
      hostileText(40),
      fc.constantFrom('message', 'invoke', 'installationUpdate', 'conversationUpdate', 'adaptiveCard/action', 'typing', 'event')
    );
    const activity = fc.array(fc.tuple(fc.constantFrom(...fields), replacement), { minLength: 1, maxLength: 3 }).map((changes) => {
      const value = base();
      for (const [path, replacementValue] of changes) {
        let holder: Record<string, unknown> = value;
        for (const key of path.slice(0, -1)) {
          if (typeof holder[key] !== 'object' || holder[key] === null) holder[key] = {};
          holder = holder[key] as Record<string, unknown>;
        }
        holder[path[path.length - 1]] = replacementValue;
      }
      return value;
    });
    await fc.assert(
      fc.asyncProperty(activity, async (value) => {
        const admin = h.sp.spAs('svc.ccm');
        const before = await siteSnapshot(admin);
        const logsBefore = h.logged.length;
        const answer = await post('/api/messages', { body: JSON.stringify(value), headers: { 'content-type': 'application/json' } });
        expectNothingLeaked(answer, logsBefore);
        if (answer.status >= 400) expectDocumentedError(answer);
        expectOnlyChanged(before, await siteSnapshot(admin), {});
      }),
      { numRuns: RUNS }
    );
  });
});
