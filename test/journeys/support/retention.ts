// What the retention journeys share: the real stack from an EMPTY site with Chromium for the
// file, a case closed in June 2019 (past six years by today, made the way the product makes it),
// and the case service's sweep run as its scheduler runs it, over HTTP with the sweep key.
import type { Browser } from 'playwright-core';
import { demoRoleAssignments } from '../../../local/seed/personas';
import { launchChromium } from '../../support/browser';
import { startLocalStack, type LocalStack } from '../../e2e/support/stack';
import { AT, makeClosedCase, type MadeCase } from '../../service/support/retentionRecords';
import { HostPageSession } from './caseJourney';

export interface RetentionJourney {
  /** The stack (read inside a test: started before the file's tests). */
  readonly stack: LocalStack;
  /** The page session the screenshots are named by. */
  readonly session: HostPageSession;
}

/**
 * Registers the hooks in the calling describe block: the stack and Chromium started once, a
 * failure screenshot kept, both closed after.
 */
export function retentionJourneyOnEmptySite(screenshotPrefix: string): RetentionJourney {
  let stack: LocalStack | undefined;
  let browser: Browser | undefined;
  let session: HostPageSession | undefined;

  beforeAll(async () => {
    stack = await startLocalStack({ seed: false });
    browser = await launchChromium();
    session = new HostPageSession(browser, stack.hostPage.url, screenshotPrefix);
  });

  afterAll(async () => {
    await session?.keepFailureScreenshot();
    await browser?.close();
    await stack?.close();
  });

  return {
    get stack(): LocalStack {
      if (!stack) throw new Error('The stack is not running: read `stack` inside a test');
      return stack;
    },
    get session(): HostPageSession {
      if (!session) throw new Error('No page session yet: read `session` inside a test');
      return session;
    }
  };
}

/**
 * A customer's incident, triaged into an informal case on 3 June 2019, a letter filed, resolved on
 * 20 June 2019 (service/support/retentionRecords.ts), and the case's reference as SharePoint holds it.
 */
export async function caseClosedInJune2019(stack: LocalStack, key: string): Promise<{ made: MadeCase; reference: string }> {
  const as = { staff: stack.sharePoint.storeAs('sam.staff'), manager: stack.sharePoint.storeAs('lena.manager') };
  const made = await makeClosedCase(as, demoRoleAssignments(), key, AT('2019-06-03T09:00:00Z'), AT('2019-06-20T15:00:00Z'));
  const reference = (await stack.sharePoint.storeAs('svc.ccm').cases.find(made.caseId))?.value.reference ?? '';
  return { made, reference };
}

/** The retention part of the sweep's report, as the service sends it. */
export interface RetentionSweepJson {
  held: { id: string; reason: string }[];
  disposed: { entity: { type: string; id: string }; confirmedBy: string; files: number }[];
  awaitingConfirmation: { id: string }[];
}

/** Runs the case service's sweep as its scheduler does and returns what it did for retention. */
export async function runServiceSweep(stack: LocalStack): Promise<RetentionSweepJson> {
  const swept = await fetch(`${stack.service.url}/api/sweeps/run`, {
    method: 'POST',
    headers: { 'x-ccm-sweep-key': stack.service.sweepKey }
  });
  expect(swept.status).toBe(200);
  return ((await swept.json()) as { retention: RetentionSweepJson }).retention;
}
