// The local host page (in-memory mode) in headless Chromium, for the keyboard tests: one host
// page server and one browser for the whole file, a fresh page for each test, and all of it
// closed after, so no server or browser outlives the file.
import type { Browser, Page } from 'playwright-core';
import { startHostServer, type RunningHostServer } from '../../local/host/server';
import { launchChromium } from './browser';

export interface HostPageInChromium {
  /** The host page server's base URL (give it to hostUrl). */
  readonly url: string;
  /** The page the current test drives: 1280 by 900, new for each test. */
  readonly page: Page;
}

/**
 * Registers the set-up and tear-down hooks in the calling describe block. Read `url` and `page`
 * inside a test (they exist only once the hooks have run).
 */
export function hostPageInChromium(): HostPageInChromium {
  let server: RunningHostServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    server = await startHostServer({ port: 0 });
    browser = await launchChromium();
  }, 120_000);

  beforeEach(async () => {
    if (!browser) throw new Error('Chromium did not start');
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });

  afterEach(async () => {
    await page?.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    get url(): string {
      if (!server) throw new Error('The host page server is not running: read `url` inside a test');
      return server.url;
    },
    get page(): Page {
      if (!page) throw new Error('No page is open: read `page` inside a test');
      return page;
    }
  };
}
