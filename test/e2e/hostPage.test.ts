import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { startHostServer, type RunningHostServer } from '../../local/host/server';
import { startLocalSharePoint, type LocalSharePoint } from '../../local/sp-local';
import { rewriteFluentImports } from '../../local/host/fluentImports';
import { oid } from '../../local/seed/personas';
import { firstPage } from '../../src/ui/services/appStore';
import { launchChromium, screenshotPath } from '../support/browser';

describe('local host page in headless Chromium', () => {
  let hostPage: RunningHostServer;
  let browser: Browser;

  beforeAll(async () => {
    hostPage = await startHostServer({ port: 0 });
    browser = await launchChromium();
    // Jest's 30 s default is too short for the host page's first esbuild bundle and Chromium on a
    // loaded 2-core machine: a hook that times out keeps running after afterAll has found nothing
    // to close, and its server and browser then outlive the file (issue 15: the worker that could
    // not exit). The a11y tests give the same start 120 s.
  }, 120_000);

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

describe('home screen load against the SharePoint emulator: requests to /sites/ccm', () => {
  let dir: string;
  let sharePoint: LocalSharePoint;
  let hostPage: RunningHostServer;
  let browser: Browser;
  let requests: string[] | undefined;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccm-host-batch-'));
    sharePoint = await startLocalSharePoint({ port: 0, dataFile: path.join(dir, 'sp.json'), log: () => undefined });
    hostPage = await startHostServer({
      port: 0,
      sharePointUrl: sharePoint.siteUrl,
      onProxy: (request) => {
        if (requests && request.target === 'sharePoint') requests.push(request.path);
      }
    });
    browser = await launchChromium();
    // The emulator is provisioned and seeded here as well: the same reason for 120 s.
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await hostPage?.close();
    await sharePoint?.emulator.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** The requests the home screen's load made, and the tile counts it shows. */
  async function loadHome(persona: string): Promise<{ made: string[]; counts: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    requests = [];
    await page.goto(`${hostPage.url}?as=${persona}`);
    await page.getByRole('heading', { level: 2, name: /^Welcome,/ }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'What is due' }).waitFor();
    await page.getByText('Checking what is due…').waitFor({ state: 'detached' });
    await page.waitForLoadState('networkidle');
    const made = requests;
    requests = undefined;
    const counts = await page
      .getByRole('list', { name: 'What you can do' })
      .getByLabel(/ items$/)
      .allTextContents();
    await page.close();
    return { made, counts };
  }

  // Who the user is (groups, role assignments) and the home screen's reads share one $batch.
  test.each(['sam.staff', 'cara.cro', 'mo.monitor'])('%s: the whole home screen load is one $batch round trip', async (persona) => {
    const { made, counts } = await loadHome(persona);
    expect(made).toEqual(['/sites/ccm/_api/$batch']);
    // The counts read ahead of the roles are the ones reading one by one gives.
    const store = sharePoint.storeAs(persona);
    const userId = oid(persona);
    const expected = [String((await firstPage(store.incidents.listByReporter(userId), 50)).length)];
    if (persona !== 'sam.staff') {
      const cases = await firstPage(store.cases.listByCaseOfficer(userId), 50);
      expected.push(String(cases.filter((row) => row.value.status !== 'Closed').length));
    }
    expect(counts).toEqual(expected);
  });

  test("lena.manager: one $batch, plus the triage count's ID-window scan (beyond the list view threshold it cannot batch)", async () => {
    const { made } = await loadHome('lena.manager');
    expect(made.filter((path) => path.endsWith('/$batch'))).toHaveLength(1);
    expect(made.filter((path) => !path.endsWith('/$batch')).every((path) => path.includes("getByTitle('Incidents')/items"))).toBe(true);
  });
});

describe('host page bundle: Fluent UI imported per package, as webpack resolves the barrel for the web part', () => {
  const names = new Map<string, [string, string]>([
    ['Button', ['@fluentui/react-button', 'Button']],
    ['Title2', ['@fluentui/react-text', 'Title2']],
    ['useFluent', ['@fluentui/react-shared-contexts', 'useFluent_unstable']]
  ]);

  test('splits one barrel import by package, keeps local names and drops type-only names', () => {
    const source =
      "import {\n  Button,\n  Title2 as Heading,\n  type ButtonProps,\n  useFluent\n} from '@fluentui/react-components';\nconst x = 1;";
    expect(rewriteFluentImports(source, names)).toBe(
      [
        "import { Button } from 'fluent-barrel-dependency:@fluentui/react-button';",
        "import { Title2 as Heading } from 'fluent-barrel-dependency:@fluentui/react-text';",
        "import { useFluent_unstable as useFluent } from 'fluent-barrel-dependency:@fluentui/react-shared-contexts';",
        'const x = 1;'
      ].join('\n')
    );
  });

  test('leaves an import alone when it names something the barrel map does not know', () => {
    const source = "import { Button, Mystery } from '@fluentui/react-components';";
    expect(rewriteFluentImports(source, names)).toBe(source);
  });
});
