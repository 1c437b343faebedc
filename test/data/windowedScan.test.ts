import '@pnp/sp/batching';
import { eq } from '../../src/data/odata';
import { firstPage } from '../../src/ui/services/appStore';
import { startHarness } from './emulatorHarness';
import type { Harness } from './emulatorHarness';

const SUBMITTED = 6000;

/** HTTP requests the emulator answered while `run` ran. */
async function requestsDuring<T>(harness: Harness, run: () => Promise<T>): Promise<{ result: T; requests: number }> {
  const before = harness.emulator.stats().requests;
  const result = await run();
  return { result, requests: harness.emulator.stats().requests - before };
}

describe('a status shared by more items than the list view threshold (emulator)', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
    const [batched, execute] = harness.spAs('svc.ccm').batched();
    const list = batched.web.lists.getByTitle('Incidents');
    const adds: Promise<unknown>[] = [];
    for (let i = 0; i < SUBMITTED; i++) {
      adds.push(
        list.items.add({
          ClientRequestKey: `windowed-${i}`,
          Title: `Windowed incident ${i}`,
          PersonRef: `windowed-person-${i % 100}`,
          ReporterId: 'windowed-reporter',
          OccurredAt: '2026-11-20T10:15:00Z',
          Channel: 'phone',
          Service: 'Housing',
          Status: 'Submitted',
          Narrative: `Windowed incident ${i}`
        })
      );
    }
    await execute();
    await Promise.all(adds);
  }, 120000);

  afterAll(async () => {
    await harness?.close();
  });

  it('one query on the status is refused, as SharePoint refuses it', async () => {
    const query = harness.spAs('svc.ccm').web.lists.getByTitle('Incidents').items.select('Id').filter(eq('Status', 'Submitted')).top(50)();
    await expect(query).rejects.toMatchObject({ status: 500 });
  });

  it('the first page of the ID-window scan costs two requests (the highest ID and the first window, asked together)', async () => {
    const store = harness.storeAs('svc.ccm');
    const { result, requests } = await requestsDuring(harness, () =>
      firstPage(store.incidents.listByStatus('Submitted', { pageSize: 50 }), 50)
    );
    expect(result).toHaveLength(50);
    expect(result.every((row) => row.value.status === 'Submitted')).toBe(true);
    expect(requests).toBe(2);
  });

  it('the full scan returns every matching item once, in ID order', async () => {
    const store = harness.storeAs('svc.ccm');
    const ids: number[] = [];
    for await (const page of store.incidents.listByStatus('Submitted')) ids.push(...page.map((row) => row.itemId));
    expect(ids).toHaveLength(SUBMITTED);
    expect(new Set(ids).size).toBe(SUBMITTED);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
  }, 60000);
});
