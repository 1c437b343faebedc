import '@pnp/sp/sites';
import '@pnp/sp/views';
import { RunningEmulator } from '../../local/emulator';
import { errorBody, failure } from './failure';
import { ADMIN, pnpFor, rawFetch, READER, startTestEmulator } from './harness';

/** Class 1 of issue 14: what the emulator does not implement fails in SPO's error shape, never with a silent 200. */
describe('calls the emulator does not implement', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
    const sp = pnpFor(emulator, ADMIN);
    await sp.web.lists.add('Notes');
    await sp.web.lists.add('Files', '', 101);
    await sp.web.lists.getByTitle('Files').rootFolder.files.addUsingPath('a.txt', 'a', { Overwrite: false });
    // Readers get Read on the web (the default Visitors group) so permission checks, not routing, decide.
    await sp.web.siteGroups.getById(4).users.add(`i:0#.f|membership|${READER}`);
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('serves GET /_api/site and answers 501 below it or for other verbs, where it used to answer 200 to anything', async () => {
    const sp = pnpFor(emulator, ADMIN);
    const site = await sp.site.select('Url', 'ServerRelativeUrl')();
    expect(site).toMatchObject({ 'odata.type': 'SP.Site', Url: emulator.siteUrl, ServerRelativeUrl: '/sites/ccm' });

    const rootWeb = await failure(sp.site.rootWeb());
    expect(rootWeb.status).toBe(501);
    expect(errorBody(rootWeb)).toEqual({
      'odata.error': {
        code: '-1, System.NotImplementedException',
        message: {
          lang: 'en-US',
          value: "The local SharePoint emulator does not implement 'rootweb' on SP.Site. See local/emulator/DIFFERENCES.md."
        }
      }
    });
    const post = await rawFetch(emulator, '/_api/site', { method: 'POST', user: ADMIN, body: '{}' });
    expect(post.status).toBe(501);
    const typo = await rawFetch(emulator, '/_api/site/no_such_thing', { user: ADMIN });
    expect(typo.status).toBe(404);
    expect((await typo.json())['odata.error'].code).toBe('-1, Microsoft.SharePoint.Client.ResourceNotFoundException');
  });

  it('sets attachment content (PnPjs setContent) instead of answering 200 and keeping the old bytes', async () => {
    const sp = pnpFor(emulator, ADMIN);
    const item = await sp.web.lists.getByTitle('Notes').items.add({ Title: 'with attachment' });
    const attachment = sp.web.lists.getByTitle('Notes').items.getById(item.Id).attachmentFiles.getByName('note.txt');
    await sp.web.lists.getByTitle('Notes').items.getById(item.Id).attachmentFiles.add('note.txt', 'first');
    await attachment.setContent('second');
    expect(await attachment.getText()).toBe('second');

    const readerAttempt = await failure(
      pnpFor(emulator, READER).web.lists.getByTitle('Notes').items.getById(item.Id).attachmentFiles.getByName('note.txt').setContent('x')
    );
    expect(readerAttempt.status).toBe(403);
    expect(await attachment.getText()).toBe('second');
  });

  it('refuses a MERGE on the current user (400 for a property SP.User lacks, else 501) and changes nothing', async () => {
    const sp = pnpFor(emulator, ADMIN);
    const unknown = await failure(sp.web.currentUser.update({ Nickname: 'Ada' } as never));
    expect(unknown.status).toBe(400);
    expect(errorBody(unknown)).toEqual({
      'odata.error': {
        code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
        message: {
          lang: 'en-US',
          value:
            "The property 'Nickname' does not exist on type 'SP.User'. Make sure to only use property names that are defined by the type."
        }
      }
    });
    const known = await failure(sp.web.currentUser.update({ Title: 'Someone else' }));
    expect(known.status).toBe(501);
    expect((await sp.web.currentUser()).Title).toBe('Ada Admin');
    expect((await failure(sp.web.getUserById((await sp.web.currentUser()).Id).update({ Title: 'x' }))).status).toBe(501);
  });

  it('answers 501 for SPO members it does not serve and SPO 404 for names SPO does not have, at every level', async () => {
    const sp = pnpFor(emulator, ADMIN);
    const file = sp.web.getFileByServerRelativePath('/sites/ccm/Files/a.txt');
    expect((await failure(sp.web.lists.getByTitle('Notes').views())).status).toBe(501);
    expect((await failure(file.checkout())).status).toBe(501);
    expect((await failure(sp.web.getFolderByServerRelativePath('/sites/ccm/Files').update({ Name: 'Renamed' }))).status).toBe(501);
    expect((await failure(sp.web.getFolderByServerRelativePath('/sites/ccm/Files').update({ Colour: 'red' } as never))).status).toBe(400);
    expect((await failure(sp.web.delete())).status).toBe(501);

    const cases: [string, number][] = [
      ["/_api/web/lists/getByTitle('Notes')/fields/getByTitle('Title')/setshowinnewform(true)", 501],
      ["/_api/web/lists/getByTitle('Notes')/items(1)/versions", 501],
      ["/_api/web/lists/getByTitle('Notes')/items(1)/nonsense", 404],
      ['/_api/web/title', 501],
      ['/_api/web/nonsense', 404],
      ['/_api/search/query', 501],
      ['/_api/nonsense', 404],
      ['/_api/contextinfo/extra', 404],
      ['/_api/web/currentuser/alerts', 501]
    ];
    for (const [path, status] of cases) {
      const response = await rawFetch(emulator, path, { user: ADMIN });
      expect({ path, status: response.status }).toEqual({ path, status });
      expect(Object.keys(await response.json())).toEqual(['odata.error']);
    }
  });

  it('never answers 200 to a verb a resource does not implement', async () => {
    const merge = (path: string, body: unknown): Promise<Response> =>
      rawFetch(emulator, path, {
        method: 'POST',
        user: ADMIN,
        headers: { 'Content-Type': 'application/json', 'X-HTTP-Method': 'MERGE' },
        body: JSON.stringify(body)
      });
    expect((await merge('/_api/web/currentuser', { Title: 'x' })).status).toBe(501);
    expect((await merge("/_api/web/getFileByServerRelativePath(decodedurl='/sites/ccm/Files/a.txt')", { Title: 'x' })).status).toBe(501);
    expect((await merge("/_api/web/getFolderByServerRelativePath(decodedurl='/sites/ccm/Files')", { Name: 'x' })).status).toBe(501);
    const deleteCollection = await rawFetch(emulator, '/_api/web/lists', { method: 'DELETE', user: ADMIN });
    expect(deleteCollection.status).toBe(501);
    const verbose = await rawFetch(emulator, '/_api/web/lists', {
      method: 'DELETE',
      user: ADMIN,
      headers: { Accept: 'application/json;odata=verbose' }
    });
    expect(Object.keys(await verbose.json())).toEqual(['error']);
  });

  it('reports an unimplemented call inside $batch as that part failing, while the other parts succeed', async () => {
    const sp = pnpFor(emulator, ADMIN);
    const [batched, execute] = sp.batched();
    const title = batched.web.select('Title')();
    const views = batched.web.lists.getByTitle('Notes').views();
    await execute();
    expect((await title).Title).toBe('ccm');
    expect((await failure(views)).status).toBe(501);
  });
});
