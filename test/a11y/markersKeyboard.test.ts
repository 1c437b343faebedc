// The warning-marker register by keyboard alone (Tab, Enter and typing; no mouse) in headless
// Chromium on the local host page, in-memory mode: the case officer opens a removed marker whose
// customer is not yet told (with a reason), produces the removal letter and records it as sent
// (BR-33). Focus is visible at each stop and never dropped to <body>; axe finds nothing.
import type { Page } from 'playwright-core';
import { USERS } from '../../local/seed/demoRecords';
import { demoPerson } from '../../local/seed/demo-data';
import { isoDate, isoInstant, type Person, type WarningMarker } from '../../src/domain/model';
import { axeReport } from '../support/axe';
import { saveScreenshot } from '../support/browser';
import { hostPageInChromium } from '../support/hostPageInChromium';
import { expectFocusNotLost, expectFocusVisible, named, tabTo } from '../support/keyboard';
import { addDemoRecords } from './demoRecords';
import { hostUrl, waitForScreen } from './hostScreens';

jest.setTimeout(90_000);

const NAME = 'Idris Vaughan';

/** A customer with no postal address, reached by email, who needs large print. */
const IDRIS: Person = {
  ...demoPerson('Idris', 'Vaughan', 'person-marker-keyboard'),
  addresses: [],
  reasonableAdjustments: [
    { kind: 'needsLargePrintOrBraille', description: 'Large print, 18 point', communicationNeed: true, recordedOn: isoDate('2026-01-05') }
  ]
};

/** Removed on review and the customer not yet told: the register owes him a letter. */
const REMOVED: WarningMarker = {
  id: 'marker-keyboard-1',
  personId: IDRIS.id,
  incidentIds: ['incident-1'],
  riskDescription: 'Shouted at the reception officer.',
  precautions: 'Meet in the interview room with a second officer.',
  proposedBy: USERS.manager.id,
  approvedBy: USERS.caseOfficer.id,
  approvedAt: isoInstant('2026-01-10T10:00:00Z'),
  notifiedOn: isoDate('2026-01-10'),
  reviewDate: isoDate('2026-07-10'),
  removedOn: isoDate('2026-02-01'),
  removedBy: USERS.caseOfficer.id,
  removalReason: 'No further incident since January.',
  challenges: [],
  status: 'Removed'
};

/** Puts the records into the running app's own in-memory store (the AppServices context value). */
async function addMarker(page: Page, person: Person, marker: WarningMarker): Promise<void> {
  await addDemoRecords(page, { persons: [person], warningMarkers: [marker] });
}

describe('the warning-marker register by keyboard alone', () => {
  const hostPage = hostPageInChromium();

  test('BR-33 opens a removal not yet told, produces the letter and records it as sent, by keyboard', async () => {
    const { page } = hostPage;
    await page.goto(hostUrl(hostPage.url, 'caseOfficer', 'light'));
    await waitForScreen(page);
    await addMarker(page, IDRIS, REMOVED);
    await tabTo(page, named('Warning markers', 'button'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Warning markers' }).waitFor();
    await page.getByText(`${NAME}, removed on 1 February 2026: customer not yet told`).waitFor();

    // Opening needs a reason, typed into the row's own box.
    await tabTo(page, named(`Why you need to open the marker for ${NAME}`, 'input'));
    await expectFocusVisible(page, 'the reason box');
    await page.keyboard.type('Writing to tell him the marker was removed');
    await tabTo(page, named('Open the marker', 'button'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Marker: Removed' }).waitFor();
    await page.getByText('Customer not yet told', { exact: true }).waitFor();
    // No postal address: the screen says how else he can be told.
    await page.getByText(`No postal address is recorded for ${NAME}`).waitFor();
    await page
      .getByRole('list', { name: 'Recorded communication needs' })
      .getByText(/Large print, 18 point/)
      .waitFor();
    expect(await axeReport(page, 'marker register with the removal letter')).toBe('');

    await tabTo(page, named(/^Job title of the officer signing/, 'input'));
    await expectFocusVisible(page, 'the job title box');
    await page.keyboard.type('Customer Relations Officer');
    await tabTo(page, named(/^How the letter will go/, 'select'));
    await page.keyboard.press('ArrowDown');
    await tabTo(page, named('Produce the removal letter', 'button'));
    await expectFocusVisible(page, 'the produce button');
    await page.keyboard.press('Enter');
    await page.getByText('The removal letter is ready').waitFor({ timeout: 30_000 });
    await expectFocusNotLost(page, 'producing the letter');

    await tabTo(page, named(/^Download .*Warning marker removal letter\.docx$/, 'a'));
    await expectFocusVisible(page, 'the download link');
    await tabTo(page, named('Record the letter as sent', 'button'));
    await expectFocusVisible(page, 'the record button');
    await page.keyboard.press('Enter');
    await page.getByText(/The removal letter was recorded as sent/).waitFor();
    await expectFocusNotLost(page, 'recording the letter as sent');
    expect(await page.getByText('Customer not yet told', { exact: true }).count()).toBe(0);
    // The letter is on the marker's record as sent, by the channel chosen (email: he has no postal address).
    await page.getByText(/^Warning marker removal letter, email, /).waitFor();
    await saveScreenshot(page, 'keyboard-marker-removal-letter');
    expect(await axeReport(page, 'marker register after the letter was recorded')).toBe('');
  });
});
