import { provisionSite } from '../../src/data/provisioning/provisionSite';
import { CCM_SCHEMA } from '../../src/data/schema';
import { startHarness, nothingElseChangesInEachTest } from './emulatorHarness';
import type { Harness } from './emulatorHarness';

describe('provisioning against the emulator', () => {
  let harness: Harness;
  nothingElseChangesInEachTest(() => harness);

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('creates every list, group and the append-only permission level on the first run', () => {
    const kinds = harness.firstReport.changes;
    for (const list of CCM_SCHEMA.lists) {
      expect(kinds).toContainEqual({ kind: 'listCreated', target: list.title });
    }
    for (const group of CCM_SCHEMA.groups) {
      expect(kinds).toContainEqual({ kind: 'groupCreated', target: group.title });
    }
    expect(kinds).toContainEqual({ kind: 'permissionLevelCreated', target: 'CCM Append Only' });
    expect(harness.firstReport.warnings).toEqual([]);
  });

  it('changes nothing on the second run (idempotent)', async () => {
    const second = await provisionSite(harness.spAs('svc.ccm'));
    expect(second.changes).toEqual([]);
    expect(second.warnings).toEqual([]);
  });

  it('widens a reference column an older schema made too short (64 to 255 characters)', async () => {
    const sp = harness.spAs('svc.ccm');
    const entity = sp.web.lists.getByTitle('AuditLog').fields.getByInternalNameOrTitle('EntityRef');
    await entity.update({ MaxLength: 64 }, 'SP.FieldText');
    const upgrade = await provisionSite(sp);
    expect(upgrade.changes).toEqual([{ kind: 'fieldWidened', target: 'AuditLog.EntityRef', detail: '64 to 255 characters' }]);
    expect((await entity.select('MaxLength')<{ MaxLength: number }>()).MaxLength).toBe(255);
    expect((await provisionSite(sp)).changes).toEqual([]);
  });
});
