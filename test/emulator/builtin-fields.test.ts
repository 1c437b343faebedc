import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RunningEmulator } from '../../local/emulator';
import { PersistedStore } from '../../local/emulator/store/model';
import { failure } from './failure';
import { ADMIN, pnpFor, startTestEmulator } from './harness';

/**
 * SharePoint's SPBuiltInFieldId values, written out here rather than imported from the emulator
 * so that a wrong id in the emulator fails this test. Source: pnp/pnpframework
 * src/lib/PnP.Framework/Enums/BuiltInFieldId.cs.
 */
const SHAREPOINT_IDS: Record<string, string> = {
  ID: '1d22ea11-1e32-424e-89ab-9fedbadb6ce1',
  ContentTypeId: '03e45e84-1992-4d42-9116-26f756012634',
  ContentType: 'c042a256-787d-4a6f-8a8a-cf6ab767f12d',
  Title: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247',
  Modified: '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f',
  Created: '8c06beca-0777-48f7-91c7-6da68bc07b69',
  Author: '1df5e554-ec7e-46a6-901d-d85a3881cb18',
  Editor: 'd31655d1-1d5b-4511-95a1-7a09e9b75bf2',
  _UIVersionString: 'dce8262a-3ae9-45aa-aab4-83bd75fb738a',
  Attachments: '67df98f4-9dec-48ff-a553-29bece9c5bf4',
  GUID: 'ae069f25-3ac2-4256-b9c3-15dbc15da0e0',
  FSObjType: '30bb605f-5bae-48fe-b4e3-1f81d9772af9',
  FileRef: '94f89715-e097-4e8b-ba79-ea02aa8b7adb',
  FileDirRef: '56605df6-8fa1-47e4-a04c-5b384d59609f',
  FileLeafRef: '8553196d-ec8d-4564-9861-3dbe931050c8'
};

async function builtInIds(emulator: RunningEmulator, listTitle: string): Promise<Record<string, string>> {
  const fields = await pnpFor(emulator, ADMIN).web.lists.getByTitle(listTitle).fields.select('InternalName', 'Id', 'CanBeDeleted')<
    { InternalName: string; Id: string; CanBeDeleted: boolean }[]
  >();
  return Object.fromEntries(fields.filter((f) => !f.CanBeDeleted).map((f) => [f.InternalName, f.Id]));
}

/** Class 5 of issue 14: built-in fields carry SharePoint's fixed ids, not random ones. */
describe('built-in field ids', () => {
  let dir: string;
  /** Emulators a test started; closed even when an assertion fails, so Jest can exit. */
  const running: RunningEmulator[] = [];
  const start = async (dataFile?: string): Promise<RunningEmulator> => {
    const emulator = await startTestEmulator(dataFile ? { dataFile } : {});
    running.push(emulator);
    return emulator;
  };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ccm-builtin-'));
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((emulator) => emulator.close()));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives every list and library the same, SharePoint-defined ids', async () => {
    const emulator = await start();
    const sp = pnpFor(emulator, ADMIN);
    await sp.web.lists.add('Cases');
    await sp.web.lists.add('Letters', '', 101);
    expect(await builtInIds(emulator, 'Cases')).toEqual(SHAREPOINT_IDS);
    expect(await builtInIds(emulator, 'Letters')).toEqual(SHAREPOINT_IDS);
    const title = await sp.web.lists.getByTitle('Cases').fields.getById(SHAREPOINT_IDS.Title).select('InternalName', 'SchemaXml')();
    expect(title.InternalName).toBe('Title');
    expect(title.SchemaXml).toContain(`ID="{${SHAREPOINT_IDS.Title}}"`);
  });

  it('serves the new built-ins on items the way SPO does: ContentTypeId and version are readable, ContentType is not modelled', async () => {
    const emulator = await start();
    const list = pnpFor(emulator, ADMIN).web.lists.getByTitle('Cases');
    await pnpFor(emulator, ADMIN).web.lists.add('Cases');
    const item = await list.items.add({ Title: 'one' });
    const read = await list.items.getById(item.Id).select('ContentTypeId', 'OData__UIVersionString')();
    expect(read).toMatchObject({ ContentTypeId: item.ContentTypeId, OData__UIVersionString: '1.0' });
    expect((await failure(list.items.getById(item.Id).select('ContentType/Name').expand('ContentType')())).status).toBe(501);
    expect((await failure(list.items.add({ ContentType: 'Item' }))).status).toBe(400);
  });

  it('upgrades a store saved with random built-in ids, keeping what callers changed on them', async () => {
    const dataFile = join(dir, 'sp.json');
    const first = await start(dataFile);
    await pnpFor(first, ADMIN).web.lists.add('Cases');
    await pnpFor(first, ADMIN).web.lists.getByTitle('Cases').items.add({ Title: 'kept' });
    await running.splice(0)[0].close();
    // Rewrite the file as the previous emulator saved it: random ids, and without the built-ins it lacked.
    const saved = JSON.parse(readFileSync(dataFile, 'utf8')) as PersistedStore;
    const fields = saved.lists[0].list.fields.filter((f) => !['ContentTypeId', 'ContentType', '_UIVersionString'].includes(f.internalName));
    for (const field of fields) if (field.builtIn) field.id = `0000000${fields.indexOf(field)}-0000-4000-8000-000000000000`;
    const title = fields.find((f) => f.internalName === 'Title');
    if (title) title.title = 'Case reference';
    saved.lists[0].list.fields = fields;
    writeFileSync(dataFile, JSON.stringify(saved));

    const second = await start(dataFile);
    expect(await builtInIds(second, 'Cases')).toEqual(SHAREPOINT_IDS);
    const list = pnpFor(second, ADMIN).web.lists.getByTitle('Cases');
    expect((await list.fields.getById(SHAREPOINT_IDS.Title).select('Title')()).Title).toBe('Case reference');
    expect((await list.items.select('Title')()).map((i) => i.Title)).toEqual(['kept']);
  });
});
