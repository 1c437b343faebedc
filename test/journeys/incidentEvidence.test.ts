// Issue 15, "one home for each use case": the evidence a member of staff attaches to an
// incident report is kept by the store's incidents.attach, in whichever host. One journey in
// headless Chromium on the local host page, against the SharePoint emulator, from an empty
// site: staff record an incident with two files attached, and the line manager triaging it
// sees each file by name, kept as SharePoint keeps it (an attachment of the report's item).
import type { Browser } from 'playwright-core';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/attachments';
import type { IncidentReport } from '../../src/domain';
import type { CaseStore, Stored } from '../../src/data/ports';
import { firstPage } from '../../src/ui/services/appStore';
import { createNodeSp } from '../../src/data/sharepoint/spFactory';
import { LocalEmulatorUser } from '../../local/emulator/pnp-local-user';
import { personaByKey } from '../../local/seed/personas';
import { launchChromium } from '../support/browser';
import { startLocalStack, type LocalStack } from '../e2e/support/stack';
import { fullName, HostPageSession, failureScreenshotName, staffRecordIncidentForNewCustomer, type Customer } from './support/caseJourney';

jest.setTimeout(240000);

const CUSTOMER: Customer = {
  given: 'Rhodri',
  family: "O'Connell-Evans",
  narrative: 'Left nine voicemails in one morning and emailed photographs of the housing officer.'
};

/**
 * As the member of staff picks them (`picked`: an apostrophe, a hash, brackets, an accent) and as
 * they are stored (`name`: the form makes a name safe before sending, domain safeFileName).
 */
const FILES: readonly { picked: string; name: string; mimeType: string; content: string }[] = [
  {
    picked: "Email from Mr O'Connell-Evans.pdf",
    name: "Email from Mr O'Connell-Evans.pdf",
    mimeType: 'application/pdf',
    content: '%PDF-1.7 the email'
  },
  { picked: 'Voicemail #3 (Zoë took it).mp3', name: 'Voicemail -3 (Zoë took it).mp3', mimeType: 'audio/mpeg', content: 'ID3 the voicemail' }
];

describe('evidence attached to an incident reaches its report, through the UI', () => {
  let stack: LocalStack;
  let browser: Browser;
  let store: CaseStore;
  let session: HostPageSession;
  let reported: Stored<IncidentReport>;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startLocalStack({ seed: false }), launchChromium()]);
    store = stack.sharePoint.storeAs('svc.ccm');
    session = new HostPageSession(browser, stack.hostPage.url, 'journey-incident-evidence');
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  afterEach(async () => {
    await session?.keepFailureScreenshot(failureScreenshotName());
  });

  test('1. staff record an incident with two files attached; the report is sent and every file uploads', async () => {
    await staffRecordIncidentForNewCustomer(
      session,
      CUSTOMER,
      FILES.map((file) => ({ name: file.picked, mimeType: file.mimeType, buffer: Buffer.from(file.content) }))
    );

    const submitted = await firstPage(store.incidents.listByStatus('Submitted'), 100);
    expect(submitted.map((row) => row.value.narrative)).toEqual([CUSTOMER.narrative]);
    reported = submitted[0];
  });

  test('2. each file is an attachment of the report, under its safe name and with the content sent', async () => {
    const urls = FILES.map((file) => `/sites/ccm/Lists/Incidents/Attachments/${reported.itemId}/${file.name}`);
    expect(await store.incidents.attachmentsOf(reported)).toEqual(FILES.map((file, index) => ({ name: file.name, url: urls[index] })));
    const sp = createNodeSp(stack.sharePoint.siteUrl, LocalEmulatorUser(personaByKey('svc.ccm').login));
    const item = sp.web.lists.getByTitle('Incidents').items.getById(reported.itemId);
    for (const file of FILES) expect(await item.attachmentFiles.getByName(file.name).getText()).toBe(file.content);
  });

  test('3. the line manager triaging the report sees each file by name, as a link', async () => {
    const manager = await session.openAs('lena.manager');
    await manager.getByRole('button', { name: 'Open Triage referrals' }).click();
    const card = manager.getByRole('group', { name: fullName(CUSTOMER) });
    await card.waitFor();
    for (const file of FILES) await card.getByRole('link', { name: file.name }).waitFor();
    await session.shot(manager, '3-manager-triage-evidence');
    await manager.close();
  });
});
