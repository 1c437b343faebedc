import { NotFoundError } from '../../src/data/errors';
import type { CaseStore } from '../../src/data/ports';
import { firstPage } from '../../src/ui/services/appStore';
import { demoCase, demoIncident, demoPerson } from '../../local/seed/demo-data';
import { oid } from '../../local/seed/personas';
import { startHarness, nothingElseChangesInEachTest } from './emulatorHarness';
import type { Harness } from './emulatorHarness';

/** HTTP requests the emulator answered while `run` ran. */
async function requestsDuring<T>(harness: Harness, run: () => Promise<T>): Promise<{ result: T; requests: number }> {
  const before = harness.emulator.stats().requests;
  const result = await run();
  return { result, requests: harness.emulator.stats().requests - before };
}

describe('CaseStore.readTogether: a screen load in one $batch (emulator)', () => {
  let harness: Harness;
  nothingElseChangesInEachTest(() => harness);
  let cro: CaseStore;
  const officer = oid('cara.cro');
  const reporter = oid('sam.staff');

  beforeAll(async () => {
    harness = await startHarness();
    cro = harness.storeAs('cara.cro');
    const staff = harness.storeAs('sam.staff');
    const person = await cro.persons.create(demoPerson('Batch', 'Reader'));
    for (let i = 0; i < 3; i++) await staff.incidents.create(demoIncident(person.value.id, reporter));
    await cro.cases.create({ ...demoCase(person.value.id, []), caseOfficerId: officer });
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('sends every read started in it as one HTTP request and gives the same answers as reading one by one', async () => {
    const readAll = (store: CaseStore): Promise<[number, number, string | undefined]> =>
      Promise.all([
        firstPage(store.incidents.listByReporter(reporter, { pageSize: 2 }), 2).then((rows) => rows.length),
        firstPage(store.cases.listByCaseOfficer(officer, { pageSize: 50 }), 50).then((rows) => rows.length),
        store.settings.get<string>('no-such-setting').then((value) => value ?? 'absent')
      ]);
    const oneByOne = await requestsDuring(harness, () => readAll(cro));
    expect(oneByOne.requests).toBe(3);

    expect(cro.readTogether).toBeDefined();
    const together = await requestsDuring(harness, () => cro.readTogether!(readAll));
    expect(together.requests).toBe(1);
    expect(together.result).toEqual(oneByOne.result);
    expect(together.result).toEqual([2, 1, 'absent']);
  });

  it('a read that fails inside the batch rejects readTogether with the mapped error, after the batch has settled', async () => {
    const answered: string[] = [];
    const failing = cro.readTogether!((store) =>
      Promise.all([
        store.persons.get('no-such-person'),
        store.settings.get('no-such-setting').then(() => {
          answered.push('settings');
        })
      ])
    );
    await expect(failing).rejects.toBeInstanceOf(NotFoundError);
    expect(answered).toEqual(['settings']);
  });

  it('the store inside offers no nested batch (PnPjs puts a request in one batch only)', async () => {
    await cro.readTogether!(async (store) => {
      expect(store.readTogether).toBeUndefined();
    });
  });
});
