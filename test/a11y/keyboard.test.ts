// Keyboard-only flows in headless Chromium on the local host page (in-memory demo data):
// no mouse anywhere. Each step checks that focus is visible and never dropped to <body>.
import type { Page } from 'playwright-core';
import { BEHAVIOUR_TAXONOMY } from '../../src/domain/model/behaviour';
import { axeReport } from '../support/axe';
import { saveScreenshot } from '../support/browser';
import { hostPageInChromium } from '../support/hostPageInChromium';
import { describeFocus, expectFocusNotLost, expectFocusVisible, focused, named, tabTo } from '../support/keyboard';
import { hostUrl, waitForScreen } from './hostScreens';
import { addDemoRecords } from './demoRecords';
import { person } from '../../local/seed/demoRecords';

jest.setTimeout(90_000);

/**
 * Someone else saves the case meanwhile: bumps it through the running app's own data port
 * (the AppServices context value), so the next save from the screen meets a stale etag.
 */
async function saveCaseElsewhere(page: Page, caseId: string): Promise<void> {
  await page.evaluate(async (id) => {
    const main = document.querySelector('main');
    const key = main ? Object.keys(main).find((k) => k.startsWith('__reactFiber$')) : undefined;
    interface Stored {
      value: { revision: number };
    }
    interface Services {
      store: { cases: { get(id: string): Promise<Stored>; save(stored: Stored, next: unknown): Promise<unknown> } };
      caseService: unknown;
    }
    interface Fiber {
      return: Fiber | null;
      memoizedProps?: { value?: Partial<Services> };
      type?: { _context?: unknown };
    }
    let fiber = key ? ((main as unknown as Record<string, Fiber>)[key] as Fiber | null) : null;
    while (fiber) {
      const value = fiber.type?._context ? fiber.memoizedProps?.value : undefined;
      if (value?.store && value.caseService) {
        const stored = await value.store.cases.get(id);
        await value.store.cases.save(stored, { ...stored.value, revision: stored.value.revision + 1 });
        return;
      }
      fiber = fiber.return;
    }
    throw new Error('AppServices context not found above <main>');
  }, caseId);
}

async function headingText(page: Page): Promise<string> {
  return (await page.locator('#screen-title:not([data-a11y-stale])').first().textContent()) ?? '';
}

describe('keyboard-only flows', () => {
  const hostPage = hostPageInChromium();

  test('Tab reaches the main navigation; Enter opens a screen and focus moves to its heading', async () => {
    const { page } = hostPage;
    await page.goto(hostUrl(hostPage.url, 'staff', 'light'));
    await waitForScreen(page);
    const nav = await tabTo(page, named('My reports', 'button'));
    expect(nav.tag).toBe('button');
    await expectFocusVisible(page, 'the "My reports" navigation button');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'My reports' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'screen-title');
    const after = await expectFocusNotLost(page, 'opening My reports');
    expect(after.id).toBe('screen-title');
    expect(
      await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'My reports' }).getAttribute('aria-current')
    ).toBe('page');
  });

  test('every Tab stop on the home and record-incident screens shows a visible focus indicator', async () => {
    const { page } = hostPage;
    await page.goto(hostUrl(hostPage.url, 'staff', 'light'));
    await waitForScreen(page);
    const seen: string[] = [];
    const walk = async (stops: number): Promise<void> => {
      for (let i = 0; i < stops; i++) {
        await page.keyboard.press('Tab');
        const f = await focused(page);
        // Past the last control Chromium moves focus to the browser (the document): the end of the page.
        if (f.tag === 'body') return;
        seen.push(describeFocus(f));
        // The local-only persona switcher (outside the app) is the browser's native select.
        if (f.tag === 'select' && f.name.startsWith('Local only')) continue;
        await expectFocusVisible(page, `Tab stop ${i + 1} (${describeFocus(f)})`);
      }
    };
    await walk(12);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await tabTo(page, named('Record an incident', 'button'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Record an incident' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'screen-title');
    const onHome = seen.length;
    await walk(30);
    expect(onHome).toBeGreaterThanOrEqual(5);
    expect(seen.length - onHome).toBe(30);
  });

  test('records an incident end to end by keyboard alone and sees the confirmation', async () => {
    const { page } = hostPage;
    await page.goto(hostUrl(hostPage.url, 'staff', 'light'));
    await waitForScreen(page);
    await tabTo(page, named('Record an incident', 'button'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Record an incident' }).waitFor();

    // Customer: search by last name with Enter, pick the result with Space.
    await tabTo(page, named(/^Customer's last name/, 'input'));
    await page.keyboard.type("O'Brien");
    await page.keyboard.press('Enter');
    await page.getByText(/customer found: choose one/).waitFor();
    await tabTo(page, (f) => f.tag === 'input' && f.type === 'radio' && /O'Brien/.test(f.name));
    await page.keyboard.press('Space');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);

    // When and where: date and time default to now; choose a service and a channel with the arrow keys.
    await tabTo(page, named(/^Service/, 'select'));
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement).value)).not.toBe('');
    await tabTo(page, named(/^How the contact happened/, 'select'));
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement).value)).not.toBe('');

    // Behaviour category: tick with Space.
    const category = BEHAVIOUR_TAXONOMY[0].label;
    await tabTo(page, (f) => f.tag === 'input' && f.type === 'checkbox' && f.name.startsWith(category));
    await expectFocusVisible(page, `the "${category}" checkbox`);
    await page.keyboard.press('Space');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);

    await tabTo(page, named(/^What happened/, 'textarea'));
    await page.keyboard.type('The customer said they would wait outside the office for me and hit the counter with their fist.');
    await tabTo(page, named(/^Immediate protective action/, 'select'));
    await page.keyboard.press('ArrowDown');

    // Submit with Enter on the submit button.
    await tabTo(page, named('Send report to my line manager', 'button'));
    await expectFocusVisible(page, 'the submit button');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Incident recorded' }).waitFor();
    expect(await page.getByText('Thank you. Your report has been sent to your line manager.').isVisible()).toBe(true);
    await page.waitForTimeout(100);
    await expectFocusNotLost(page, 'sending the report');
    await saveScreenshot(page, 'a11y-keyboard-incident-recorded');

    // And onwards by keyboard: "See my reports" lists the new report.
    await tabTo(page, named('See my reports', 'button'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'My reports' }).waitFor();
    await expectFocusNotLost(page, 'opening My reports');
  });

  test('a member of staff is chosen by name with the people picker: type, arrow down, Enter', async () => {
    const { page } = hostPage;
    await page.goto(hostUrl(hostPage.url, 'foi', 'light'));
    await waitForScreen(page);
    await tabTo(page, named('FOI and EIR assessments', 'button'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'FOI and EIR assessments' }).waitFor();
    await tabTo(page, named('Start a new assessment', 'button'));
    await page.keyboard.press('Enter');
    await page.getByRole('form', { name: 'New assessment' }).waitFor();

    const picker = await tabTo(page, (f) => f.role === 'combobox' && f.name.startsWith('Decision-maker'), { max: 120 });
    expect(picker.tag).toBe('input');
    await expectFocusVisible(page, 'the decision-maker picker');
    await page.keyboard.type('Max');
    // The suggestions open when the directory answers; arrow down to one and choose it with Enter.
    await page.getByRole('option', { name: 'Max Manager' }).waitFor();
    expect(await axeReport(page, 'FOI form with the people picker open')).toBe('');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.value === 'Max Manager');
    // The suggestions close once someone is chosen.
    expect(await page.getByRole('listbox').count()).toBe(0);
    expect((await focused(page)).role).toBe('combobox');
    await saveScreenshot(page, 'a11y-keyboard-people-picker');
  });

  test('the edit-conflict dialog traps focus, and Escape closes it with focus back in the form', async () => {
    const { page } = hostPage;
    await page.goto(hostUrl(hostPage.url, 'caseOfficer', 'light', 'app', 'case-1'));
    await waitForScreen(page);
    await tabTo(page, named('Complete the checklist', 'button'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: /^Consider before restricting/ }).waitFor();
    expect(await headingText(page)).toMatch(/^Consider before restricting/);

    // Someone else saves the case meanwhile (through the same data port the app uses).
    await saveCaseElsewhere(page, 'case-1');

    // A radio group is one Tab stop; the arrow keys choose within it.
    await tabTo(page, (f) => f.tag === 'input' && f.type === 'radio' && f.name === 'Answer with evidence');
    await page.keyboard.press('ArrowRight');
    expect((await focused(page)).name).toBe('Not applicable');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
    await tabTo(page, named('Save checklist', 'button'));
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('alertdialog', { name: 'Someone else changed this record' });
    await dialog.waitFor();
    await page.waitForFunction(() => document.activeElement?.closest('[role="alertdialog"]') !== null);
    const insideDialog = (): Promise<boolean> => page.evaluate(() => document.activeElement?.closest('[role="alertdialog"]') !== null);
    const names: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      expect(await insideDialog()).toBe(true);
      names.push((await focused(page)).name);
      await expectFocusVisible(page, `dialog Tab stop ${i + 1}`);
    }
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await insideDialog()).toBe(true);
    }
    // Tab cycles through the three choices and nothing else.
    expect(new Set(names)).toEqual(new Set(['Apply my changes to the latest version', 'Load the latest version', 'Cancel']));
    await saveScreenshot(page, 'a11y-keyboard-conflict-dialog');

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.waitForTimeout(100);
    await page.waitForFunction(() => document.activeElement !== document.body, undefined, { timeout: 2000 }).catch(() => undefined);
    const back = await expectFocusNotLost(page, 'closing the dialog with Escape');
    // Back on the checklist screen: its heading (the save button was disabled while saving).
    expect(back.id === 'screen-title' || back.name === 'Save checklist').toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
  });
  test('the Monitoring Officer opens a case from a councillor\u2019s referral by keyboard alone', async () => {
    const { page } = hostPage;
    await page.goto(hostUrl(hostPage.url, 'monitoringOfficer', 'light'));
    await waitForScreen(page);
    // The customer the councillor named is already known to the council.
    await addDemoRecords(page, { persons: [person({ id: 'person-gwen', names: { given: 'Gwen', family: 'Price-Davies' } })] });
    await tabTo(page, named('Member referrals', 'button'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Member referrals' }).waitFor();

    await tabTo(page, named('Open a case for Gwen Price-Davies', 'button'));
    await expectFocusVisible(page, 'the "Open a case" button');
    await page.keyboard.press('Enter');
    // Focus moves to the form's heading, so the next Tab is into the form.
    await page.waitForFunction(() => /Open a councillors. route case/.test(document.activeElement?.textContent ?? ''));

    // The search starts from the councillor's wording of the name: Enter searches, Space picks.
    await tabTo(page, named(/^Customer's last name/, 'input'));
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('Gwen Price-Davies');
    await page.keyboard.press('Enter');
    await page.getByText(/customer found: choose one/).waitFor();
    await tabTo(page, (f) => f.tag === 'input' && f.type === 'radio' && /Price-Davies/.test(f.name));
    await page.keyboard.press('Space');
    await tabTo(page, named(/^Lead service/, 'select'));
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement).value)).not.toBe('');

    await tabTo(page, named('Open the case', 'button'));
    await expectFocusVisible(page, 'the "Open the case" button');
    await page.keyboard.press('Enter');
    await page.getByText('Case opened for Gwen Price-Davies').waitFor();
    // The card has gone; focus is on the confirmation, and the case is one Tab away.
    await page.waitForTimeout(100);
    const result = await expectFocusNotLost(page, 'opening the case');
    expect(result.name).toMatch(/Case opened for Gwen Price-Davies/);
    await tabTo(page, named('Open the case', 'button'), { max: 3 });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: /Gwen Price-Davies/ }).waitFor();
    await saveScreenshot(page, 'a11y-keyboard-member-referral-case');
  });

  // Issue 18: the administration screen by keyboard alone: a role holder chosen by name in the
  // people picker (type, arrow, Enter), then another tab (arrow keys in the tab list), each saved.
  test('administration by keyboard alone: a Monitoring Officer chosen by name and a new council address, each saved', async () => {
    const { page } = hostPage;
    await page.goto(hostUrl(hostPage.url, 'admin', 'light'));
    await waitForScreen(page);
    await tabTo(page, named('Administration', 'button'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Administration' }).waitFor();

    const picker = await tabTo(page, named(/^Add a person as Monitoring Officer/, 'input'), { max: 80 });
    expect(picker.role).toBe('combobox');
    await expectFocusVisible(page, 'the Monitoring Officer people picker');
    await page.keyboard.type('Mona');
    await page.getByRole('option', { name: /Mona Hughes/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await tabTo(page, named('Add as Monitoring Officer', 'button'));
    await page.keyboard.press('Enter');
    const holders = page.getByRole('group', { name: 'Monitoring Officer', exact: true }).getByRole('list', { name: /Who holds the role/ });
    await holders.getByText('Mona Hughes').waitFor();
    await expectFocusNotLost(page, 'adding the Monitoring Officer');
    await tabTo(page, named('Save the role holders', 'button'), { max: 80 });
    await page.keyboard.press('Enter');
    await page.getByText(/^Saved on /).waitFor();

    await tabTo(page, named('Role holders', 'button'), { backwards: true, max: 150 });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Save the council details' }).waitFor();
    await tabTo(page, named(/^Address/, 'textarea'));
    await expectFocusVisible(page, 'the address box');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Civic Offices\nMerrial Street\nST5 2AG');
    await tabTo(page, named('Save the council details', 'button'), { max: 40 });
    await page.keyboard.press('Enter');
    await page.getByText(/^Saved on /).waitFor();
    await page.getByRole('region', { name: 'Letter head preview' }).getByText('Merrial Street').waitFor();
    await saveScreenshot(page, 'a11y-keyboard-administration');
  });
});
