import { RunningEmulator } from '../../local/emulator';
import { failure } from './failure';
import { ADMIN, pnpFor, rawFetch, startTestEmulator } from './harness';

describe('$batch', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
    await pnpFor(emulator, ADMIN).web.lists.add('Tasks');
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('runs reads and writes from sp.batched() and resolves each child', async () => {
    const sp = pnpFor(emulator, ADMIN);
    const seed = await sp.web.lists.getByTitle('Tasks').items.add({ Title: 'seed' });
    const [batched, execute] = sp.batched();
    const list = batched.web.lists.getByTitle('Tasks');
    const web = batched.web.select('Title')();
    const added = list.items.add({ Title: 'Batch 1' });
    const added2 = list.items.add({ Title: 'Batch 2' });
    const updated = list.items.getById(seed.Id).update({ Title: 'seed (edited)' }, seed['odata.etag']);
    const read = list.items.getById(seed.Id).select('Title')();
    const missing = list.items.getById(999)();
    const stale = list.items.getById(seed.Id).update({ Title: 'stale' }, '"1"');
    const all = list.items.select('Title').orderBy('Id')();
    await execute();
    expect((await web).Title).toBe('ccm');
    expect((await added).Title).toBe('Batch 1');
    expect((await added2).Id).toBe(seed.Id + 2);
    expect((await updated).etag).toBe(`"${seed.GUID},2"`);
    expect((await read).Title).toBe('seed (edited)');
    expect((await failure(missing)).status).toBe(404);
    expect((await failure(stale)).status).toBe(412);
    expect((await all).map((i) => i.Title)).toEqual(['seed (edited)', 'Batch 1', 'Batch 2']);
  });

  it('answers with SPO flat multipart and per-part errors', async () => {
    const boundary = 'batch_1d6a';
    const body = [
      `--${boundary}`,
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `GET ${emulator.siteUrl}/_api/web/lists/getByTitle('Nope')/items HTTP/1.1`,
      'accept: application/json',
      '',
      `--${boundary}`,
      'Content-Type: multipart/mixed; boundary="changeset_9f0c"',
      '',
      '--changeset_9f0c',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `POST ${emulator.siteUrl}/_api/web/lists/getByTitle('Tasks')/items HTTP/1.1`,
      'accept: application/json',
      'content-type: application/json;charset=utf-8',
      '',
      '{"Title":"raw"}',
      '',
      '--changeset_9f0c--',
      '',
      `--${boundary}--`,
      ''
    ].join('\r\n');
    const response = await rawFetch(emulator, '/_api/$batch', {
      user: ADMIN,
      method: 'POST',
      body,
      headers: { 'Content-Type': `multipart/mixed; boundary=${boundary}` }
    });
    expect(response.status).toBe(200);
    const contentType = response.headers.get('content-type') ?? '';
    expect(contentType).toMatch(/^multipart\/mixed; boundary=batchresponse_[0-9a-f-]{36}$/);
    const text = await response.text();
    const parts = text.split(/--batchresponse_[0-9a-f-]{36}/);
    expect(parts).toHaveLength(4);
    expect(parts[1]).toContain('HTTP/1.1 404 Not Found');
    expect(parts[1]).toContain("List 'Nope' does not exist");
    expect(parts[2]).toContain('HTTP/1.1 201 Created');
    expect(parts[2]).toMatch(/ETAG: "[0-9a-f-]{36},1"/);
    expect(parts[3]).toBe('--\r\n');
  });
});
