/**
 * Repository benchmark against the local emulator: bulk inserts per second, p50/p95 latency
 * of each repository query at 1,000, 10,000 and 100,000 incidents, and emulator memory.
 * Usage: npx tsx tools/bench-repositories.ts [sizes, e.g. 1000,10000,100000]
 */
import { startEmulator } from '../local/emulator';
import { LocalEmulatorUser } from '../local/emulator/pnp-local-user';
import { PERSONAS, personaByKey } from '../local/seed/personas';
import { addPersonasToGroups } from '../local/seed/personaGroups';
import { createNodeSp } from '../src/data/sharepoint/spFactory';
import { createSharePointCaseStore } from '../src/data/sharepoint/caseStore';
import { provisionSite } from '../src/data/provisioning/provisionSite';
import type { CaseStore } from '../src/data/ports';
import { personNameKeys } from '../src/domain/people/nameSearchKey';

const STATUSES = ['Draft', 'Submitted', 'Acknowledged'];
const PEOPLE = 5000;
const GIVEN = ['Zoë', 'Siân', 'Łukasz', 'Angus', 'Priya', 'Seán', 'Niamh', 'Dafydd', 'Olivia', 'Kwame', 'Eilidh'];
const FAMILY = [
  "O'Brien",
  'Wiśniewski',
  'MacDonald',
  'ap Gruffudd',
  'Smith-Jones',
  'Patel',
  'Davies',
  'Nguyen',
  'Ní Bhriain',
  'Taylor-Wood'
];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function time(run: () => Promise<unknown>, repeats: number): Promise<{ p50: number; p95: number }> {
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

async function firstPage<T>(pages: AsyncIterable<readonly T[]>): Promise<number> {
  for await (const page of pages) {
    return page.length;
  }
  return 0;
}

async function main(): Promise<void> {
  const sizes = (process.argv[2] ?? '1000,10000,100000').split(',').map(Number);
  const emulator = await startEmulator({ port: 0, users: [...PERSONAS] });
  const spAs = (key: string): ReturnType<typeof createNodeSp> => createNodeSp(emulator.siteUrl, LocalEmulatorUser(personaByKey(key).login));
  const admin = spAs('svc.ccm');
  await provisionSite(admin);
  await addPersonasToGroups(admin);
  const store: CaseStore = createSharePointCaseStore(admin);
  // The name search keys of the people the incidents refer to (person-0 … person-4999), as
  // persons.create writes them: 16,000 rows, above the list view threshold.
  let keyRows = 0;
  for (let person = 0; person < PEOPLE; person += 500) {
    const [batched, execute] = admin.batched();
    const keys = batched.web.lists.getByTitle('PersonNameKeys');
    const adds: Promise<unknown>[] = [];
    for (let p = person; p < person + 500; p++) {
      const names = { given: GIVEN[p % GIVEN.length], family: FAMILY[(p * 3) % FAMILY.length] };
      for (const key of personNameKeys({ names, aliases: [] })) {
        adds.push(
          keys.items.add({
            Title: `${names.given} ${names.family}`,
            NameKey: key,
            PersonRef: `person-${p}`,
            ClientRequestKey: `person-${p}|${key}`
          })
        );
      }
    }
    await execute();
    await Promise.all(adds);
    keyRows += adds.length;
  }
  console.log(`${PEOPLE.toLocaleString('en-GB')} people, ${keyRows.toLocaleString('en-GB')} name search key rows`);
  let inserted = 0;
  for (const size of sizes) {
    const start = performance.now();
    while (inserted < size) {
      const [batched, execute] = admin.batched();
      const list = batched.web.lists.getByTitle('Incidents');
      const adds: Promise<unknown>[] = [];
      for (let i = 0; i < 1000 && inserted < size; i++, inserted++) {
        adds.push(
          list.items.add({
            ClientRequestKey: `bench-${inserted}`,
            PersonRef: `person-${inserted % 5000}`,
            ReporterId: `reporter-${inserted % 200}`,
            OccurredAt: new Date(Date.UTC(2026, 0, 1) + inserted * 60000).toISOString(),
            Channel: 'phone',
            Service: 'Housing',
            Status: STATUSES[inserted % 3 === 0 ? 0 : inserted % 3],
            Narrative: `Benchmark incident ${inserted}`
          })
        );
      }
      await execute();
      await Promise.all(adds);
    }
    const seconds = (performance.now() - start) / 1000;
    console.log(
      `\n${size.toLocaleString('en-GB')} incidents (${Math.round((size - (sizes[sizes.indexOf(size) - 1] ?? 0)) / seconds)} inserts/s)`
    );
    const queries: [string, () => Promise<unknown>][] = [
      ['incidents.get (by id)', () => store.incidents.get(`bench-${Math.floor(size / 2)}`)],
      ['incidents.listByPerson', () => store.incidents.listByPerson('person-42')],
      ['incidents.listByReporter (first page)', () => firstPage(store.incidents.listByReporter('reporter-7'))],
      // Issue 19: reporter-7 has 1 in 200 incidents, so the first page above grows with the list
      // (5 rows at 1,000, 500 at 100,000); a page of at most 50 rows shows the query's own cost.
      ['incidents.listByReporter (page of 50)', () => firstPage(store.incidents.listByReporter('reporter-7', { pageSize: 50 }))],
      ['incidents.listByStatus (first page)', () => firstPage(store.incidents.listByStatus('Acknowledged'))],
      ['persons.searchByFamilyName', () => store.persons.searchByFamilyName("O'B")],
      ['cases.listByPerson', () => store.cases.listByPerson('person-42')],
      ['persons.findIdsByName (full name)', () => store.persons.findIdsByName("Zoë O'Brien")],
      ['persons.findIdsByName (surname, first 50)', () => store.persons.findIdsByName('OBrien')],
      ['persons.findIdsByName ("Surname, Given")', () => store.persons.findIdsByName('Wisniewski, Lukasz')],
      ['restrictionAlerts.listActiveForPerson', () => store.restrictionAlerts.listActiveForPerson('person-42')],
      ['sanctions.listReviewDueBy (first page)', () => firstPage(store.sanctions.listReviewDueBy('2026-12-31' as never))]
    ];
    for (const [name, run] of queries) {
      const { p50, p95 } = await time(run, 20);
      const result = await run();
      const rows = Array.isArray(result) ? `  (${result.length} rows)` : '';
      console.log(`  ${name.padEnd(42)} p50 ${p50.toFixed(1)} ms  p95 ${p95.toFixed(1)} ms${rows}`);
    }
    const stats = emulator.stats();
    console.log(`  emulator: ${stats.itemCount.toLocaleString('en-GB')} items, heap ${(stats.memoryBytes / 1048576).toFixed(0)} MB`);
  }
  await emulator.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
