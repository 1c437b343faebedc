import type { IFolder } from '@pnp/sp/folders';
import { RunningEmulator } from '../../local/emulator';
import { failure } from './failure';
import { ADMIN, OFFICER, pnpFor, startTestEmulator, STAFF } from './harness';

/** Class 3 of issue 14: `$filter` (with `$orderby`, `$top`, `$skip`) is honoured on every collection, not ignored. */
describe('query options on collections other than items', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
    const sp = pnpFor(emulator, ADMIN);
    await sp.web.lists.add('Cases');
    await sp.web.lists.add('Letters', '', 101);
    const root = sp.web.getFolderByServerRelativePath('/sites/ccm/Letters');
    const contents: [string, string][] = [
      ['b.txt', 'bb'],
      ['a.txt', 'a'],
      ['c.pdf', 'c'.repeat(100)]
    ];
    for (const [name, content] of contents) await root.files.addUsingPath(name, content, { Overwrite: false });
    await sp.web.folders.addUsingPath('/sites/ccm/Letters/2025');
    await sp.web.folders.addUsingPath('/sites/ccm/Letters/2026');
  });
  afterAll(async () => {
    await emulator.close();
  });

  it("filters, orders and pages a folder's files (it used to return every file whatever the $filter)", async () => {
    // PnPjs query builders mutate in place, so every query starts from a fresh one.
    const folder = (): IFolder => pnpFor(emulator, ADMIN).web.getFolderByServerRelativePath('/sites/ccm/Letters');
    expect((await folder().files.filter("Name eq 'b.txt'")()).map((f) => f.Name)).toEqual(['b.txt']);
    expect((await folder().files.filter("substringof('.txt', Name)").orderBy('Name')()).map((f) => f.Name)).toEqual(['a.txt', 'b.txt']);
    expect((await folder().files.select('Name').orderBy('Name', false).top(2)()).map((f) => f.Name)).toEqual(['c.pdf', 'b.txt']);
    // A filter may use a property that $select leaves out, as in SPO; Length ("100") compares as a number.
    expect(await folder().files.select('Name').filter('Length gt 15')()).toEqual([expect.objectContaining({ Name: 'c.pdf' })]);
    expect((await folder().folders.filter("startswith(Name, '2026')")()).map((f) => f.Name)).toEqual(['2026']);
  });

  it('filters lists, fields, users, groups, permission levels and role assignments', async () => {
    const sp = pnpFor(emulator, ADMIN);
    expect((await sp.web.lists.select('Title').filter('BaseTemplate eq 101')()).map((l) => l.Title)).toEqual(['Letters']);
    expect((await sp.web.lists.filter("Title eq 'cases' and Hidden eq false")()).map((l) => l.Title)).toEqual(['Cases']);
    const title = await sp.web.lists.getByTitle('Cases').fields.filter("InternalName eq 'Title'").select('InternalName')();
    expect(title.map((f) => f.InternalName)).toEqual(['Title']);
    expect((await sp.web.siteUsers.filter(`Email eq '${OFFICER}'`)()).map((u) => u.Email)).toEqual([OFFICER]);
    expect((await sp.web.siteUsers.filter(`Email ne '${STAFF}'`).top(1).skip(1)()).length).toBe(1);
    // endswith is not in SPO's filter grammar (reference §2.4), on any collection.
    expect((await failure(sp.web.siteGroups.filter("endswith(Title, 'Owners')")())).status).toBe(400);
    expect((await sp.web.siteGroups.filter("startswith(Title, 'ccm O')").select('Title')()).map((g) => g.Title)).toEqual(['ccm Owners']);
    expect((await sp.web.roleDefinitions.filter('RoleTypeKind eq 2')()).map((r) => r.Name)).toEqual(['Read']);
    const assignments = await sp.web.roleAssignments.filter('PrincipalId eq 4')();
    expect(assignments.map((a: { PrincipalId: number }) => a.PrincipalId)).toEqual([4]);
  });

  it('filters attachments and the current user’s groups', async () => {
    const sp = pnpFor(emulator, ADMIN);
    const item = await sp.web.lists.getByTitle('Cases').items.add({ Title: 'with files' });
    const attachments = sp.web.lists.getByTitle('Cases').items.getById(item.Id).attachmentFiles;
    await attachments.add('one.txt', '1');
    await attachments.add('two.txt', '2');
    expect((await attachments.filter("FileName eq 'two.txt'")()).map((a) => a.FileName)).toEqual(['two.txt']);
    await sp.web.siteGroups.getById(5).users.add(`i:0#.f|membership|${ADMIN}`);
    expect((await sp.web.currentUser.groups.filter('Id eq 5')()).map((g) => g.Id)).toEqual([5]);
    expect(await sp.web.currentUser.groups.filter('Id eq 3')()).toEqual([]);
  });

  it('refuses a filter on a property the type does not have, and a malformed one, with 400', async () => {
    const sp = pnpFor(emulator, ADMIN);
    expect((await failure(sp.web.lists.filter('Colour eq 1')())).status).toBe(400);
    expect((await failure(sp.web.getFolderByServerRelativePath('/sites/ccm/Letters').files.filter('Name eq')())).status).toBe(400);
    expect((await failure(sp.web.siteUsers.top(-1)())).status).toBe(400);
  });
});
