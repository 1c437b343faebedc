import { demoCase, demoPerson } from '../../local/seed/demo-data';
import { parseCaseReference } from '../../src/domain/model/caseReference';
import { isoInstant } from '../../src/domain/model/dates';
import { startHarness, type Harness, nothingElseChangesInEachTest } from './emulatorHarness';

/*
 * Issue 13: case references people can read (CCM-2026-0042), unique, allocated without
 * collisions when officers open cases at the same moment: over real HTTP, where SharePoint's
 * unique column refuses the second of two equal references.
 */
describe('case references (emulator)', () => {
  let harness: Harness;
  nothingElseChangesInEachTest(() => harness);

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  test('six cases opened at once by two officers get six different references, numbered from 1 in the year', async () => {
    const cro = harness.storeAs('cara.cro');
    const manager = harness.storeAs('lena.manager');
    const person = await cro.persons.create(demoPerson('Referenced', 'Customer'));
    const opened = isoInstant('2026-12-05T10:00:00Z');
    const created = await Promise.all(
      [cro, manager, cro, manager, cro, manager].map((store) =>
        store.cases.create({ ...demoCase(person.value.id, []), id: '', createdAt: opened })
      )
    );
    const references = created.map((stored) => stored.value.reference);
    expect(new Set(references).size).toBe(6);
    expect(references.map((reference) => parseCaseReference(reference)?.sequence).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    for (const reference of references) expect(reference).toMatch(/^CCM-2026-\d{4}$/);
    // The GUID stays the key; the reference is read back with the case.
    const again = await cro.cases.get(created[0].value.id);
    expect(again.value.reference).toBe(references[0]);
  });

  test('a new year starts again at 1; a reference given is kept; a taken one is refused', async () => {
    const cro = harness.storeAs('cara.cro');
    const person = await cro.persons.create(demoPerson('New', 'Year'));
    const nextYear = await cro.cases.create({ ...demoCase(person.value.id, []), id: '', createdAt: isoInstant('2027-01-01T00:30:00Z') });
    expect(nextYear.value.reference).toBe('CCM-2027-0001');
    // 31 December 2026 at 23:30 UTC is still 2026 in UK time (GMT).
    const lateOnNewYearsEve = await cro.cases.create({
      ...demoCase(person.value.id, []),
      id: '',
      createdAt: isoInstant('2026-12-31T23:30:00Z')
    });
    expect(lateOnNewYearsEve.value.reference).toMatch(/^CCM-2026-/);
    await expect(
      cro.cases.create({
        ...demoCase(person.value.id, []),
        id: '',
        reference: 'CCM-2027-0001',
        createdAt: isoInstant('2027-01-02T09:00:00Z')
      })
    ).rejects.toMatchObject({ kind: 'ValidationFailed' });
  });
});
