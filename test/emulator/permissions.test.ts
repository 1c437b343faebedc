import { PermissionKind } from '@pnp/sp/security';
import { RunningEmulator } from '../../local/emulator';
import { errorBody, failure } from './failure';
import { ADMIN, OFFICER, pnpFor, rawFetch, READER, STAFF, startTestEmulator } from './harness';

const ACCESS_DENIED = {
  'odata.error': {
    code: '-2147024891, System.UnauthorizedAccessException',
    message: { lang: 'en-US', value: 'Access denied. You do not have permission to perform this action or access this resource.' }
  }
};

describe('permissions', () => {
  let emulator: RunningEmulator;
  let appendOnlyId: number;
  beforeAll(async () => {
    emulator = await startTestEmulator();
    const sp = pnpFor(emulator, ADMIN);
    const visitors = await sp.web.associatedVisitorGroup();
    const members = await sp.web.siteGroups.getByName('ccm Members')();
    await sp.web.siteGroups.getById(visitors.Id).users.add(`i:0#.f|membership|${READER}`);
    await sp.web.siteGroups.getById(members.Id).users.add(`i:0#.f|membership|${OFFICER}`);
    const staff = await sp.web.siteGroups.add({ Title: 'CCM Staff', Description: 'All staff' });
    await sp.web.siteGroups.getById(staff.Id).users.add(`i:0#.f|membership|${STAFF}`);

    // Incidents: staff contribute but see and edit only their own (ReadSecurity/WriteSecurity = 2).
    await sp.web.lists.add('Incidents');
    const incidents = sp.web.lists.getByTitle('Incidents');
    await incidents.update({ ReadSecurity: 2, WriteSecurity: 2 });
    await incidents.breakRoleInheritance(true, false);
    await incidents.roleAssignments.add(staff.Id, 1073741827);

    // AuditLog: a custom "Append only" level: add and view, no edit or delete.
    const low =
      [
        PermissionKind.ViewListItems,
        PermissionKind.AddListItems,
        PermissionKind.OpenItems,
        PermissionKind.ViewPages,
        PermissionKind.Open
      ].reduce((mask, kind) => mask | (1 << (kind - 1)), 0) >>> 0;
    const level = await sp.web.roleDefinitions.add('Append only', 'Add and view, never change', 200, { High: 0, Low: low });
    appendOnlyId = level.data.Id;
    await sp.web.lists.add('AuditLog');
    const audit = sp.web.lists.getByTitle('AuditLog');
    await audit.breakRoleInheritance(false, false);
    await audit.roleAssignments.add(staff.Id, appendOnlyId);
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('lists group members and site users', async () => {
    const sp = pnpFor(emulator, ADMIN);
    const members = await sp.web.siteGroups.getByName('CCM Staff').users();
    expect(members.map((u) => u.Email)).toEqual([STAFF]);
    const users = await sp.web.siteUsers();
    expect(users.map((u) => u.Email)).toEqual(expect.arrayContaining([ADMIN, OFFICER, STAFF, READER]));
    const byLogin = await sp.web.siteUsers.getByLoginName(`i:0#.f|membership|${STAFF}`)();
    expect(byLogin.Title).toBe("Siobhán O'Brien");
    expect((await sp.web.getUserById(byLogin.Id)()).Email).toBe(STAFF);
  });

  it('answers 401 with the odata.error body when the user header is missing or unknown', async () => {
    const none = await rawFetch(emulator, '/_api/web');
    expect(none.status).toBe(401);
    expect(await none.json()).toEqual(ACCESS_DENIED);
    const stranger = await rawFetch(emulator, '/_api/web', { user: 'nobody@elsewhere.example' });
    expect(stranger.status).toBe(401);
  });

  it('lets a Read (visitor) user read but not add, with SPO 403 shape', async () => {
    await pnpFor(emulator, ADMIN).web.lists.add('Guidance');
    await pnpFor(emulator, ADMIN).web.lists.getByTitle('Guidance').items.add({ Title: 'Be kind' });
    const reader = pnpFor(emulator, READER);
    expect(await reader.web.lists.getByTitle('Guidance').items.select('Title')()).toEqual([expect.objectContaining({ Title: 'Be kind' })]);
    const denied = await failure(reader.web.lists.getByTitle('Guidance').items.add({ Title: 'nope' }));
    expect(denied.status).toBe(403);
    expect(errorBody(denied)).toEqual(ACCESS_DENIED);
    const member = pnpFor(emulator, OFFICER);
    expect((await member.web.lists.getByTitle('Guidance').items.add({ Title: 'officer note' })).Title).toBe('officer note');
    // Members hold Edit, which includes ManageLists (as in SPO); visitors cannot create lists.
    expect((await failure(reader.web.lists.add('Sneaky'))).status).toBe(403);
  });

  it('enforces own-items read and write security for users without ManageLists', async () => {
    const staff = pnpFor(emulator, STAFF);
    const admin = pnpFor(emulator, ADMIN);
    const mine = await staff.web.lists.getByTitle('Incidents').items.add({ Title: 'mine' });
    const theirs = await admin.web.lists.getByTitle('Incidents').items.add({ Title: 'theirs' });
    const seen = await staff.web.lists.getByTitle('Incidents').items.select('Title')();
    expect(seen.map((i) => i.Title)).toEqual(['mine']);
    expect((await admin.web.lists.getByTitle('Incidents').items.select('Title')()).map((i) => i.Title)).toEqual(['mine', 'theirs']);
    expect((await failure(staff.web.lists.getByTitle('Incidents').items.getById(theirs.Id)())).status).toBe(404);
    await staff.web.lists.getByTitle('Incidents').items.getById(mine.Id).update({ Title: 'mine, edited' });
    expect((await failure(staff.web.lists.getByTitle('Incidents').items.getById(theirs.Id).update({ Title: 'x' }))).status).toBe(404);
    // Visitors kept Read when inheritance was broken with copyRoleAssignments=true, but
    // ReadSecurity=2 still trims everything they did not create.
    const reader = pnpFor(emulator, READER);
    expect(await reader.web.lists.getByTitle('Incidents').items.select('Title')()).toHaveLength(0);
    expect((await failure(reader.web.lists.getByTitle('Incidents').items.add({ Title: 'x' }))).status).toBe(403);
  });

  it('lets an append-only user add and read but never edit or delete', async () => {
    const staff = pnpFor(emulator, STAFF);
    const audit = staff.web.lists.getByTitle('AuditLog');
    const entry = await audit.items.add({ Title: 'viewed case 7' });
    expect((await staff.web.lists.getByTitle('AuditLog').items.select('Title')()).map((i) => i.Title)).toEqual(['viewed case 7']);
    expect((await failure(staff.web.lists.getByTitle('AuditLog').items.getById(entry.Id).update({ Title: 'tampered' }))).status).toBe(403);
    expect((await failure(staff.web.lists.getByTitle('AuditLog').items.getById(entry.Id).delete())).status).toBe(403);
    expect((await failure(staff.web.lists.getByTitle('AuditLog').items.getById(entry.Id).recycle())).status).toBe(403);
    const perms = await staff.web.lists.getByTitle('AuditLog').getCurrentUserEffectivePermissions();
    expect(staff.web.hasPermissions(perms, PermissionKind.AddListItems)).toBe(true);
    expect(staff.web.hasPermissions(perms, PermissionKind.EditListItems)).toBe(false);
    const role = await pnpFor(emulator, ADMIN).web.roleDefinitions.getById(appendOnlyId)();
    expect(role.Name).toBe('Append only');
  });
});
