import * as fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { startHostServer, type RunningHostServer } from '../../local/host/server';
import { launchChromium, screenshotPath } from '../support/browser';

describe('local host page in headless Chromium', () => {
  let hostPage: RunningHostServer;
  let browser: Browser;

  beforeAll(async () => {
    hostPage = await startHostServer({ port: 0 });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await hostPage?.close();
  });

  test('renders the real UI tree for the chosen persona and saves a screenshot', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${hostPage.url}?as=sam.staff`);
    await page.getByRole('heading', { level: 1, name: 'Customer Case Management' }).waitFor();
    expect(await page.getByText('Signed in as Sam Staff').isVisible()).toBe(true);
    const file = screenshotPath('host-home');
    await page.screenshot({ path: file, fullPage: true });
    expect(fs.statSync(file).size).toBeGreaterThan(1000);
    await page.close();
  });

  test('shows the Members guidance mode with no case wording in the heading', async () => {
    const page = await browser.newPage({ viewport: { width: 400, height: 800 } });
    await page.goto(`${hostPage.url}?as=cllr.khan&mode=guidance&theme=dark`);
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    expect(await heading.textContent()).toBe('Customer Case Management: guidance for Members');
    await page.screenshot({ path: screenshotPath('host-guidance-dark-mobile'), fullPage: true });
    await page.close();
  });
});
