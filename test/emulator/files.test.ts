import { RunningEmulator } from '../../local/emulator';
import { failure } from './failure';
import { ADMIN, pnpFor, READER, startTestEmulator } from './harness';

describe('document libraries and attachments', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('adds folders and files, downloads $value and sets metadata through listItemAllFields', async () => {
    const sp = pnpFor(emulator, ADMIN);
    await sp.web.lists.add('Letters', 'Letters to customers', 101);
    await sp.web.lists.getByTitle('Letters').fields.addText('CaseRef', { Indexed: true });
    const library = await sp.web.lists.getByTitle('Letters').select('RootFolder/ServerRelativeUrl', 'BaseTemplate').expand('RootFolder')();
    expect(library.BaseTemplate).toBe(101);
    expect(library.RootFolder).toEqual({ ServerRelativeUrl: '/sites/ccm/Letters' });

    await sp.web.folders.addUsingPath('/sites/ccm/Letters/2026');
    const folder = sp.web.getFolderByServerRelativePath('/sites/ccm/Letters/2026');
    expect((await folder()).Name).toBe('2026');
    const content = Buffer.from("Dear Mr O'Brien,\nZoë wrote…", 'utf8');
    const added = await folder.files.addUsingPath("Warning letter O'Brien #1.txt", content, { Overwrite: false });
    expect(added.ServerRelativeUrl).toBe("/sites/ccm/Letters/2026/Warning letter O'Brien #1.txt");
    expect(added.Length).toBe(String(content.length));

    const file = sp.web.getFileByServerRelativePath("/sites/ccm/Letters/2026/Warning letter O'Brien #1.txt");
    const downloaded = Buffer.from(await file.getBuffer());
    expect(downloaded.equals(content)).toBe(true);
    expect(await file.getText()).toBe(content.toString('utf8'));

    const item = await file.getItem<{ Id: number }>('Id');
    await item.update({ CaseRef: 'CASE-7' });
    const found = await sp.web.lists.getByTitle('Letters').items.select('Id', 'CaseRef', 'FileLeafRef').filter("CaseRef eq 'CASE-7'")();
    expect(found).toEqual([expect.objectContaining({ Id: item.Id, CaseRef: 'CASE-7', FileLeafRef: "Warning letter O'Brien #1.txt" })]);

    const duplicate = await failure(folder.files.addUsingPath("Warning letter O'Brien #1.txt", content, { Overwrite: false }));
    expect(duplicate.status).toBe(400);
    await folder.files.addUsingPath("Warning letter O'Brien #1.txt", Buffer.from('v2'), { Overwrite: true });
    expect(await file.getText()).toBe('v2');
    expect((await folder.files()).map((f) => f.Name)).toEqual(["Warning letter O'Brien #1.txt"]);
    expect((await failure(sp.web.getFileByServerRelativePath('/sites/ccm/Letters/none.txt')())).status).toBe(404);
    expect(
      (await failure(pnpFor(emulator, READER).web.getFileByServerRelativePath("/sites/ccm/Letters/2026/Warning letter O'Brien #1.txt")()))
        .status
    ).toBe(403);
  });

  it('adds, lists and reads item attachments', async () => {
    const sp = pnpFor(emulator, ADMIN);
    await sp.web.lists.add('Evidence');
    const item = await sp.web.lists.getByTitle('Evidence').items.add({ Title: 'photo' });
    const attachments = sp.web.lists.getByTitle('Evidence').items.getById(item.Id).attachmentFiles;
    await attachments.add('note & photo.txt', 'attachment body');
    const listed = await attachments();
    expect(listed.map((a) => a.FileName)).toEqual(['note & photo.txt']);
    expect(listed[0].ServerRelativeUrl).toBe(`/sites/ccm/Lists/Evidence/Attachments/${item.Id}/note & photo.txt`);
    expect(await attachments.getByName('note & photo.txt').getText()).toBe('attachment body');
    const reread = await sp.web.lists.getByTitle('Evidence').items.getById(item.Id).select('Attachments')();
    expect(reread.Attachments).toBe(true);
  });
});
