import '@pnp/sp/attachments';
import type { IncidentReport } from '../../src/domain';
import type { CaseStore, Stored } from '../../src/data/ports';
import { demoIncident, demoPerson } from '../../local/seed/demo-data';
import { oid } from '../../local/seed/personas';
import { createMemoryStore } from '../../src/data/memory/memoryStore';
import { startHarness, type Harness, nothingElseChangesInEachTest } from './emulatorHarness';

/*
 * Issue 13: files staff attach to an incident report are kept as SharePoint item attachments
 * of the report (IncidentRepository.attach, issue 15), which the report's own fields do
 * not list, so no screen showed them. IncidentRepository.attachmentsOf reads them back: over
 * real HTTP against the emulator with SharePoint's permissions, and from the in-memory fake in
 * the same shape, so the component tests stand for the real thing.
 */
const FILE_NAMES: readonly string[] = ["Email from Mr O'Brien.pdf", 'CCTV still #1 (front desk).png', 'Zoë voicemail 100%.mp3'];

function expectedFiles(stored: Stored<IncidentReport>, names: readonly string[]): { name: string; url: string }[] {
  return names.map((name) => ({ name, url: `/sites/ccm/Lists/Incidents/Attachments/${stored.itemId}/${name}` }));
}

describe('Incident attachments are read back with their names and URLs (SharePoint emulator, real HTTP)', () => {
  let harness: Harness;
  nothingElseChangesInEachTest(() => harness);
  let withFiles: Stored<IncidentReport>;
  let withoutFiles: Stored<IncidentReport>;

  beforeAll(async () => {
    harness = await startHarness();
    const person = await harness.storeAs('cara.cro').persons.create(demoPerson('Attached', "O'Brien"));
    const staff = harness.storeAs('sam.staff');
    withFiles = await staff.incidents.create(demoIncident(person.value.id, oid('sam.staff')));
    withoutFiles = await staff.incidents.create({
      ...demoIncident(person.value.id, oid('sam.staff')),
      narrative: 'No files with this one.'
    });
    // As the web part and the local host page attach them: the reporter, through PnPjs.
    const item = harness.spAs('sam.staff').web.lists.getByTitle('Incidents').items.getById(withFiles.itemId);
    for (const name of FILE_NAMES) await item.attachmentFiles.add(name, `content of ${name}`);
  }, 60_000);

  afterAll(async () => {
    await harness?.close();
  });

  test('the case officer reads each file by name, with the server-relative URL that opens it', async () => {
    const cro = harness.storeAs('cara.cro');
    expect(await cro.incidents.attachmentsOf(withFiles)).toEqual(expectedFiles(withFiles, FILE_NAMES));
    expect(await cro.incidents.attachmentsOf(withoutFiles)).toEqual([]);
  });

  test('each name is the file uploaded: the case officer reads back its content by that name', async () => {
    const files = await harness.storeAs('cara.cro').incidents.attachmentsOf(withFiles);
    const item = harness.spAs('cara.cro').web.lists.getByTitle('Incidents').items.getById(withFiles.itemId);
    for (const file of files) expect(await item.attachmentFiles.getByName(file.name).getText()).toBe(`content of ${file.name}`);
  });

  test("several reports' files are read in one $batch round trip (readTogether)", async () => {
    const store: CaseStore = harness.storeAs('cara.cro');
    const readTogether = store.readTogether as NonNullable<CaseStore['readTogether']>;
    const before = harness.emulator.stats().requests;
    const [first, second] = await readTogether((batched) =>
      Promise.all([batched.incidents.attachmentsOf(withFiles), batched.incidents.attachmentsOf(withoutFiles)])
    );
    expect(harness.emulator.stats().requests - before).toBe(1);
    expect(first).toEqual(expectedFiles(withFiles, FILE_NAMES));
    expect(second).toEqual([]);
  });

  test('the reporter attaches a file through the store in one request; the answer names it and its content is what was sent', async () => {
    const staff = harness.storeAs('sam.staff');
    const report = await staff.incidents.create({ ...demoIncident(withFiles.value.personId, oid('sam.staff')), narrative: 'One more.' });
    const name = 'Letter from Ms Zoë #2.pdf';
    const before = harness.emulator.stats().requests;
    const attached = await staff.incidents.attach(report, { name, content: new TextEncoder().encode('the letter').buffer });
    expect(harness.emulator.stats().requests - before).toBe(1);
    expect(attached).toEqual(expectedFiles(report, [name])[0]);
    const item = harness.spAs('sam.staff').web.lists.getByTitle('Incidents').items.getById(report.itemId);
    expect(await item.attachmentFiles.getByName(name).getText()).toBe('the letter');
  });

  test('an upload asked for among reads joined in a $batch goes out on its own: the batch is one request, the file another', async () => {
    const staff = harness.storeAs('sam.staff');
    const report = await staff.incidents.create({ ...demoIncident(withFiles.value.personId, oid('sam.staff')), narrative: 'Batched.' });
    const readTogether = staff.readTogether as NonNullable<CaseStore['readTogether']>;
    const before = harness.emulator.stats().requests;
    const [files, attached] = await readTogether((batched) =>
      Promise.all([
        batched.incidents.attachmentsOf(withFiles),
        batched.incidents.attach(report, { name: 'photo.png', content: new TextEncoder().encode('not in the batch').buffer })
      ])
    );
    expect(harness.emulator.stats().requests - before).toBe(2);
    expect(files).toEqual(expectedFiles(withFiles, FILE_NAMES));
    expect(attached).toEqual(expectedFiles(report, ['photo.png'])[0]);
    const item = harness.spAs('sam.staff').web.lists.getByTitle('Incidents').items.getById(report.itemId);
    expect(await item.attachmentFiles.getByName('photo.png').getText()).toBe('not in the batch');
  });

  test('the line manager, who triages the report, reads its files too', async () => {
    expect(await harness.storeAs('lena.manager').incidents.attachmentsOf(withFiles)).toEqual(expectedFiles(withFiles, FILE_NAMES));
  });

  test('BR-22: another member of staff, who did not write the report, cannot list its files', async () => {
    await expect(harness.storeAs('fay.foi').incidents.attachmentsOf(withFiles)).rejects.toMatchObject({ kind: 'NotFound' });
  });

  test('BR-22: the auditor, whose groups do not open incident reports, is refused, as on the case screen', async () => {
    await expect(harness.storeAs('aud.auditor').incidents.attachmentsOf(withFiles)).rejects.toMatchObject({ kind: 'Forbidden' });
  });
});

describe('The in-memory fake answers attachmentsOf in the same shape', () => {
  test('files attached through the fake are listed by name with the item-attachment URL', async () => {
    const store = createMemoryStore();
    const first = await store.incidents.create({ ...demoIncident('person-1', 'reporter-1'), id: 'incident-a' });
    const withFiles = await store.incidents.create({ ...demoIncident('person-1', 'reporter-1'), id: 'incident-b' });
    for (const name of FILE_NAMES) store.attachFile(withFiles.value.id, name);
    expect(await store.incidents.attachmentsOf(withFiles)).toEqual(expectedFiles(withFiles, FILE_NAMES));
    expect(await store.incidents.attachmentsOf(first)).toEqual([]);
  });

  test('a second file of the same name is refused, as SharePoint refuses it', async () => {
    const store = createMemoryStore();
    const stored = await store.incidents.create({ ...demoIncident('person-1', 'reporter-1'), id: 'incident-a' });
    store.attachFile(stored.value.id, 'photo.png');
    expect(() => store.attachFile(stored.value.id, 'PHOTO.png')).toThrow('already exists');
  });

  test('incidents.attach lists the file as attachFile does, in one call', async () => {
    const store = createMemoryStore();
    const stored = await store.incidents.create({ ...demoIncident('person-1', 'reporter-1'), id: 'incident-a' });
    const before = store.tables.incidents.calls;
    const attached = await store.incidents.attach(stored, { name: FILE_NAMES[0], content: new ArrayBuffer(0) });
    expect(store.tables.incidents.calls - before).toBe(1);
    expect(attached).toEqual(expectedFiles(stored, [FILE_NAMES[0]])[0]);
    expect(await store.incidents.attachmentsOf(stored)).toEqual([attached]);
  });
});
