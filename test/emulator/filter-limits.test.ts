import type { IItems } from '@pnp/sp/items';
import { RunningEmulator } from '../../local/emulator';
import { MAX_FILTER_CONDITIONS, MAX_FILTER_NESTING } from '../../local/emulator/odata/filter-parser';
import { errorBody, failure } from './failure';
import { ADMIN, pnpFor, startTestEmulator } from './harness';

function nested(depth: number, inner: string): string {
  return `${'('.repeat(depth)}${inner}${')'.repeat(depth)}`;
}

function tooComplex(reason: string): unknown {
  return {
    'odata.error': {
      code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      message: { lang: 'en-US', value: `The $filter expression is too complex: ${reason}.` }
    }
  };
}

/** Class 4 of issue 14: an over-deep or over-long `$filter` is a 400, not a stack overflow (500). */
describe('$filter nesting and size limits', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
    await pnpFor(emulator, ADMIN).web.lists.add('Cases');
    await pnpFor(emulator, ADMIN).web.lists.getByTitle('Cases').items.add({ Title: 'a' });
  });
  afterAll(async () => {
    await emulator.close();
  });

  const items = (): IItems => pnpFor(emulator, ADMIN).web.lists.getByTitle('Cases').items;

  it(`accepts ${MAX_FILTER_NESTING} levels of nesting and refuses one more with 400`, async () => {
    expect(await items().filter(nested(MAX_FILTER_NESTING, "Title eq 'a'")).select('Title')()).toEqual([
      expect.objectContaining({ Title: 'a' })
    ]);
    const deeper = await failure(items().filter(nested(MAX_FILTER_NESTING + 1, "Title eq 'a'"))());
    expect(deeper.status).toBe(400);
    expect(errorBody(deeper)).toEqual(tooComplex(`it nests deeper than ${MAX_FILTER_NESTING} levels`));
    const nots = await failure(items().filter(`${'not '.repeat(MAX_FILTER_NESTING + 1)}Title eq 'a'`)());
    expect(errorBody(nots)).toEqual(tooComplex(`it nests deeper than ${MAX_FILTER_NESTING} levels`));
    const dayOfDay = await failure(
      items().filter(`${'day('.repeat(MAX_FILTER_NESTING + 1)}Created${')'.repeat(MAX_FILTER_NESTING + 1)} eq 1`)()
    );
    expect(dayOfDay.status).toBe(400);
  });

  it(`accepts ${MAX_FILTER_CONDITIONS} conditions and refuses one more with 400`, async () => {
    const conditions = (n: number): string => Array.from({ length: n }, (_, i) => `ID eq ${i + 1}`).join(' or ');
    // Sent in a $batch part: an URL this long would exceed Node's request-line limit before reaching the emulator.
    const [batched, execute] = pnpFor(emulator, ADMIN).batched();
    const allowed = batched.web.lists.getByTitle('Cases').items.filter(conditions(MAX_FILTER_CONDITIONS)).select('Id')();
    const refused = batched.web.lists.getByTitle('Cases').items.filter(conditions(MAX_FILTER_CONDITIONS + 1))();
    await execute();
    expect((await allowed).map((item) => item.Id)).toEqual([1]);
    expect(errorBody(await failure(refused))).toEqual(tooComplex(`it has more than ${MAX_FILTER_CONDITIONS} conditions`));
  });

  it('answers a 100,000-level filter with 400 and keeps serving (it used to overflow the stack)', async () => {
    const [batched, execute] = pnpFor(emulator, ADMIN).batched();
    const deepItems = batched.web.lists.getByTitle('Cases').items.filter(nested(100_000, "Title eq 'a'"))();
    const deepLists = batched.web.lists.filter(`${'not '.repeat(100_000)}Hidden eq true`)();
    const after = batched.web.lists.getByTitle('Cases').items.select('Title')();
    await execute();
    expect((await failure(deepItems)).status).toBe(400);
    expect((await failure(deepLists)).status).toBe(400);
    expect((await after).map((item) => item.Title)).toEqual(['a']);
  });
});
