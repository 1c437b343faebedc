// Issue 18 over real HTTP with SharePoint's permissions: the CCM Administrators group is
// provisioned with Full Control on Settings and Guidance (and may append to the audit log);
// an administrator's save carries the etag, so a stale one is a conflict that overwrites
// nothing; and staff, case officers and managers are refused (403) when they write Settings,
// whatever a screen would or would not offer them.
import '@pnp/sp/lists';
import '@pnp/sp/security';
import '@pnp/sp/site-groups';
import '@pnp/sp/webs';
import { ConflictError, ForbiddenError } from '../../src/data/errors';
import { saveSetting } from '../../src/app/settings/saveSetting';
import { DEFAULT_COUNCIL_DETAILS, settingChangedEvent, type IsoDate, type IsoInstant } from '../../src/domain';
import { readTimeFramesAtStart } from '../../src/ui/services/timeFrames';
import { readStaffGuidanceAtStart } from '../../src/ui/services/guidanceAtStart';
import { publishGuidance } from '../../src/app/settings/publishGuidance';
import { DEFAULT_GUIDANCE, type GuidanceSection } from '../../src/domain/guidance';
import { oid } from '../../local/seed/personas';
import { startHarness, type Harness, nothingElseChangesInEachTest } from './emulatorHarness';

jest.setTimeout(60000);

const NEW_ADDRESS = ['Civic Offices', 'Merrial Street', 'Newcastle-under-Lyme', 'ST5 2AG'];

interface Binding {
  Name: string;
}
interface Assignment {
  Member: { Title: string };
  RoleDefinitionBindings: Binding[];
}

async function grantsOn(harness: Harness, list: string): Promise<Record<string, string[]>> {
  const rows: Assignment[] = await harness
    .spAs('svc.ccm')
    .web.lists.getByTitle(list)
    .roleAssignments.expand('Member', 'RoleDefinitionBindings')();
  return Object.fromEntries(rows.map((row) => [row.Member.Title, row.RoleDefinitionBindings.map((binding) => binding.Name)]));
}

describe('administration settings in SharePoint (emulator)', () => {
  let harness: Harness;
  nothingElseChangesInEachTest(() => harness);

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  test('provisioning creates CCM Administrators with Full Control on Settings and Guidance, and append-only on the audit log', async () => {
    expect(harness.firstReport.changes).toContainEqual({ kind: 'groupCreated', target: 'CCM Administrators' });
    expect((await grantsOn(harness, 'Settings'))['CCM Administrators']).toEqual(['Full Control']);
    expect((await grantsOn(harness, 'Guidance'))['CCM Administrators']).toEqual(['Full Control']);
    expect((await grantsOn(harness, 'AuditLog'))['CCM Administrators']).toEqual(['CCM Append Only']);
    // Managers read Settings and no longer write it.
    expect((await grantsOn(harness, 'Settings'))['CCM Managers']).toEqual(['Read']);
    const members: { LoginName: string }[] = await harness
      .spAs('svc.ccm')
      .web.siteGroups.getByName('CCM Administrators')
      .users.select('LoginName')();
    expect(members.map((member) => member.LoginName)).toEqual(['i:0#.f|membership|ada.admin@ccm.local']);
  });

  test('an administrator saves under the etag; a stale etag is a conflict carrying the value as saved, which is not overwritten', async () => {
    const ada = harness.storeAs('ada.admin');
    expect(await ada.settings.read('councilDetails')).toBeUndefined();
    const first = await ada.settings.save('councilDetails', DEFAULT_COUNCIL_DETAILS, undefined, 'Council details for letters.');
    expect(first.etag).not.toBe('*');
    const read = await ada.settings.read('councilDetails');
    expect(read).toMatchObject({ value: DEFAULT_COUNCIL_DETAILS, etag: first.etag });

    const moved = { ...DEFAULT_COUNCIL_DETAILS, addressLines: NEW_ADDRESS };
    const second = await ada.settings.save('councilDetails', moved, first.etag);
    expect(second.etag).not.toBe(first.etag);

    // A second administrator's screen, still on the first version.
    const stale = ada.settings.save('councilDetails', { ...DEFAULT_COUNCIL_DETAILS, name: 'Somewhere Else Council' }, first.etag);
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    const conflict = (await stale.catch((error: unknown) => error)) as ConflictError<{ value: unknown; etag: string }>;
    expect(conflict.current?.value).toEqual(moved);
    expect(await harness.storeAs('cara.cro').settings.get('councilDetails')).toEqual(moved);
    // Loading the latest version gives an etag that saves (the screen's "Load the latest version").
    const again = await ada.settings.save('councilDetails', moved, conflict.current?.etag);
    await expect(ada.settings.save('councilDetails', moved, second.etag)).rejects.toBeInstanceOf(ConflictError);
    expect(again.value).toEqual(moved);

    // Two first saves: the second finds the first and is a conflict, never a silent replacement.
    await ada.settings.save('probe', { one: 1 }, undefined);
    await expect(ada.settings.save('probe', { two: 2 }, undefined)).rejects.toBeInstanceOf(ConflictError);
    expect(await ada.settings.get('probe')).toEqual({ one: 1 });
  });

  test('the change is audited as the administrator, after the setting is saved', async () => {
    const ada = harness.storeAs('ada.admin');
    const current = await ada.settings.read('councilDetails');
    const value = { ...DEFAULT_COUNCIL_DETAILS, addressLines: ['Castle House', 'Barracks Road', 'ST5 1BL'] };
    const result = await saveSetting(
      ada,
      { key: 'councilDetails', value, etag: current?.etag },
      settingChangedEvent({
        id: 'audit-admin-1',
        actorId: oid('ada.admin'),
        at: '2026-11-28T10:00:00.000Z' as IsoInstant,
        key: 'councilDetails',
        changed: { parts: ['addressLines'] },
        replacedVersion: current?.etag
      })
    );
    expect(result.audit).toEqual({ status: 'written' });
    const entries = await harness.storeAs('aud.auditor').auditLog.listForEntity('Setting', 'councilDetails');
    expect(entries.map((entry) => entry.value.event)).toEqual([
      expect.objectContaining({ action: 'setting.changed', actorId: oid('ada.admin'), after: { parts: ['addressLines'] } })
    ]);
  });

  test('the time frames an administrator saves are what everyone reads at start-up, from their effective day', async () => {
    const ada = harness.storeAs('ada.admin');
    const schedule = { versions: [{ effectiveFrom: '2026-12-01', overrides: { monitoringPeriodMonths: 2 } }] };
    await ada.settings.save('timeFrames', schedule, undefined);
    const staff = harness.storeAs('sam.staff');
    expect((await readTimeFramesAtStart(staff, '2026-11-30' as IsoDate)).monitoringPeriodMonths).toBe(3);
    expect((await readTimeFramesAtStart(staff, '2026-12-01' as IsoDate)).monitoringPeriodMonths).toBe(2);
  });

  test('an administrator publishes a new version of a passage, which staff read at start-up; the same version twice is a conflict', async () => {
    const first = DEFAULT_GUIDANCE.find((section) => section.id === 'staff-incident-narrative') as GuidanceSection;
    const next: GuidanceSection = {
      ...first,
      version: 2,
      title: 'Write it as if they will read it',
      effectiveFrom: '2026-11-28' as IsoDate
    };
    const event = (id: string): ReturnType<typeof settingChangedEvent> => ({
      id,
      actorId: oid('ada.admin'),
      action: 'guidance.published',
      at: '2026-11-28T10:00:00.000Z' as IsoInstant,
      entity: { type: 'GuidanceSection', id: 'staff:staff-incident-narrative' }
    });
    const published = await publishGuidance(harness.storeAs('ada.admin'), next, event('audit-guidance-1'));
    expect(published.audit).toEqual({ status: 'written' });
    const read = await readStaffGuidanceAtStart(harness.storeAs('sam.staff'));
    expect(read.find((section) => section.id === first.id && section.version === 2)?.title).toBe('Write it as if they will read it');
    await expect(
      publishGuidance(harness.storeAs('ada.admin'), { ...next, bodyMarkdown: 'Another wording.' }, event('audit-guidance-2'))
    ).rejects.toBeInstanceOf(ConflictError);
    const audit = await harness.storeAs('aud.auditor').auditLog.listForEntity('GuidanceSection', 'staff:staff-incident-narrative');
    expect(audit.map((entry) => entry.value.event.id)).toEqual(['audit-guidance-1']);
  });

  test.each(['sam.staff', 'cara.cro'])('%s is refused (403) publishing guidance', async (persona) => {
    const first = DEFAULT_GUIDANCE.find((section) => section.id === 'staff-incident-overview') as GuidanceSection;
    await expect(harness.storeAs(persona).guidance.publish({ ...first, version: 7, title: 'Not allowed' })).rejects.toBeInstanceOf(
      ForbiddenError
    );
  });

  test.each(['sam.staff', 'cara.cro', 'lena.manager'])('%s is refused (403) writing Settings, and may still read it', async (persona) => {
    const store = harness.storeAs(persona);
    const current = await store.settings.read('councilDetails');
    expect(current).toBeDefined();
    const write = store.settings.save('councilDetails', { ...DEFAULT_COUNCIL_DETAILS, name: 'Not allowed' }, current?.etag);
    await expect(write).rejects.toBeInstanceOf(ForbiddenError);
    expect(((await write.catch((error: unknown) => error)) as ForbiddenError).groupsThatMay).toContain('CCM Administrators');
    await expect(store.settings.save('roleAssignments', { administrator: [oid(persona)] }, undefined)).rejects.toBeInstanceOf(
      ForbiddenError
    );
    expect(await harness.storeAs('ada.admin').settings.get('roleAssignments')).toBeUndefined();
    expect((await store.settings.get<{ name: string }>('councilDetails'))?.name).toBe(DEFAULT_COUNCIL_DETAILS.name);
  });
});
