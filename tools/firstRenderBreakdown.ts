/**
 * Where the time to first render goes, for tools/bench-first-render.ts: the scripts the page
 * loaded (size and when each finished arriving, from Resource Timing) and the main thread's
 * CPU time per script URL until the home summary has loaded (the CDP sampling profiler, which runs under
 * the same CPU throttling as the page).
 */
import type { CDPSession, Page } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface Profiling {
  stop(): Promise<CpuProfile>;
}

/**
 * Records, on the page's own clock (ms from navigation start), the frame in which the welcome
 * heading is first painted and the frame in which the home summary has replaced its loading
 * line: the browser's view, free of the test driver's polling, which runs on the same
 * throttled main thread and adds hundreds of milliseconds to each wait.
 */
// A string, not a function: tsx compiles functions with name helpers (__name) that do not
// exist in the page.
const RECORD_HOME_MILESTONES = `(() => {
  let welcomed = false;
  const observer = new MutationObserver(() => {
    if (!welcomed && Array.from(document.querySelectorAll('h2')).some((h) => (h.textContent || '').startsWith('Welcome,'))) {
      welcomed = true;
      requestAnimationFrame((frameTime) => { window.__ccmWelcomePaintedAt = frameTime; });
    }
    const due = Array.from(document.querySelectorAll('h3')).some((h) => h.textContent === 'What is due');
    if (due && (document.body.textContent || '').indexOf('Checking what is due…') < 0) {
      observer.disconnect();
      requestAnimationFrame((frameTime) => { window.__ccmSummaryPaintedAt = frameTime; });
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

/** Call before navigating; read with homeMilestones() once the summary has loaded. */
export async function watchHomeMilestones(page: Page): Promise<void> {
  await page.addInitScript(RECORD_HOME_MILESTONES);
}

export async function homeMilestones(page: Page): Promise<{ welcome: number; summary: number }> {
  // A cheap expression polled every 50 ms (not every frame) disturbs the throttled page least.
  await page.waitForFunction('window.__ccmSummaryPaintedAt !== undefined', undefined, { polling: 50, timeout: 120000 });
  return page.evaluate(() => {
    const marks = window as unknown as Record<string, number>;
    return { welcome: marks.__ccmWelcomePaintedAt, summary: marks.__ccmSummaryPaintedAt };
  });
}

export async function startProfiling(cdp: CDPSession): Promise<Profiling> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return {
    stop: async () => ((await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }).profile
  };
}

/** Milliseconds of CPU per script (by file name), from the samples' time deltas. */
function cpuByScript(profile: CpuProfile): Map<string, number> {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const node = nodes.get(samples[i]);
    const name = node?.callFrame.url ? node.callFrame.url.replace(/^.*\//, '') : `(${node?.callFrame.functionName || 'browser'})`;
    totals.set(name, (totals.get(name) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  }
  return totals;
}

export async function printBreakdown(page: Page, profile: CpuProfile, painted: { welcome: number; summary: number }): Promise<void> {
  const resources = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => {
      const timing = entry as PerformanceResourceTiming;
      return { name: timing.name, size: timing.decodedBodySize, start: timing.startTime, end: timing.responseEnd };
    })
  );
  const navigation = await page.evaluate(() => {
    const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return entry ? { domContentLoaded: entry.domContentLoadedEventEnd } : undefined;
  });
  console.log(
    `    where the time went (page clock: first render ${painted.welcome.toFixed(0)} ms, summary ${painted.summary.toFixed(0)} ms):`
  );
  if (navigation)
    console.log(`      DOMContentLoaded (entry module and its static imports run) at ${navigation.domContentLoaded.toFixed(0)} ms`);
  for (const resource of resources.filter((r) => r.name.endsWith('.js') || r.name.includes('/_api/'))) {
    const name = resource.name.replace(/^https?:\/\/[^/]+/, '');
    console.log(
      `      ${name.slice(0, 48).padEnd(48)} ${(resource.size / 1024).toFixed(0).padStart(5)} KB  requested ${resource.start.toFixed(0).padStart(5)} ms, arrived ${resource.end.toFixed(0).padStart(5)} ms`
    );
  }
  const cpu = [...cpuByScript(profile).entries()].sort((a, b) => b[1] - a[1]).slice(0, 8);
  const total = [...cpuByScript(profile).values()].reduce((sum, ms) => sum + ms, 0);
  console.log(`      main-thread CPU until the summary loaded: ${total.toFixed(0)} ms; by script:`);
  for (const [name, ms] of cpu) console.log(`        ${name.padEnd(40)} ${ms.toFixed(0).padStart(5)} ms`);
}
