// Deciding a sanction from the approvals inbox by keyboard alone (Tab, Shift+Tab, Enter,
// Space and typing; no mouse) in headless Chromium on the local host page, in-memory mode,
// with one sanction waiting for the director's decision.
import type { Page } from 'playwright-core';
import { saveScreenshot } from '../support/browser';
import { hostPageInChromium } from '../support/hostPageInChromium';
import { expectFocusNotLost, expectFocusVisible, focused, named, tabTo } from '../support/keyboard';
import { hostUrl, waitForScreen } from './hostScreens';
import { addPendingApproval } from './pendingApproval';

jest.setTimeout(90_000);

const ITEM_HEADING = 'Dafydd Ellis-Jones: case-pending';

/** Opens the inbox from the main navigation as the director, with the pending approval there. */
async function openInboxByKeyboard(page: Page, base: string): Promise<void> {
  await page.goto(hostUrl(base, 'director', 'light'));
  await waitForScreen(page);
  await addPendingApproval(page);
  await tabTo(page, named('Approvals', 'button'));
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 2, name: 'Approvals' }).waitFor();
  await page.getByRole('heading', { level: 3, name: ITEM_HEADING }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'screen-title');
}

async function focusIsOutcome(page: Page): Promise<boolean> {
  return page.evaluate(() => document.activeElement?.hasAttribute('data-decision-outcome') === true);
}

describe('approvals inbox by keyboard alone', () => {
  const hostPage = hostPageInChromium();

  test('reject: the reason is required, then the decision is sent and focus lands on the result', async () => {
    const { page } = hostPage;
    await openInboxByKeyboard(page, hostPage.url);
    // The facts are plain text in reading order after the heading, before the decision buttons.
    const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: ITEM_HEADING }) });
    expect(await item.textContent()).toMatch(/Proposed by\s*Cora Officer/);

    await tabTo(page, named('Reject', 'button'));
    await expectFocusVisible(page, 'the Reject button');
    await page.keyboard.press('Enter');
    // Choosing an outcome takes focus to its comment box.
    await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
    expect((await focused(page)).name).toMatch(/^Reason for rejecting/);

    // Sending without a reason is refused; focus comes back to the reason with its message.
    await tabTo(page, named('Send decision: Reject', 'button'));
    await page.keyboard.press('Enter');
    await page.getByText('Give the reason for rejecting the proposal. The case officer and the record need it.').waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
    await expectFocusVisible(page, 'the reason box after the refusal');

    await page.keyboard.type('The monitoring period has not yet run its course.');
    await tabTo(page, named('Send decision: Reject', 'button'));
    await page.keyboard.press('Space');
    await page.getByText('You rejected this proposal. The case officer has been told.').waitFor();
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-decision-outcome') === true);
    await expectFocusNotLost(page, 'sending the decision');
    await expectFocusVisible(page, 'the decision result');
    expect(await page.getByRole('button', { name: 'Reject' }).count()).toBe(0);
    await saveScreenshot(page, 'a11y-keyboard-approval-rejected');
  });

  test('ask for changes, cancel back to the buttons, then approve with Shift+Tab and Enter', async () => {
    const { page } = hostPage;
    await openInboxByKeyboard(page, hostPage.url);
    await tabTo(page, named('Ask for changes', 'button'));
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
    expect((await focused(page)).name).toMatch(/^What needs to change/);

    // Cancel puts focus back on the button that opened the form.
    await tabTo(page, named('Cancel', 'button'));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-outcome') === 'AskForChanges');
    expect(await page.getByRole('textbox').count()).toBe(0);

    // Back to Approve with Shift+Tab.
    await tabTo(page, named('Approve', 'button'), { backwards: true });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
    expect((await focused(page)).name).toMatch(/^Comment \(optional\)/);
    await page.keyboard.type('Agreed: proportionate and reviewed in March.');
    await tabTo(page, named('Send decision: Approve', 'button'));
    await expectFocusVisible(page, 'the send button');
    await page.keyboard.press('Enter');
    await page.getByText('You approved this sanction. The case officer has been told.').waitFor();
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-decision-outcome') === true);
    expect(await focusIsOutcome(page)).toBe(true);

    // From the result, Shift+Tab goes back through the page (the result is the inbox's last
    // control; a Tab past it leaves the page for the browser, as on any page end).
    await page.keyboard.press('Shift+Tab');
    await expectFocusNotLost(page, 'Shift+Tab from the result');
    await expectFocusVisible(page, 'the control before the result');
  });
});
