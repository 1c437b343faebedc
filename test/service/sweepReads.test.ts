import type { CaseStore } from '../../src/data/ports';
import type { Case, CaseStatus } from '../../src/domain';
import { SANCTION_RUNNING_STATUSES } from '../../src/domain';
import type { ServiceStore } from '../../src/service/ports';
import { sharePointServiceStore } from '../../src/service/storage/sharePointServiceStore';
import { demoCase, demoPerson, demoSanction } from '../../local/seed/demo-data';
import { startHarness, type Harness } from '../data/emulatorHarness';

/**
 * Issue 15: the sweep reads every case in which a restriction may be in force. It used to read
 * each status's list and then each status's cases in turn; now it is two round trips to
 * SharePoint (the emulator, over real HTTP) however many cases there are, up to the eleven
 * case aggregates that fit one $batch of 100 operations.
 */
describe('The sweep reads its cases in two round trips, not one per case or per status (emulator)', () => {
  let harness: Harness;
  let caseTeam: CaseStore;
  let service: ServiceStore;
  let personId: string;
  let created = 0;

  async function requestsDuring<T>(run: () => Promise<T>): Promise<{ result: T; requests: number }> {
    const before = harness.emulator.stats().requests;
    const result = await run();
    return { result, requests: harness.emulator.stats().requests - before };
  }

  /** A case in `status` with one sanction, put in SharePoint by the case team. */
  async function putCase(status: CaseStatus): Promise<string> {
    created += 1;
    const id = `sweep-read-${created}`;
    const sanction = demoSanction(id, personId, `${id}-sanction`, status === 'SanctionActive' ? 'Active' : 'Proposed');
    await caseTeam.cases.create({ ...demoCase(personId, [], id, status), sanctions: [sanction] });
    return id;
  }

  beforeAll(async () => {
    harness = await startHarness();
    caseTeam = harness.storeAs('cara.cro');
    service = sharePointServiceStore(harness.storeAs('svc.ccm'));
    personId = (await caseTeam.persons.create(demoPerson('Rhiannon', "O'Connell"))).value.id;
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('returns every running case whole, and none in another status, in two requests', async () => {
    const running = [
      await putCase('SanctionActive'),
      await putCase('SanctionActive'),
      await putCase('UnderReview'),
      await putCase('UnderAppeal')
    ];
    await putCase('Referred');
    await putCase('Closed');

    const { result, requests } = await requestsDuring(() => service.cases.listByStatus(SANCTION_RUNNING_STATUSES));

    expect(requests).toBe(2);
    expect(result.map((kase) => kase.value.id).sort()).toEqual([...running].sort());
    // Each is the whole aggregate, as the case team reads it one by one (sanctions included).
    for (const kase of result) {
      const oneByOne = await caseTeam.cases.get(kase.value.id);
      expect(kase.value).toEqual(oneByOne.value);
      expect(kase.etag).toBe(oneByOne.etag);
      expect(kase.value.sanctions.map((s) => s.id)).toEqual([`${kase.value.id}-sanction`]);
    }
  });

  it('reads more cases in the same number of requests (not N+1)', async () => {
    for (let i = 0; i < 7; i += 1) await putCase(i % 2 === 0 ? 'SanctionActive' : 'UnderReview');

    const { result, requests } = await requestsDuring(() => service.cases.listByStatus(SANCTION_RUNNING_STATUSES));

    expect(result).toHaveLength(11);
    expect(requests).toBe(2);
    expect(new Set(result.map((kase: { value: Case }) => kase.value.status))).toEqual(
      new Set(['SanctionActive', 'UnderReview', 'UnderAppeal'])
    );
  });
});
