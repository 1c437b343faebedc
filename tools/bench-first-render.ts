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
 * In the same run and the same way it loads a bare React 17 + Fluent UI v9 page (local/benchBare:
 * provider, heading, four cards) and, when `npm run build` has made the .sppkg, the shipped web
 * part under the SPFx shim (local/spfxShim), and prints the ratio of the home screen's first
 * render to the bare page's, for the host page and for the shipped bundle (goal: at most 1.1).
 *   npx tsx tools/bench-first-render.ts [--items 100000] [--personas sam.staff,lena.manager,cara.cro] [--repeats 3]
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
import { startBarePage } from '../local/benchBare/server';
import { MissingBuildError } from '../local/spfxShim/sppkg';
import { startSpfxShim, type RunningSpfxShim } from '../local/spfxShim/server';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import { homeMilestones, printBreakdown, startProfiling, watchHomeMilestones } from './firstRenderBreakdown';

/** First render (the welcome heading painted, page clock) of one cold load, CPU throttled 4x. */
async function firstRender(browser: Browser, url: string): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await watchHomeMilestones(page);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const painted = await homeMilestones(page);
  await page.close();
  return painted.welcome;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const STATUSES = ['Submitted', 'Acknowledged', 'Acknowledged', 'Draft'];
const REPORTERS = ['sam.staff', 'cara.cro', 'lena.manager'].map(oid);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      items: { type: 'string', default: '100000' },
      personas: { type: 'string', default: 'sam.staff,lena.manager,cara.cro' },
      repeats: { type: 'string', default: '3' }
    }
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

    // The yardstick and the shipped bundle, loaded the same way, alternating so that the
    // machine's load falls on all three alike; the median of each.
    const repeats = Math.max(1, Number(values.repeats));
    const bare = await startBarePage();
    let shim: RunningSpfxShim | undefined;
    try {
      shim = await startSpfxShim({ upstreamUrl: hostPage.url });
    } catch (error) {
      if (!(error instanceof MissingBuildError)) throw error;
      console.log(`\n  The shipped bundle is not measured: ${error.message}`);
    }
    try {
      const bareTimes: number[] = [];
      const hostTimes = new Map<string, number[]>();
      const shippedTimes = new Map<string, number[]>();
      for (let round = 0; round < repeats; round++) {
        bareTimes.push(await firstRender(browser, bare.url));
        for (const key of personas) {
          hostTimes.set(key, [...(hostTimes.get(key) ?? []), await firstRender(browser, `${hostPage.url}?as=${encodeURIComponent(key)}`)]);
          if (shim)
            shippedTimes.set(key, [
              ...(shippedTimes.get(key) ?? []),
              await firstRender(browser, `${shim.url}?as=${encodeURIComponent(key)}`)
            ]);
        }
      }
      const yardstick = median(bareTimes);
      console.log(
        `\nFirst render against a bare React 17 + Fluent UI v9 page (provider, heading, four cards), median of ${repeats}, CPU 4x:`
      );
      console.log(`  bare page ${yardstick.toFixed(0)} ms (${bareTimes.map((t) => t.toFixed(0)).join(', ')})`);
      const ratios: { host: number[]; shipped: number[] } = { host: [], shipped: [] };
      for (const key of personas) {
        const host = median(hostTimes.get(key) ?? []);
        ratios.host.push(host / yardstick);
        let line = `  ${key.padEnd(14)} host page ${host.toFixed(0).padStart(5)} ms, ratio ${(host / yardstick).toFixed(2)}`;
        if (shim) {
          const shipped = median(shippedTimes.get(key) ?? []);
          ratios.shipped.push(shipped / yardstick);
          line += `; shipped bundle (SPFx shim) ${shipped.toFixed(0).padStart(5)} ms, ratio ${(shipped / yardstick).toFixed(2)}`;
        }
        console.log(line);
      }
      const worst = (list: number[]): string => (list.length ? Math.max(...list).toFixed(2) : 'not measured');
      console.log(
        `ratio to the bare page (goal at most 1.1): host page worst ${worst(ratios.host)}; shipped bundle worst ${worst(ratios.shipped)}`
      );
    } finally {
      await shim?.close();
      await bare.close();
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
