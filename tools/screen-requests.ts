/**
 * How many requests each screen's load makes to SharePoint: the local host page in SharePoint
 * mode against an emulator with the demo data, headless Chromium. For each screen it signs in
 * as a persona who may open it, waits for the home screen to settle, opens the screen from the
 * menu (or by deep link for a case) and counts the requests to /sites/ccm until the network is
 * idle, and how many of them were $batch. Prints a table; not a timed test.
 *   npx tsx tools/screen-requests.ts
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { startLocalSharePoint } from '../local/sp-local';
import { startHostServer } from '../local/host/server';
import { launchChromium } from './chromium';

interface ScreenLoad {
  screen: string;
  persona: string;
  /** Menu button to press after home has settled; absent for a deep link. */
  menu?: string;
  query?: string;
}

const SCREENS: readonly ScreenLoad[] = [
  { screen: 'Home (staff)', persona: 'sam.staff' },
  { screen: 'Home (line manager)', persona: 'lena.manager' },
  { screen: 'Home (case officer)', persona: 'cara.cro' },
  { screen: 'My reports', persona: 'sam.staff', menu: 'My reports' },
  { screen: 'Triage referrals', persona: 'lena.manager', menu: 'Triage referrals' },
  { screen: 'Cases', persona: 'cara.cro', menu: 'Cases' },
  { screen: 'Case (deep link)', persona: 'cara.cro', query: '&case=demo-case-active' },
  { screen: 'Approvals', persona: 'ed.director', menu: 'Approvals' },
  { screen: 'Monitoring', persona: 'mo.monitor', menu: 'Monitoring' }
];

async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  // Lazy screens fetch after their chunk arrives: wait for a quiet half second.
  await page.waitForTimeout(500);
  await page.waitForLoadState('networkidle');
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccm-screens-'));
  const sharePoint = await startLocalSharePoint({ port: 0, dataFile: path.join(dir, 'sp.json'), log: () => undefined });
  let counted: string[] | undefined;
  const hostPage = await startHostServer({
    port: 0,
    sharePointUrl: sharePoint.siteUrl,
    onProxy: (request) => {
      if (counted && request.target === 'sharePoint') counted.push(request.path);
    }
  });
  const browser = await launchChromium();
  try {
    console.log('Requests to /sites/ccm per screen load (demo data):');
    for (const load of SCREENS) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      counted = [];
      await page.goto(`${hostPage.url}?as=${load.persona}${load.query ?? ''}`);
      await settled(page);
      if (load.menu) {
        counted = [];
        await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: load.menu, exact: true }).click();
        await settled(page);
      }
      const made = counted;
      counted = undefined;
      const batches = made.filter((p) => p.endsWith('/$batch')).length;
      const note = load.menu ? '' : ' (page load, incl. who the user is)';
      console.log(`  ${load.screen.padEnd(22)} ${String(made.length).padStart(3)} requests, ${batches} $batch${note}`);
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
