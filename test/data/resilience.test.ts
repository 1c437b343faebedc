import { startHarness } from './emulatorHarness';
import type { Harness } from './emulatorHarness';
import { seedDemoData } from '../../local/seed/demo-data';
import { ThresholdExceededError } from '../../src/data/errors';
import { eq } from '../../src/data/odata';
import { toDataError } from '../../src/data/sharepoint/errorMapping';

describe('throttling and the list view threshold', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('completes the demo workflow with 20% of requests answered 429/503, without duplicates', async () => {
    harness.emulator.setFaults({ rate: 0.2, statuses: [429, 503], retryAfterSeconds: 0, seed: 42 });
    const result = await seedDemoData(harness.storeAs('sam.staff'), harness.storeAs('cara.cro'), harness.storeAs('svc.ccm'));
    // Run it twice: the second pass must find everything and add nothing.
    await seedDemoData(harness.storeAs('sam.staff'), harness.storeAs('cara.cro'), harness.storeAs('svc.ccm'));
    harness.emulator.setFaults(undefined);
    expect(harness.emulator.stats().faultsInjected).toBeGreaterThan(0);
    const sp = harness.spAs('svc.ccm');
    for (const title of ['Persons', 'Incidents', 'Cases', 'Sanctions', 'Decisions', 'Reviews']) {
      const rows: { ClientRequestKey: string }[] = await sp.web.lists.getByTitle(title).items.select('ClientRequestKey').top(5000)();
      const keys = rows.map((row) => row.ClientRequestKey);
      expect(new Set(keys).size).toBe(keys.length);
    }
    expect(result.cases).toBe(4);
  });

  it('fails like SharePoint on a non-indexed filter over 6,000 items, while indexed queries work', async () => {
    const sp = harness.spAs('svc.ccm');
    const [batched, execute] = sp.batched();
    const list = batched.web.lists.getByTitle('ContactLog');
    const adds: Promise<unknown>[] = [];
    for (let i = 0; i < 6000; i++) {
      adds.push(
        list.items.add({
          ClientRequestKey: `bulk-${i}`,
          CaseRef: i % 2 === 0 ? 'bulk-case' : `other-${i}`,
          Summary: `Contact ${i}`,
          ReceivedAt: '2026-11-28T09:00:00Z'
        })
      );
    }
    await execute();
    await Promise.all(adds);
    const nonIndexed = sp.web.lists.getByTitle('ContactLog').items.select('Id').filter(eq('Summary', 'Contact 5')).top(10)();
    await expect(nonIndexed).rejects.toMatchObject({ status: 500 });
    const store = harness.storeAs('cara.cro');
    const rows = await store.contactLog.listByCase('other-5');
    expect(rows).toHaveLength(1);
    expect(toDataError(await nonIndexed.catch((e: unknown) => e))).toBeInstanceOf(ThresholdExceededError);
  }, 60000);
});
