import { RunningEmulator } from '../../local/emulator';
import { errorBody, failure } from './failure';
import { ADMIN, pnpFor, startTestEmulator } from './harness';

describe('list view threshold', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
    const sp = pnpFor(emulator, ADMIN);
    await sp.web.lists.add('Big');
    const fields = sp.web.lists.getByTitle('Big').fields;
    await fields.addText('PersonKey', { Indexed: true });
    await fields.addText('Status');
    const [batched, execute] = sp.batched();
    const list = batched.web.lists.getByTitle('Big');
    const pending: Promise<unknown>[] = [];
    for (let i = 1; i <= 6000; i++)
      pending.push(list.items.add({ Title: `i${i}`, PersonKey: `P${i % 50}`, Status: i % 2 === 0 ? 'Open' : 'Closed' }));
    await execute();
    await Promise.all(pending);
  }, 120000);
  afterAll(async () => {
    await emulator.close();
  });

  const big = (emulatorUser: string = ADMIN): ReturnType<ReturnType<typeof pnpFor>['web']['lists']['getByTitle']> =>
    pnpFor(emulator, emulatorUser).web.lists.getByTitle('Big');

  it('fails a non-indexed first clause with SPQueryThrottledException (500)', async () => {
    const error = await failure(big().items.select('Id').filter("Status eq 'Open'")());
    expect(error.status).toBe(500);
    expect(errorBody(error)).toEqual({
      'odata.error': {
        code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
        message: { lang: 'en-US', value: 'The attempted operation is prohibited because it exceeds the list view threshold.' }
      }
    });
    // Indexed, but the clause after a non-indexed first clause does not help.
    expect((await failure(big().items.filter("Status eq 'Open' and PersonKey eq 'P1'")())).status).toBe(500);
    // Ordering an unfiltered big list by a non-indexed column is throttled too.
    expect((await failure(big().items.orderBy('Status')())).status).toBe(500);
  });

  it('serves an indexed first clause that narrows below the threshold', async () => {
    const rows = await big().items.select('Id', 'Status').filter("PersonKey eq 'P7' and Status eq 'Closed'").top(500)();
    expect(rows).toHaveLength(120); // i % 50 === 7 keeps i odd, so every one is Closed
    expect(rows.every((r) => r.Status === 'Closed')).toBe(true);
    const byId = await big().items.select('Id').filter('Id gt 5990')();
    expect(byId).toHaveLength(10);
    // Unfiltered paging by ID still works on a big list.
    let count = 0;
    for await (const page of big().items.select('Id').top(2000)) count += page.length;
    expect(count).toBe(6000);
    expect(emulator.stats().itemCount).toBe(6000);
  });

  it('treats an ID window as one narrowing clause, so a column matching over the threshold can be read window by window', async () => {
    // 3,000 items per status: more than half the list, so Status alone would be refused.
    expect((await failure(big().items.filter('Id ge 1')())).status).toBe(500);
    const window = await big().items.select('Id', 'Status').filter("Id ge 1 and Id le 4000 and Status eq 'Open'").top(5000)();
    expect(window).toHaveLength(2000);
    expect(window.every((r) => r.Status === 'Open' && r.Id <= 4000)).toBe(true);
    // A window wider than the threshold is still refused.
    expect((await failure(big().items.filter("Id ge 1 and Id le 5500 and Status eq 'Open'")())).status).toBe(500);
  });
});
