// The "nothing lost" check (issue 14) is itself tested: a write that changes or removes an item
// the test did not name must be caught, and a test's own writes, a new column on a list and new
// items must not be reported.
import { demoPerson } from '../../local/seed/demo-data';
import { siteSnapshot } from '../properties/support/siteSnapshot';
import { collateralChanges } from './support/nothingElseChanged';
import { startHarness, type Harness } from './emulatorHarness';

describe('the nothing-else-changed check catches collateral damage (emulator)', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  test('a write through the store to the person it names is allowed; a change to another person is reported', async () => {
    const store = harness.storeAs('cara.cro');
    const meant = await store.persons.create(demoPerson('Meant', 'Target'));
    const bystander = await store.persons.create(demoPerson('Innocent', 'Bystander'));
    const admin = harness.spAs('svc.ccm');
    const before = await siteSnapshot(admin);
    harness.intent.clear();

    await store.persons.update(meant, { ...meant.value, names: { given: 'Meant', family: 'Target-Jones' } });
    await store.persons.create(demoPerson('Newly', 'Added'));
    expect(collateralChanges(before, await siteSnapshot(admin), harness.intent.named())).toEqual([]);

    // The kind of fault the check is for: a write that lands on an item nobody named.
    const [row] = await admin.web.lists.getByTitle('Persons').items.filter(`ClientRequestKey eq '${bystander.value.id}'`).select('Id')<
      { Id: number }[]
    >();
    await admin.web.lists.getByTitle('Persons').items.getById(row.Id).update({ FamilyName: 'Overwritten' });
    const reported = collateralChanges(before, await siteSnapshot(admin), harness.intent.named());
    expect(reported).toHaveLength(1);
    expect(reported[0].startsWith(`Persons/${row.Id} changed: `)).toBe(true);
    expect(reported[0]).toContain('FamilyName');

    await admin.web.lists.getByTitle('Persons').items.getById(row.Id).delete();
    expect(collateralChanges(before, await siteSnapshot(admin), harness.intent.named())).toEqual([`Persons/${row.Id} removed`]);
  });

  test('reads name nothing: an item only read by the test is still guarded', async () => {
    const store = harness.storeAs('cara.cro');
    const readOnly = await store.persons.create(demoPerson('Only', 'Read'));
    harness.intent.clear();
    await store.persons.get(readOnly.value.id);
    expect(harness.intent.named().has(readOnly.value.id)).toBe(false);
  });
});
