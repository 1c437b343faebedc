// Zero axe violations (WCAG 2.2 A/AA rules) on every screen of the route table, in the light,
// dark and high-contrast themes, on the local host page with the in-memory demo data; and
// reflow at 320 CSS px (WCAG 1.4.10) for the screens staff use on Teams mobile.
import type { Browser, Page } from 'playwright-core';
import { startHostServer, type RunningHostServer } from '../../local/host/server';
import { ROUTES } from '../../src/ui/shell/routes';
import { dateOfInstant, formatLongDate } from '../../src/domain/model/dates';
import { axeReport } from '../support/axe';
import { launchChromium, saveScreenshot } from '../support/browser';
import { hostUrl, markScreenStale, navigateInApp, SCREENS, ScreenOpener, waitForScreen, type Theme } from './hostScreens';
import { NOW as DEMO_NOW, underReviewCase } from '../../local/seed/demoRecords';
import { caseWithOverdueCustomerRequest, CUSTOMER_REQUEST_CASE_ID } from '../ui/fakes/customerReviewRequest';
import { addDemoRecords } from './demoRecords';
import { addPendingApproval } from './pendingApproval';
import { addCaseAwaitingRestrictionLetter } from './restrictionLetterCase';
import { writeAndProduceRestrictionLetter } from '../e2e/support/restrictionLetterInBrowser';

export interface ScreenSuiteOptions {
  /** Checks that the screen list covers the route table (once, in one file). */
  checkRouteCoverage?: boolean;
  /** Adds the reflow at 320 CSS px checks (once, in one file). */
  checkReflow?: boolean;
}

/**
 * Every screen's axe pass, and the deeper states of the screens that need data first, in one
 * theme. Each theme runs in its own test file (its own host page and browser), so that Jest
 * spreads the three over its workers; the test names are those of the single file they came
 * from ("accessibility of every screen (axe, WCAG 2.2 AA) › dark theme › home has no axe
 * violations").
 */
export function describeAccessibilityOfEveryScreen(theme: Theme, options: ScreenSuiteOptions = {}): void {
  jest.setTimeout(60_000);

  describe('accessibility of every screen (axe, WCAG 2.2 AA)', () => {
    let hostPage: RunningHostServer;
    let browser: Browser;
    let page: Page;
    let opener: ScreenOpener;

    beforeAll(async () => {
      hostPage = await startHostServer({ port: 0 });
      browser = await launchChromium();
      page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      opener = new ScreenOpener(page, hostPage.url);
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await hostPage?.close();
    });

    if (options.checkRouteCoverage) {
      test('the screen list covers every route in the route table', () => {
        expect(SCREENS.map((s) => s.id).sort()).toEqual(ROUTES.map((r) => r.id).sort());
      });
    }

    describe(`${theme} theme`, () => {
      test.each(SCREENS.map((screen) => [screen.id, screen] as const))('%s has no axe violations', async (id, screen) => {
        await opener.open(screen, theme);
        await saveScreenshot(page, `a11y-${id}-${theme}`);
        expect(await axeReport(page, `${id} (${theme}, as ${screen.as})`)).toBe('');
      });
    });

    // The demo data has no pending approval, so the pass above sees the empty inbox; here one is
    // added, and the inbox is checked with the item, with the reject form refused for a missing
    // reason, and after the decision.
    describe(`approvals inbox with a pending approval, ${theme} theme`, () => {
      test('no axe violations with the item, the refused form and the decision', async () => {
        await page.goto(hostUrl(hostPage.url, 'director', theme));
        await waitForScreen(page);
        await addPendingApproval(page);
        await markScreenStale(page);
        await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Approvals', exact: true }).click();
        await waitForScreen(page);
        const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Dafydd Ellis-Jones: case-pending' }) });
        await item.waitFor();
        expect(await axeReport(page, `approvals with an item (${theme})`)).toBe('');

        await item.getByRole('button', { name: 'Reject' }).click();
        await item.getByRole('button', { name: 'Send decision: Reject' }).click();
        await item.getByText('Give the reason for rejecting the proposal.', { exact: false }).waitFor();
        await saveScreenshot(page, `a11y-approvals-pending-refused-${theme}`);
        expect(await axeReport(page, `approvals, reject refused (${theme})`)).toBe('');

        await item.getByRole('textbox', { name: /Reason for rejecting/ }).fill('The monitoring period has not run its course.');
        await item.getByRole('button', { name: 'Send decision: Reject' }).click();
        await item.getByText('You rejected this proposal.', { exact: false }).waitFor();
        expect(await axeReport(page, `approvals, decided (${theme})`)).toBe('');
      });
    });

    // Issue 18: the pass above sees the administration screen's first tab; here every tab, and a
    // save the domain refuses (messages beside the fields and in the summary).
    describe(`administration, every tab and a refused save, ${theme} theme`, () => {
      test('no axe violations on each tab and on the refused save', async () => {
        await page.goto(hostUrl(hostPage.url, 'admin', theme));
        await waitForScreen(page);
        await markScreenStale(page);
        await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Administration', exact: true }).click();
        await waitForScreen(page);
        for (const [tab, ready] of [
          ['Council details', 'Save the council details'],
          ['Time frames', 'Save the time frames'],
          ['Retention', 'Save the retention schedule'],
          ['Closure days', 'Save the closure days'],
          ['Guidance', 'Publish as version 2'],
          ['Site set-up', 'Checking and upgrading the site is not available here']
        ] as const) {
          await page.getByRole('tab', { name: tab }).click();
          await page.getByText(ready, { exact: false }).first().waitFor();
          await saveScreenshot(page, `a11y-admin-${tab.replace(/\W+/g, '-').toLowerCase()}-${theme}`);
          expect(await axeReport(page, `administration, ${tab} (${theme})`)).toBe('');
        }
        await page.getByRole('tab', { name: 'Council details' }).click();
        await page.getByRole('textbox', { name: /^Council name/ }).fill('');
        await page.getByRole('button', { name: 'Save the council details' }).click();
        await page.getByText('Not saved', { exact: true }).waitFor();
        expect(await axeReport(page, `administration, refused save (${theme})`)).toBe('');
      });
    });

    // BR-23: the pass above sees the subject access screen's search; here the person found and
    // chosen, a refused request (no date), a logged request, an extension refused and then made,
    // and a finished export, by keyboard.
    describe(`subject access, a request logged and exported, ${theme} theme`, () => {
      test('no axe violations on the results, the refused and logged request, and the export', async () => {
        await page.goto(hostUrl(hostPage.url, 'dpo', theme));
        await waitForScreen(page);
        await markScreenStale(page);
        await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Subject access requests', exact: true }).click();
        await waitForScreen(page);
        await page.getByRole('searchbox', { name: /The person’s name/ }).fill("O'Brien");
        await page.keyboard.press('Enter');
        const choose = page.getByRole('button', { name: /^Choose / }).first();
        await choose.waitFor();
        expect(await axeReport(page, `subject access, people found (${theme})`)).toBe('');
        await choose.focus();
        await page.keyboard.press('Enter');
        await page.getByText('No request has been logged for this person yet.').waitFor();
        await page.getByRole('button', { name: 'Log the request' }).click();
        await page.getByText('Enter the date the request was received.').waitFor();
        expect(await axeReport(page, `subject access, request refused (${theme})`)).toBe('');
        await page.getByLabel(/Date the request was received/).fill('2026-11-02');
        await page.getByRole('button', { name: 'Log the request' }).click();
        // A request received on the demo host's today can still be extended (Art. 12(3)): its form, refused without a reason.
        const today = dateOfInstant(DEMO_NOW);
        await page.getByLabel(/Date the request was received/).fill(today);
        await page.getByRole('button', { name: 'Log the request' }).click();
        const extend = page.getByRole('button', { name: `Extend the request received on ${formatLongDate(today)}` });
        await extend.focus();
        await page.keyboard.press('Enter');
        await page.getByRole('button', { name: 'Extend to three months' }).click();
        await page.getByText('Enter why the request needs longer: the person must be told the reasons.').waitFor();
        expect(await axeReport(page, `subject access, extension refused (${theme})`)).toBe('');
        await page.getByLabel(/Why it needs longer/).fill('Records in three services to review.');
        await page.getByRole('button', { name: 'Extend to three months' }).focus();
        await page.keyboard.press('Enter');
        await page.getByText('Why: Records in three services to review.').waitFor();
        const run = page.getByRole('button', { name: 'Run the export for the request received on 2 November 2026' });
        await run.focus();
        await page.keyboard.press('Enter');
        await page.getByRole('status').filter({ hasText: 'Export ready' }).waitFor();
        await saveScreenshot(page, `a11y-subject-access-exported-${theme}`);
        expect(await axeReport(page, `subject access, exported (${theme})`)).toBe('');
      });
    });

    // The review pass above sees a case with no sanction under review; here the outcome form is
    // open on Amend, with the proposal's editors and the domain's warnings.
    describe(`review with Amend open, ${theme} theme`, () => {
      test('no axe violations on the amend form with a refused save', async () => {
        await page.goto(hostUrl(hostPage.url, 'caseOfficer', theme));
        await waitForScreen(page);
        await addDemoRecords(page, { cases: [underReviewCase()] });
        await markScreenStale(page);
        await navigateInApp(page, 'review', { caseId: 'case-review' });
        await waitForScreen(page);
        await page.getByLabel(/^Outcome/).selectOption('Amend');
        await page.getByRole('checkbox', { name: /^R02:/ }).check();
        await page.getByRole('button', { name: 'Record the review' }).click();
        await page.getByText('The amendment cannot be saved yet').waitFor();
        await saveScreenshot(page, `a11y-review-amend-${theme}`);
        expect(await axeReport(page, `review, Amend (${theme})`)).toBe('');
      });
    });

    // BR-34: the customer's own request for a review. The case view shows it overdue with a link;
    // the Review screen lists it with the answer form, refuses an empty reply and an empty log
    // entry, then shows the section with no open request once answered.
    describe(`customer request for a review, ${theme} theme`, () => {
      test('no axe violations on the open request, the refused reply and log, and the answered state', async () => {
        await page.goto(hostUrl(hostPage.url, 'caseOfficer', theme));
        await waitForScreen(page);
        await addDemoRecords(page, { cases: [caseWithOverdueCustomerRequest()] });
        await markScreenStale(page);
        await navigateInApp(page, 'case', { caseId: CUSTOMER_REQUEST_CASE_ID });
        await waitForScreen(page);
        const onCase = page.getByRole('region', { name: 'The customer has asked for a review' });
        await onCase.getByText('Overdue: the answer was due by 25 November 2026').waitFor();
        expect(await axeReport(page, `case view, open customer request (${theme})`)).toBe('');

        await onCase.getByRole('button', { name: 'Answer the request received 27 October 2026' }).click();
        await waitForScreen(page);
        const request = page.getByRole('article', { name: 'Request received 27 October 2026' });
        await request.waitFor();
        expect(await axeReport(page, `review, open customer request (${theme})`)).toBe('');

        await request.getByRole('button', { name: 'Send the reply' }).click();
        await request.getByText('Give reasons in the reply.').waitFor();
        await page.getByRole('button', { name: 'Log the request' }).click();
        await page.getByText('Choose how the request arrived.').waitFor();
        await saveScreenshot(page, `a11y-review-customer-request-refused-${theme}`);
        expect(await axeReport(page, `review, customer request refused (${theme})`)).toBe('');

        await request.getByLabel(/^Outcome of the request/).selectOption('Unchanged');
        await request.getByLabel(/^Reasons given in the reply/).fill('Two abusive calls in November; the January review will look again.');
        await request.getByRole('button', { name: 'Send the reply' }).click();
        await page.getByText('There are no open requests from the customer.').waitFor();
        expect(await axeReport(page, `review, customer request answered (${theme})`)).toBe('');
      });
    });

    // The letters pass above sees a monitoring letter with no case; here an approved sanction
    // waits for its letter, so the screen offers "Record as sent to the customer", then says
    // the restriction is now active.
    describe(`letters, recording the restriction letter as sent, ${theme} theme`, () => {
      test('no axe violations on the record-as-sent form, its refusal and the restriction now active', async () => {
        await page.goto(hostUrl(hostPage.url, 'caseOfficer', theme));
        await waitForScreen(page);
        const caseId = await addCaseAwaitingRestrictionLetter(page);
        await markScreenStale(page);
        await navigateInApp(page, 'letters', { caseId, letterType: 'RestrictionDecision' });
        await waitForScreen(page);
        await writeAndProduceRestrictionLetter(page, 'Dafydd Ellis-Jones');
        expect(await axeReport(page, `letters, record as sent (${theme})`)).toBe('');

        await page.getByLabel(/^Date sent/).fill('');
        await page.getByRole('button', { name: 'Record as sent to the customer' }).click();
        await page.getByText('Record the date the letter was sent.').waitFor();
        expect(await axeReport(page, `letters, record as sent refused (${theme})`)).toBe('');

        await page.getByLabel(/^Date sent/).fill('2026-11-28');
        await page.getByRole('button', { name: 'Record as sent to the customer' }).click();
        await page.getByText('The restriction is now active').waitFor();
        await saveScreenshot(page, `a11y-letters-restriction-active-${theme}`);
        expect(await axeReport(page, `letters, restriction now active (${theme})`)).toBe('');
      });
    });

    // The Member referrals pass above sees the list; here the Monitoring Officer's "open a case"
    // form is open, with the customer search and the lead service refused for being empty.
    describe(`member referrals, opening a case, ${theme} theme`, () => {
      test('no axe violations on the open-a-case form with its errors', async () => {
        await page.goto(hostUrl(hostPage.url, 'monitoringOfficer', theme));
        await waitForScreen(page);
        await markScreenStale(page);
        await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Member referrals', exact: true }).click();
        await waitForScreen(page);
        await page.getByRole('button', { name: 'Open a case for Gwen Price-Davies' }).click();
        await page.getByRole('button', { name: 'Open the case' }).click();
        await page.getByText('Choose the lead service.').waitFor();
        await saveScreenshot(page, `a11y-member-referrals-open-${theme}`);
        expect(await axeReport(page, `member referrals, open a case (${theme})`)).toBe('');
      });
    });

    // The pass above sees the customer's needs with empty lists; here one item of every group is
    // open, a representative with no consent or other lawful basis is flagged, and the save is
    // refused with the domain's messages beside the fields and in the list.
    describe(`customer's needs with every group open, ${theme} theme`, () => {
      test('no axe violations with the items, the flag and the refused save', async () => {
        await page.goto(hostUrl(hostPage.url, 'caseOfficer', theme));
        await waitForScreen(page);
        await navigateInApp(page, 'case', { caseId: 'case-1' });
        await waitForScreen(page);
        await markScreenStale(page);
        await page.getByRole('button', { name: "Customer's needs and details", exact: true }).click();
        await waitForScreen(page);
        for (const add of [
          'Add another name',
          'Add a way to contact them',
          'Add a reasonable adjustment',
          'Add a representative',
          'Add a person they care for or represent',
          'Add a statutory role'
        ]) {
          await page.getByRole('button', { name: add }).click();
        }
        await page
          .getByRole('group', { name: 'Representative 1' })
          .getByLabel(/^Has the customer consented/)
          .selectOption('no');
        await page.getByText('has no recorded consent or other lawful basis', { exact: false }).waitFor();
        await page.getByRole('button', { name: 'Save the details' }).click();
        await page.getByText('The details cannot be saved yet').waitFor();
        await saveScreenshot(page, `a11y-person-every-group-${theme}`);
        expect(await axeReport(page, `customer's needs, every group refused (${theme})`)).toBe('');
      });
    });

    if (options.checkReflow) {
      describe('reflow at 320 CSS px (WCAG 1.4.10)', () => {
        const NARROW = ['home', 'record-incident', 'check-customer', 'case', 'approvals', 'members-guidance'];
        let narrow: Page;
        let narrowOpener: ScreenOpener;

        beforeAll(async () => {
          narrow = await browser.newPage({ viewport: { width: 320, height: 640 } });
          narrowOpener = new ScreenOpener(narrow, hostPage.url);
        });

        afterAll(async () => {
          await narrow?.close();
        });

        test.each(SCREENS.filter((s) => NARROW.includes(s.id)).map((screen) => [screen.id, screen] as const))(
          '%s reflows with no horizontal scrolling and no axe violations',
          async (id, screen) => {
            await narrowOpener.open(screen, 'light');
            await saveScreenshot(narrow, `a11y-${id}-320px`);
            const overflow = await narrow.evaluate(() => {
              const width = document.documentElement.clientWidth;
              const wide = Array.from(document.querySelectorAll<HTMLElement>('#root *'))
                .filter((el) => el.getBoundingClientRect().right > width + 1 && el.getClientRects().length > 0)
                // Content clipped by an ancestor that itself fits (e.g. SearchBox's hidden dismiss slot) is not on screen.
                .filter((el) => {
                  for (let a = el.parentElement; a; a = a.parentElement) {
                    if (getComputedStyle(a).overflowX !== 'visible' && a.getBoundingClientRect().right <= width + 1) return false;
                  }
                  return true;
                })
                .slice(0, 5)
                .map(
                  (el) =>
                    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${String(el.className).split(' ').slice(0, 2).join('.')} right=${Math.round(el.getBoundingClientRect().right)}`
                );
              return { scrollWidth: document.documentElement.scrollWidth, width, wide };
            });
            expect(overflow).toEqual({ scrollWidth: overflow.width, width: overflow.width, wide: [] });
            expect(await axeReport(narrow, `${id} (320 px)`)).toBe('');
          }
        );
      });
    }
  });
}
