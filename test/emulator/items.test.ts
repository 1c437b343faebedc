import { RunningEmulator } from '../../local/emulator';
import { errorBody, failure } from './failure';
import { ADMIN, pnpFor, rawFetch, startTestEmulator } from './harness';

/** Escapes a $filter string literal the way our OData helper must ('' for '). */
const literal = (value: string): string => `'${value.replace(/'/g, "''")}'`;

const AWKWARD_NAMES = [
  "O'Brien",
  'Zoë Ní Bhriain',
  'He said "no"',
  'Smith & Sons #1 100%',
  'Ωμέγα Ελλάδα',
  '北京市',
  'عربى',
  'a+b=c?d/e',
  "Tab\tand 'quotes''"
];

describe('items', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
    const sp = pnpFor(emulator, ADMIN);
    await sp.web.lists.add('Incidents');
    const fields = sp.web.lists.getByTitle('Incidents').fields;
    await fields.addText('CustomerName', { Indexed: true });
    await fields.addNumber('Severity');
    await fields.addDateTime('OccurredAt');
    await fields.addBoolean('Urgent');
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('creates, reads, updates with etags and deletes', async () => {
    const sp = pnpFor(emulator, ADMIN);
    const items = sp.web.lists.getByTitle('Incidents').items;
    const created = await items.add({ Title: 'Shouting at reception', Severity: 2, Urgent: false });
    expect(created['odata.etag']).toBe('"1"');
    expect(created.Created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(created.AuthorId).toBe(created.EditorId);
    expect(created.Id).toBe(created.ID);
    expect(created.GUID).toMatch(/^[0-9a-f-]{36}$/);

    const updated = await items.getById(created.Id).update({ Severity: 3 }, created['odata.etag']);
    expect(updated.etag).toBe(`"${created.GUID},2"`);
    const again = await items.getById(created.Id).update({ Severity: 4 }, updated.etag);
    expect(again.etag).toBe(`"${created.GUID},3"`);

    const stale = await failure(items.getById(created.Id).update({ Severity: 5 }, '"1"'));
    expect(stale.status).toBe(412);
    expect(errorBody(stale)).toEqual({
      'odata.error': {
        code: '-1, Microsoft.SharePoint.Client.ClientServiceException',
        message: { lang: 'en-US', value: `The request ETag value '"1"' does not match the object's ETag value '"${created.GUID},3"'.` }
      }
    });
    await items.getById(created.Id).update({ Severity: 5 }); // IF-Match: * overwrites
    const read = await items.getById(created.Id).select('Severity', 'OData__UIVersionString')();
    expect(read.Severity).toBe(5);
    expect(read.OData__UIVersionString).toBe('4.0');
    expect(read['odata.etag']).toBe('"4"');

    const recycled = await items.getById(created.Id).recycle();
    expect(recycled).toMatch(/^[0-9a-f-]{36}$/);
    const gone = await failure(items.getById(created.Id)());
    expect(gone.status).toBe(404);
    const other = await items.add({ Title: 'to delete' });
    await items.getById(other.Id).delete();
    expect((await failure(items.getById(other.Id)())).status).toBe(404);
    const unknown = await failure(items.add({ Title: 'x', NoSuchField: 1 }));
    expect(unknown.status).toBe(400);
  });

  it('round-trips and filters awkward names exactly as PnPjs encodes them', async () => {
    const sp = pnpFor(emulator, ADMIN);
    const items = sp.web.lists.getByTitle('Incidents').items;
    for (const name of AWKWARD_NAMES) await items.add({ Title: name, CustomerName: name });
    for (const name of AWKWARD_NAMES) {
      const found = await items.select('Id', 'CustomerName').filter(`CustomerName eq ${literal(name)}`)();
      expect(found.map((i) => i.CustomerName)).toEqual([name]);
    }
    const starts = await items.select('CustomerName').filter(`startswith(CustomerName, ${literal("O'B")})`)();
    expect(starts.map((i) => i.CustomerName)).toEqual(["O'Brien"]);
    const contains = await items.select('CustomerName').filter(`substringof(${literal('& Sons #1 100%')}, CustomerName)`)();
    expect(contains.map((i) => i.CustomerName)).toEqual(['Smith & Sons #1 100%']);
    // A list title with the same characters round-trips through getByTitle too.
    await sp.web.lists.add("O'Brien & Zoë #1 100%");
    const list = await sp.web.lists.getByTitle("O'Brien & Zoë #1 100%")();
    expect(list.Title).toBe("O'Brien & Zoë #1 100%");
  });

  it('evaluates the supported $filter grammar and $orderby', async () => {
    const sp = pnpFor(emulator, ADMIN);
    await sp.web.lists.add('Grammar');
    await sp.web.lists.getByTitle('Grammar').fields.addNumber('N');
    await sp.web.lists.getByTitle('Grammar').fields.addDateTime('When');
    await sp.web.lists.getByTitle('Grammar').fields.addBoolean('Flag');
    const items = sp.web.lists.getByTitle('Grammar').items;
    // PnPjs query builders mutate the queryable, so each query starts from a fresh one.
    const fresh = (): typeof items => sp.web.lists.getByTitle('Grammar').items;
    for (let n = 1; n <= 6; n++) {
      await items.add({ Title: `t${n}`, N: n, When: `2026-0${n}-15T12:00:00Z`, Flag: n % 2 === 0 });
    }
    const ids = async (filter: string): Promise<number[]> => (await fresh().select('N').filter(filter).orderBy('N')()).map((i) => i.N);
    expect(await ids('N gt 2 and N le 4')).toEqual([3, 4]);
    expect(await ids('N lt 2 or N ge 6')).toEqual([1, 6]);
    expect(await ids('not (N ne 3)')).toEqual([3]);
    expect(await ids('(N eq 1 or N eq 2) and Flag eq 1')).toEqual([2]);
    expect(await ids('Flag eq true and N ne 2')).toEqual([4, 6]);
    expect(await ids("When ge datetime'2026-05-01T00:00:00Z'")).toEqual([5, 6]);
    expect(await ids("When lt '2026-02-20T00:00:00.000Z'")).toEqual([1, 2]);
    expect(await ids('Title eq null')).toEqual([]);
    expect(await ids("Title ne null and substringof('t', Title) and N eq 5")).toEqual([5]);
    const desc = await fresh().select('N').orderBy('Flag', false).orderBy('N', false)();
    expect(desc.map((i) => i.N)).toEqual([6, 4, 2, 5, 3, 1]);
    const bad = await failure(fresh().filter("endswith(Title, 'x')")());
    expect(bad.status).toBe(400);
    const missing = await failure(fresh().filter("Nope eq 'x'")());
    expect(missing.status).toBe(400);
  });

  it('pages with $skiptoken and odata.nextLink through the PnPjs async iterator', async () => {
    const sp = pnpFor(emulator, ADMIN);
    await sp.web.lists.add('Paged');
    const paged = (): ReturnType<typeof sp.web.lists.getByTitle>['items'] => sp.web.lists.getByTitle('Paged').items;
    const [batched, execute] = sp.batched();
    const pending: Promise<unknown>[] = [];
    for (let i = 0; i < 250; i++) pending.push(batched.web.lists.getByTitle('Paged').items.add({ Title: `p${i}` }));
    await execute();
    await Promise.all(pending);
    const pages: number[][] = [];
    for await (const page of paged().select('Id').top(100)) pages.push(page.map((i: { Id: number }) => i.Id));
    expect(pages.map((p) => p.length)).toEqual([100, 100, 50]);
    expect(pages.flat()).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));

    const first = await rawFetch(emulator, "/_api/web/lists/getByTitle('Paged')/items?%24select=Id&%24top=100", { user: ADMIN });
    const body = await first.json();
    expect(body['odata.nextLink']).toBe(
      `${emulator.siteUrl}/_api/web/lists/getByTitle('Paged')/items?%24select=Id&%24top=100&%24skiptoken=Paged%3dTRUE%26p_ID%3d100`
    );
    const noTop = await paged().select('Id')();
    expect(noTop).toHaveLength(100);
    const skipped = await paged().select('Id').skip(240).top(5)();
    expect(skipped.map((i) => i.Id)).toEqual([241, 242, 243, 244, 245]);

    const titlePages: string[] = [];
    for await (const page of paged().select('Title').orderBy('Title', false).top(60))
      titlePages.push(...page.map((i: { Title: string }) => i.Title));
    expect(titlePages).toHaveLength(250);
    expect(titlePages[0]).toBe('p99');
  });

  it('answers in odata=verbose when asked, as SPO does', async () => {
    const response = await rawFetch(emulator, "/_api/web/lists/getByTitle('Incidents')/items?%24top=1&%24select=Title", {
      user: ADMIN,
      headers: { Accept: 'application/json;odata=verbose' }
    });
    const body = await response.json();
    expect(body.d.results[0].__metadata.type).toBe('SP.Data.IncidentsListItem');
    expect(body.d.__next).toContain('%24skiptoken=Paged%3dTRUE');
  });
});
