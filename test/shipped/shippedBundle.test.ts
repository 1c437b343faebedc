// Issue 19, item 1: the shipped bundle, run. The RELEASE build of the web part, the very files
// packed into the .sppkg by `npm run build`, is loaded in headless Chromium under a minimal SPFx
// host (local/spfxShim: an AMD loader, the BaseClientSideWebPart lifecycle, a WebPartContext with
// pageContext, spHttpClient, aadHttpClientFactory and msGraphClientFactory over fetch to the
// emulator and the local case service, and sdks.microsoftTeams present or absent). From an
// EMPTY site, a case is made through the shipped bundle itself (staff record an incident, the
// line manager escalates it); then each main persona, on a SharePoint page and as a Teams tab,
// sees home and the deep-linked case, the lazy chunks come from the asset base path, and the
// console has no error. What the shim cannot prove about real SharePoint: README, "The shipped
// bundle, run".
//
// Needs `npm run build` first (CI builds before it tests: .ci/run); without the .sppkg every
// test here fails, saying so.
import type { Browser, Page } from 'playwright-core';
import { createNodeSp } from '../../src/data/sharepoint/spFactory';
import { LocalEmulatorUser } from '../../local/emulator/pnp-local-user';
import { personaByKey } from '../../local/seed/personas';
import { startSpfxShim, type RunningSpfxShim } from '../../local/spfxShim/server';
import { launchChromium } from '../support/browser';
import { startLocalStack, type LocalStack } from '../e2e/support/stack';
import {
  caseFact,
  findIncidentByNarrative,
  findOnlyCaseOf,
  fullName,
  HostPageSession,
  managerEscalatesAndOpensCase,
  staffRecordIncidentForNewCustomer,
  type Customer
} from '../journeys/support/caseJourney';
import { difference, siteSnapshot, type SiteSnapshot } from '../properties/support/siteSnapshot';

jest.setTimeout(300000);

const CUSTOMER: Customer = {
  given: 'Eilidh',
  family: 'Mac an t-Saoir',
  narrative: 'Pushed over the chairs in the registrars’ waiting room after being asked to wait.'
};

type HostKind = 'sharepoint' | 'teams';
const HOSTS: readonly HostKind[] = ['sharepoint', 'teams'];
const HOST_LABEL: Record<HostKind, string> = { sharepoint: 'SharePoint', teams: 'Microsoft Teams' };

/** The main personas, and whether the case (escalated by Lena, in the Housing service) is theirs to open. */
const PERSONAS: ReadonlyArray<{ key: string; opensCase: boolean }> = [
  { key: 'sam.staff', opensCase: false },
  { key: 'lena.manager', opensCase: true },
  { key: 'cara.cro', opensCase: true },
  { key: 'ed.director', opensCase: true },
  { key: 'mo.monitor', opensCase: true }
];

interface Watched {
  page: Page;
  problems: string[];
  scripts: string[];
}

describe('the shipped bundle (.sppkg release files) under the SPFx shim', () => {
  let stack: LocalStack;
  let shim: RunningSpfxShim;
  let browser: Browser;
  let caseId: string;
  let reference: string;
  let before: SiteSnapshot;
  const assetsServed: { name: string; found: boolean }[] = [];
  const admin = (): ReturnType<typeof createNodeSp> =>
    createNodeSp(stack.sharePoint.siteUrl, LocalEmulatorUser(personaByKey('svc.ccm').login));

  beforeAll(async () => {
    stack = await startLocalStack({ seed: false });
    shim = await startSpfxShim({ upstreamUrl: stack.hostPage.url, onAsset: (name, found) => assetsServed.push({ name, found }) });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await shim?.close();
    await stack?.close();
  });

  /** A page of the shim, with every console error, page error, failed request and script URL kept. */
  async function open(persona: string, host: HostKind, caseToOpen?: string): Promise<Watched> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(30000);
    const problems: string[] = [];
    const scripts: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    const query = new URLSearchParams({
      as: persona,
      ...(host === 'teams' ? { host: 'teams' } : {}),
      ...(caseToOpen ? { case: caseToOpen } : {})
    });
    await page.goto(`${shim.url}?${query.toString()}`);
    return { page, problems, scripts };
  }

  test('the site starts empty; staff record an incident and the line manager escalates it, in the shipped bundle', async () => {
    const store = stack.sharePoint.storeAs('svc.ccm');
    expect(await store.cases.listByPerson('nobody')).toEqual([]);
    // The journey steps, run on the shim's pages: the release bundle takes every click.
    const session = new HostPageSession(browser, shim.url, 'shipped-bundle');
    await staffRecordIncidentForNewCustomer(session, CUSTOMER);
    const { personId } = await findIncidentByNarrative(store, CUSTOMER.narrative);
    await managerEscalatesAndOpensCase(session, CUSTOMER);
    caseId = await findOnlyCaseOf(store, personId);
    reference = (await store.cases.get(caseId)).value.reference as string;
    expect(reference).toMatch(/^CCM-\d{4}-\d{4,}$/);
    before = await siteSnapshot(admin());
  });

  for (const host of HOSTS) {
    for (const persona of PERSONAS) {
      test(`${persona.key}, ${HOST_LABEL[host]}: home renders, from the release files, with no console error`, async () => {
        const { page, problems, scripts } = await open(persona.key, host);
        const display = personaByKey(persona.key).title;
        await page.getByText(`Signed in as ${display} · ${HOST_LABEL[host]}`).waitFor();
        await page.getByRole('navigation', { name: 'Main' }).waitFor();
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        // Every script is the shim's own boot or a file of the .sppkg, from the asset base path.
        expect(scripts.filter((script) => script !== '/_shim/boot.js' && !script.startsWith(shim.assetBasePath))).toEqual([]);
        expect(scripts.some((script) => /\/chunk\.ccm-ui_[0-9a-f]+\.js$/.test(script))).toBe(true);
        expect(problems).toEqual([]);
        await page.close();
      });

      test(`${persona.key}, ${HOST_LABEL[host]}: the deep-linked case ${persona.opensCase ? 'opens' : 'is not shown'}, with no console error`, async () => {
        const { page, problems, scripts } = await open(persona.key, host, caseId);
        await page.getByText(`Signed in as ${personaByKey(persona.key).title} · ${HOST_LABEL[host]}`).waitFor();
        if (persona.opensCase) {
          await page.getByRole('heading', { name: 'Next steps' }).waitFor();
          expect((await caseFact(page, 'Reference').innerText()).trim()).toBe(reference);
          expect(await page.getByRole('heading', { name: fullName(CUSTOMER), exact: false }).count()).toBeGreaterThan(0);
          expect(scripts.some((script) => /\/chunk\.ccm-case_[0-9a-f]+\.js$/.test(script))).toBe(true);
        } else {
          await page.waitForLoadState('networkidle');
          await page.waitForTimeout(500);
          const text = await page.locator('body').innerText();
          expect(text).not.toContain(reference);
          expect(text.toLowerCase()).not.toContain('pushed over the chairs');
        }
        await page.waitForLoadState('networkidle');
        expect(problems).toEqual([]);
        await page.close();
      });
    }
  }

  test('every file asked for was in the .sppkg, and viewing changed nothing in SharePoint', async () => {
    expect(assetsServed.filter((asset) => !asset.found)).toEqual([]);
    const lazy = new Set(assetsServed.map((asset) => asset.name).filter((name) => name.startsWith('chunk.')));
    expect(lazy.size).toBeGreaterThan(3);
    expect(difference(before, await siteSnapshot(admin()))).toEqual({ added: [], changed: [], removed: [] });
  });
});
