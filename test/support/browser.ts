import * as fs from 'node:fs';
import * as path from 'node:path';

// The launcher lives in tools/ (the benchmarks use it too, and tools/ may not import tests).
export { CHROMIUM_PATH, launchChromium } from '../../tools/chromium';

export const SCREENSHOT_DIR = path.join(__dirname, '..', '..', 'test-output', 'screenshots');

export function screenshotPath(name: string): string {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return path.join(SCREENSHOT_DIR, `${name}.png`);
}
