/**
 * First-render benchmark of the home screen: 100,000 incidents in the SharePoint emulator
 * (provisioned, personas, demo data), the local host page in SharePoint mode proxying it,
 * headless Chromium with the CPU throttled 4x (CDP Emulation.setCPUThrottlingRate). For each
 * persona it prints the time to the first render of the home screen (the welcome heading),
 * the time until the home summary has loaded, and the HTTP requests the page made to
 * /sites/ccm (and how many were $batch). Then it loads the first persona's page once more
 * under the CPU profiler and prints where the time went: when each script and request
 * finished arriving, and the main thread's CPU time per script (CDP sampling profiler), so a
 * regression can be traced to a chunk. Times are on the page's clock (see firstRenderBreakdown.ts).
 *   npx tsx tools/bench-first-render.ts [--items 100000] [--personas sam.staff,lena.manager,cara.cro]
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import '@pnp/sp/batching';
import { startLocalSharePoint } from '../local/sp-local';
import { startHostServer } from '../local/host/server';
import { oid, personaByKey } from '../local/seed/personas';
import { createNodeSp } from '../src/data/sharepoint/spFactory';
import { LocalEmulatorUser } from '../local/emulator/pnp-local-user';
import { launchChromium } from './chromium';
import { homeMilestones, printBreakdown, startProfiling, watchHomeMilestones } from './firstRenderBreakdown';

const STATUSES = ['Submitted', 'Acknowledged', 'Acknowledged', 'Draft'];
const REPORTERS = ['sam.staff', 'cara.cro', 'lena.manager'].map(oid);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { items: { type: 'string', default: '100000' }, personas: { type: 'string', default: 'sam.staff,lena.manager,cara.cro' } }
  });
  const total = Number(values.items);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccm-bench-'));
  const sharePoint = await startLocalSharePoint({ port: 0, dataFile: path.join(dir, 'sp.json'), log: () => undefined });
  const admin = createNodeSp(sharePoint.siteUrl, LocalEmulatorUser(personaByKey('svc.ccm').login));

  const loadStart = performance.now();
  for (let inserted = 0; inserted < total;) {
    const [batched, execute] = admin.batched();
    const list = batched.web.lists.getByTitle('Incidents');
    const adds: Promise<unknown>[] = [];
    for (let i = 0; i < 1000 && inserted < total; i++, inserted++) {
      adds.push(
        list.items.add({
          ClientRequestKey: `bench-${inserted}`,
          Title: `Benchmark incident ${inserted}`,
          PersonRef: `bench-person-${inserted % 5000}`,
          // One in ten is reported by a persona, so their "My reports" tile has data.
          ReporterId: inserted % 10 === 0 ? REPORTERS[(inserted / 10) % REPORTERS.length] : `bench-reporter-${inserted % 500}`,
          OccurredAt: new Date(Date.UTC(2026, 0, 1) + inserted * 60000).toISOString(),
          Channel: 'phone',
          Service: 'Housing',
          Status: STATUSES[inserted % STATUSES.length],
          Narrative: `Benchmark incident ${inserted}`
        })
      );
    }
    await execute();
    await Promise.all(adds);
  }
  console.log(
    `Loaded ${total.toLocaleString('en-GB')} incidents in ${((performance.now() - loadStart) / 1000).toFixed(1)} s (emulator: ${sharePoint.emulator.stats().itemCount.toLocaleString('en-GB')} items).`
  );

  let counting: { all: number; batches: number } | undefined;
  const hostPage = await startHostServer({
    port: 0,
    sharePointUrl: sharePoint.siteUrl,
    onProxy: (request) => {
      if (!counting || request.target !== 'sharePoint') return;
      counting.all += 1;
      if (request.path.endsWith('/$batch')) counting.batches += 1;
    }
  });
  const browser = await launchChromium();
  try {
    console.log('\nHome screen, headless Chromium, CPU throttled 4x (cold page load each):');
    const personas = (values.personas ?? '').split(',').filter((k) => k !== '');
    // Each persona timed without the profiler (it slows the page), then one more load of the
    // first persona under the profiler for the breakdown.
    const runs = [...personas.map((key) => ({ key, profiled: false })), ...personas.slice(0, 1).map((key) => ({ key, profiled: true }))];
    for (const { key, profiled } of runs) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const profiling = profiled ? await startProfiling(cdp) : undefined;
      await watchHomeMilestones(page);
      counting = { all: 0, batches: 0 };
      const start = performance.now();
      await page.goto(`${hostPage.url}?as=${encodeURIComponent(key)}`, { waitUntil: 'domcontentloaded' });
      const scriptRun = performance.now() - start;
      // Waiting only for the page's own marks: Playwright's role queries run on the throttled
      // main thread and would delay the very render and requests being measured.
      const painted = await homeMilestones(page);
      const profile = profiling ? await profiling.stop() : undefined;
      await page.waitForLoadState('networkidle');
      const counted = counting;
      counting = undefined;
      const ms = (value: number): string => `${value.toFixed(0).padStart(5)} ms`;
      if (profile) {
        console.log(`\n  ${key}, once more under the CPU profiler (slower for it):`);
        await printBreakdown(page, profile, painted);
      } else {
        console.log(
          `  ${key.padEnd(14)} first render ${ms(painted.welcome)}; summary loaded ${ms(painted.summary)}; ` +
            `page and entry script ${ms(scriptRun)}; ${counted.all} requests to /sites/ccm (${counted.batches} $batch)`
        );
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await hostPage.close();
    await sharePoint.emulator.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
