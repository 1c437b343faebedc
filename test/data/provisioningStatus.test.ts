// Issue 18, provisioning status over real HTTP: the check (provisioning as a dry run) says what
// the site lacks against the schema and changes nothing; the upgrade, run as the site's owner
// with her own permissions (the administration screen's port), makes exactly those changes;
// someone who is not the owner is refused.
import '@pnp/sp/fields';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import '@pnp/sp/security';
import '@pnp/sp/site-groups';
import { startEmulator, type RunningEmulator } from '../../local/emulator';
import { LocalEmulatorUser } from '../../local/emulator/pnp-local-user';
import { PERSONAS, personaByKey } from '../../local/seed/personas';
import { addPersonasToGroups } from '../../local/seed/personaGroups';
import { ForbiddenError } from '../../src/data/errors';
import { createSiteProvisioning } from '../../src/data/provisioning/siteProvisioning';
import { CCM_SCHEMA } from '../../src/data/schema';
import { createNodeSp } from '../../src/data/sharepoint/spFactory';

jest.setTimeout(120000);

describe('provisioning status and the upgrade from the administration screen (emulator)', () => {
  let emulator: RunningEmulator;
  const spAs = (key: string): ReturnType<typeof createNodeSp> =>
    createNodeSp(emulator.siteUrl, LocalEmulatorUser(personaByKey(key).login), { retries: 10, interval: 1 });

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, users: [...PERSONAS] });
  });

  afterAll(async () => {
    await emulator?.close();
  });

  test('on an empty site the check lists every list and group to create, and creates none', async () => {
    const check = await createSiteProvisioning(spAs('ada.admin')).check();
    expect(check.dryRun).toBe(true);
    for (const list of CCM_SCHEMA.lists) expect(check.changes).toContainEqual({ kind: 'listCreated', target: list.title });
    for (const group of CCM_SCHEMA.groups) expect(check.changes).toContainEqual({ kind: 'groupCreated', target: group.title });
    const lists: { Title: string }[] = await spAs('svc.ccm').web.lists.select('Title')();
    expect(lists.map((list) => list.Title).filter((title) => title === 'Cases' || title === 'Settings')).toEqual([]);
  });

  test('the site owner upgrades with her own permissions; the check then finds nothing to do', async () => {
    const ada = createSiteProvisioning(spAs('ada.admin'));
    const upgrade = await ada.upgrade();
    expect(upgrade.dryRun).toBeUndefined();
    expect(upgrade.changes).toContainEqual({ kind: 'listCreated', target: 'Settings' });
    expect(upgrade.changes.some((change) => change.kind === 'guidanceSeeded')).toBe(true);
    expect(upgrade.warnings).toEqual([]);
    await addPersonasToGroups(spAs('svc.ccm'));
    expect((await ada.check()).changes).toEqual([]);
  });

  test('a drift is reported by the check, left as it is, and put right by the upgrade', async () => {
    const column = spAs('svc.ccm').web.lists.getByTitle('AuditLog').fields.getByInternalNameOrTitle('EntityRef');
    await column.update({ MaxLength: 64 }, 'SP.FieldText');
    const ada = createSiteProvisioning(spAs('ada.admin'));
    const needed = await ada.check();
    expect(needed.changes).toEqual([{ kind: 'fieldWidened', target: 'AuditLog.EntityRef', detail: '64 to 255 characters' }]);
    expect((await column.select('MaxLength')<{ MaxLength: number }>()).MaxLength).toBe(64);
    expect((await ada.upgrade()).changes).toEqual(needed.changes);
    expect((await column.select('MaxLength')<{ MaxLength: number }>()).MaxLength).toBe(255);
    expect((await ada.check()).changes).toEqual([]);
  });

  test.each(['sam.staff', 'cara.cro'])('%s, who is not the site’s owner, is refused the upgrade', async (persona) => {
    await expect(createSiteProvisioning(spAs(persona)).upgrade()).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('a site provisioned before issue 18 (emulator)', () => {
  let emulator: RunningEmulator;

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, users: [...PERSONAS] });
  });

  afterAll(async () => {
    await emulator?.close();
  });

  test('managers’ old Contribute on Settings is reported by the check and the upgrade, never removed silently', async () => {
    const sp = createNodeSp(emulator.siteUrl, LocalEmulatorUser(personaByKey('svc.ccm').login), { retries: 10, interval: 1 });
    const site = createSiteProvisioning(sp);
    await site.upgrade();
    const groups: { Id: number; Title: string }[] = await sp.web.siteGroups.select('Id', 'Title')();
    const managers = groups.find((group) => group.Title === 'CCM Managers')?.Id as number;
    const levels: { Id: number; RoleTypeKind: number }[] = await sp.web.roleDefinitions.select('Id', 'RoleTypeKind')();
    const contribute = levels.find((level) => level.RoleTypeKind === 3)?.Id as number;
    await sp.web.lists.getByTitle('Settings').roleAssignments.add(managers, contribute);
    const check = await site.check();
    expect(check.warnings).toEqual([expect.stringMatching(/^Settings gives managers more than read/)]);
    expect(check.changes).toEqual([]);
  });
});
