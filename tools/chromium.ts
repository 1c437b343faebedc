import * as fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium; Playwright's own browser download is not possible here (TOOLCHAIN.md).
 * Debian's `chromium-headless-shell` first, when installed: the same Blink and V8 without the
 * browser's UI layer (Playwright's own default for headless runs), measured at a sixth less CPU
 * than `chromium --headless` on the dark axe pass (33.8 s against 40.1 s, 6 December 2026).
 */
const HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell';
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? (fs.existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : '/usr/bin/chromium');

/** Headless Chromium for the browser tests and the benchmarks that load the app. */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install Debian's chromium-headless-shell or chromium (apt-get install chromium-headless-shell chromium) or set CHROMIUM_PATH.`
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // Root in CI needs --no-sandbox; the rest stop Chromium calling home on a closed network.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ]
  });
}
