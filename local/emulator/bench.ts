/**
 * Measures what the repositories depend on: insert rate through PnPjs $batch, and the latency
 * of an indexed `eq` query and of deep $skiptoken paging as the list grows to 100,000 items.
 *   tsx local/emulator/bench.ts [--items 100000] [--data /tmp/bench-sp.json]
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { DefaultHeaders, DefaultInit, spfi } from '@pnp/sp';
import { BrowserFetchWithRetry, DefaultParse } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/batching';
import { startEmulator } from './index';
import { LocalEmulatorUser } from './pnp-local-user';

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { items: { type: 'string', default: '100000' }, data: { type: 'string' } } });
  const total = Number(values.items);
  const login = 'bench@ccm.local';
  const emulator = await startEmulator({
    port: 0,
    users: [{ login, title: 'Bench', email: login, isSiteAdmin: true }],
    dataFile: values.data
  });
  const sp = spfi(emulator.siteUrl).using(
    DefaultHeaders(),
    DefaultInit(),
    BrowserFetchWithRetry(),
    DefaultParse(),
    LocalEmulatorUser(login)
  );
  await sp.web.lists.add('Incidents');
  await sp.web.lists.getByTitle('Incidents').fields.addText('PersonKey', { Indexed: true });
  await sp.web.lists.getByTitle('Incidents').fields.addText('Status');

  const query = async (): Promise<number[]> => {
    const samples: number[] = [];
    for (let i = 0; i < 100; i++) {
      const start = performance.now();
      const rows = await sp.web.lists
        .getByTitle('Incidents')
        .items.select('Id', 'Title', 'Status')
        .filter(`PersonKey eq 'P${i % 1000}' and Status eq 'Open'`)
        .top(100)();
      samples.push(performance.now() - start);
      if (rows.length === 0) throw new Error('indexed query returned nothing');
    }
    return samples;
  };

  let inserted = 0;
  const checkpoints = [10000, 50000, total].filter((n) => n <= total);
  const insertStart = performance.now();
  for (const checkpoint of checkpoints) {
    const chunkStart = performance.now();
    const startCount = inserted;
    while (inserted < checkpoint) {
      const [batched, execute] = sp.batched();
      const list = batched.web.lists.getByTitle('Incidents');
      const pending: Promise<unknown>[] = [];
      for (let i = 0; i < 1000 && inserted < checkpoint; i++, inserted++) {
        pending.push(
          list.items.add({
            Title: `Incident ${inserted}`,
            PersonKey: `P${inserted % 1000}`,
            Status: inserted % 3 === 0 ? 'Open' : 'Closed'
          })
        );
      }
      await execute();
      await Promise.all(pending);
    }
    const rate = ((inserted - startCount) / (performance.now() - chunkStart)) * 1000;
    const samples = await query();
    const pageStart = performance.now();
    await sp.web.lists
      .getByTitle('Incidents')
      .items.select('Id')
      .skip(inserted - 150)
      .top(100)();
    const deepPage = performance.now() - pageStart;
    process.stdout.write(
      `${inserted} items: insert ${rate.toFixed(0)} items/s; indexed eq query p50 ${percentile(samples, 50).toFixed(1)} ms, p95 ${percentile(samples, 95).toFixed(1)} ms; deep $skiptoken page ${deepPage.toFixed(1)} ms; heap ${(emulator.stats().memoryBytes / 1048576).toFixed(0)} MB\n`
    );
  }
  process.stdout.write(`total insert time ${((performance.now() - insertStart) / 1000).toFixed(1)} s\n`);
  const closeStart = performance.now();
  await emulator.close();
  process.stdout.write(`close (incl. final save) ${(performance.now() - closeStart).toFixed(0)} ms\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
