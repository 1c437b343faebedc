import type { CaseStore } from '../../src/data/ports';
import { isoDate } from '../../src/domain';
import { loadMonitoringData } from '../../src/ui/screens/monitoring/monitoringReads';
import { demoCase, demoPerson, demoSanction } from '../../local/seed/demo-data';
import { startHarness, type Harness } from '../data/emulatorHarness';

/**
 * The HTTP requests PnPjs sent while `run` ran, as "<list title>" for a list read or "$batch".
 * Recorded at fetch, the one door every request of the Node store goes through.
 */
async function requestsDuring<T>(run: () => Promise<T>): Promise<{ result: T; requests: string[] }> {
  const realFetch = globalThis.fetch;
  const requests: string[] = [];
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = decodeURIComponent(input instanceof Request ? input.url : String(input));
    requests.push(url.endsWith('/_api/$batch') ? '$batch' : (/getByTitle\('([^']+)'\)/.exec(url)?.[1] ?? url));
    return realFetch(input, init);
  };
  try {
    return { result: await run(), requests };
  } finally {
    globalThis.fetch = realFetch;
  }
}

const TODAY = isoDate('2026-12-15');
const CASE_IDS: readonly string[] = ['monitoring-load-1', 'monitoring-load-2', 'monitoring-load-3'];

describe('Monitoring dashboard load over HTTP (emulator)', () => {
  let harness: Harness;
  let monitor: CaseStore;

  beforeAll(async () => {
    harness = await startHarness();
    const cro = harness.storeAs('cara.cro');
    const person = await cro.persons.create(demoPerson('Monitored', 'Customer'));
    for (const caseId of CASE_IDS) {
      const sanction = demoSanction(caseId, person.value.id, `${caseId}-sanction`, 'Active');
      await cro.cases.create({ ...demoCase(person.value.id, [], caseId, 'SanctionActive'), sanctions: [sanction] });
    }
    monitor = harness.storeAs('mo.monitor');
  });

  afterAll(async () => {
    await harness?.close();
  });

  it("is one $batch for every case and the markers, after the active sanctions' ID-window scan (two requests, one round trip)", async () => {
    const load = await requestsDuring(() => loadMonitoringData(monitor, TODAY));
    // The scan: the list's highest ID and the first window of 5,000, side by side; then the one $batch.
    expect(load.requests).toEqual(['Sanctions', 'Sanctions', '$batch']);
    expect(load.result.lists.active.map((row) => row.caseId).sort()).toEqual([...CASE_IDS]);
    expect(load.result.report.activeTotal).toBe(CASE_IDS.length);
    expect(load.result.quarterLabel).toBe('Quarter 4, 2026');
  });

  it('gives the same dashboard as reading one by one, which costs a $batch per case and a request for the markers', async () => {
    const unbatched: CaseStore = { ...monitor, readTogether: undefined };
    const oneByOne = await requestsDuring(() => loadMonitoringData(unbatched, TODAY));
    // One by one, each customer's name is a request of its own too.
    expect([...oneByOne.requests].sort()).toEqual(
      ['$batch', '$batch', '$batch', 'Persons', 'Persons', 'Persons', 'Sanctions', 'Sanctions', 'WarningMarkers'].sort()
    );
    const together = await loadMonitoringData(monitor, TODAY);
    expect(together).toEqual(oneByOne.result);
  });

  it('past nine cases (SharePoint takes 100 operations in one $batch) the cases go out in $batch requests side by side', async () => {
    const cro = harness.storeAs('cara.cro');
    const person = await cro.persons.create(demoPerson('Many', 'Restrictions'));
    const more = Array.from({ length: 8 }, (_, index) => `monitoring-load-more-${index + 1}`);
    for (const caseId of more) {
      const sanction = demoSanction(caseId, person.value.id, `${caseId}-sanction`, 'Active');
      await cro.cases.create({ ...demoCase(person.value.id, [], caseId, 'SanctionActive'), sanctions: [sanction] });
    }
    const load = await requestsDuring(() => loadMonitoringData(monitor, TODAY));
    // Eleven cases: nine, their customers and the markers in one $batch, the other two in a second sent beside it.
    expect(load.requests).toEqual(['Sanctions', 'Sanctions', '$batch', '$batch']);
    expect(load.result.report.activeTotal).toBe(CASE_IDS.length + more.length);
  });
});
