import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';

// The launcher lives in tools/ (the benchmarks use it too, and tools/ may not import tests).
export { CHROMIUM_PATH, launchChromium } from '../../tools/chromium';

export const SCREENSHOT_DIR = path.join(__dirname, '..', '..', 'test-output', 'screenshots');

export function screenshotPath(name: string): string {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return path.join(SCREENSHOT_DIR, `${name}.png`);
}

/**
 * Screenshots of screens and journey steps are for people to look at, and no test reads them:
 * they are saved only when asked for (`CCM_SCREENSHOTS=1 npm test`). A full run saved about 300
 * full-page PNGs (63 MB), and capturing a full page is a re-layout and a paint at full height in
 * Chromium, which a 2-core `npm test` paid for every time. A journey still keeps the page it
 * failed on (CaseJourney.keepFailureScreenshot), and a test that checks a screenshot takes its own.
 */
export const SCREENSHOTS_WANTED = process.env.CCM_SCREENSHOTS === '1';

export async function saveScreenshot(page: Page, name: string): Promise<void> {
  if (SCREENSHOTS_WANTED) await page.screenshot({ path: screenshotPath(name), fullPage: true });
}
