// Issue 17, item 1: the warning-marker register, built through to its people. One journey in
// headless Chromium on the local host page against the real stack (SharePoint emulator with its
// groups and permissions, the case service), from an EMPTY site. Every step is taken through the
// UI as the persona who takes it:
//
//  1. The site holds no customers, incidents or markers.
//  2. Sam Staff records an incident for a new customer, Rhys Penhaligon.
//  3. Cara Rhodes (Customer Relations Officer) proposes a marker from that incident.
//  4. Hana Shah (health and safety adviser) opens it, giving a reason (the view is logged), and
//     approves it with the date he was told.
//  5. Sam checks the customer: a need-to-know safety flag with the handling instructions and
//     whom to ask; never the risk narrative. Sam's own browser is refused the register (403).
//  6. Rhys disputes the marker; Cara records the challenge. Cara, the proposer, is not offered
//     the re-examination; Alex Okafor (alternate officer) re-examines and removes it. Rhys is
//     not told on the spot, so the register says "customer not yet told".
//  7. Alex, who removed it, produces the removal letter (BR-33) as a Word document: the council's
//     letter head, Rhys's name and the address he gave (none is recorded, and the screen says how
//     else to reach him), what was removed, why and the date. The document's words are checked
//     against what was recorded; Alex records it as sent and the register no longer owes it.
//  8. Sam checks again: no flag. The audit log holds every step and every view, chained.
import type { Browser, Page } from 'playwright-core';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import type { CaseStore } from '../../src/data/ports';
import { addDays, dateOfInstant, formatLongDate, isoInstant, MARKER_STATUSES, type IsoDate } from '../../src/domain/model';
import { DEFAULT_COUNCIL_DETAILS } from '../../src/domain/settings';
import { oid, personaByKey } from '../../local/seed/personas';
import { launchChromium } from '../support/browser';
import { startLocalStack, type LocalStack } from '../e2e/support/stack';
import {
  findIncidentByNarrative,
  fullName,
  HostPageSession,
  staffRecordIncidentForNewCustomer,
  type Customer,
  failureScreenshotName
} from './support/caseJourney';
import { documentText } from './support/wordDocument';
import { checkCustomer, expectNoneOfTheseWords } from './support/checkCustomer';

jest.setTimeout(240000);

const RHYS: Customer = {
  given: 'Rhys',
  family: 'Penhaligon',
  narrative: 'Raised a walking stick over his head and stepped towards the officer at the housing counter.'
};
const RISK = 'Raised a walking stick and stepped towards the housing counter officer; officer stepped back behind the screen.';
const HANDLING = 'Meet only in the interview room by reception, with a second officer present.';
const REMOVAL_REASONS = 'CCTV shows him losing his balance; no threat was made.';
/** The address Rhys gave in his challenge letter: none is on his record (staff recorded only his name). */
const RHYS_ADDRESS: readonly string[] = ['14 Brampton Road', 'Newcastle-under-Lyme', 'ST5 0QP'];
/** Words of the narrative and the risk that nothing on a member of staff's screen would say. */
const NARRATIVE_WORDS: readonly string[] = ['walking stick', 'stepped towards', 'behind the screen'];

const today = (): string => dateOfInstant(isoInstant(new Date().toISOString()));

async function openRegister(session: HostPageSession, persona: string): Promise<Page> {
  const page = await session.openAs(persona);
  await page.getByRole('button', { name: 'Open Warning markers' }).click();
  await page.getByRole('heading', { name: 'Warning markers', level: 2 }).waitFor();
  await page.getByRole('list', { name: 'Warning markers' }).or(page.getByText('No marker is waiting')).first().waitFor();
  return page;
}

async function openMarker(page: Page, personName: string, reason: string): Promise<void> {
  const form = page.getByRole('form', { name: `Open the marker for ${personName}` });
  await form.getByRole('textbox', { name: /Why you need to open/ }).fill(reason);
  await form.getByRole('button', { name: 'Open the marker' }).click();
  await page.getByRole('heading', { name: /^Marker:/ }).waitFor();
}

function safetyFlag(page: Page, personName: string): ReturnType<Page['locator']> {
  return page.locator(`[role="group"][aria-label=${JSON.stringify(`Safety flag for ${personName}`)}]`);
}

/** Text as Word holds it: the docx library escapes XML's special characters. */
function asInDocument(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

async function markerActions(store: CaseStore, markerId: string): Promise<string[]> {
  return (await store.auditLog.listForEntity('WarningMarker', markerId)).map((entry) => entry.value.event.action);
}

describe('the warning-marker register: from an incident to removal, through the UI', () => {
  let stack: LocalStack;
  let browser: Browser;
  let store: CaseStore;
  let session: HostPageSession;
  let rhys: { incidentId: string; personId: string };
  let markerId: string;
  const name = fullName(RHYS);

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startLocalStack({ seed: false }), launchChromium()]);
    store = stack.sharePoint.storeAs('svc.ccm');
    session = new HostPageSession(browser, stack.hostPage.url, 'journey-markers');
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  afterEach(async () => {
    await session?.keepFailureScreenshot(failureScreenshotName());
  });

  test('1. the site starts empty: no customers and no markers', async () => {
    expect(await store.persons.findIdsByName(name)).toEqual([]);
    for (const status of MARKER_STATUSES) expect(await store.warningMarkers.listByStatus(status)).toEqual([]);
  });

  test('2-3. staff record an incident; the case officer proposes a marker from it', async () => {
    await staffRecordIncidentForNewCustomer(session, RHYS);
    rhys = await findIncidentByNarrative(store, RHYS.narrative);
    const cara = await openRegister(session, 'cara.cro');
    const form = cara.getByRole('form', { name: 'Propose a warning marker' });
    const incident = form.getByRole('combobox', { name: /Incident the marker is based on/ });
    const option = (await incident.locator('option').allTextContents()).find((text) => text.startsWith(name));
    expect(option).toBeDefined();
    await incident.selectOption({ label: option as string });
    await form.getByRole('textbox', { name: /The risk, factually/ }).fill(RISK);
    await form.getByRole('textbox', { name: /Handling instructions for staff/ }).fill(HANDLING);
    await form.getByLabel(/Review date/).fill(addDays(today() as never, 180));
    await form.getByRole('button', { name: 'Propose the marker' }).click();
    await cara.getByText(/The marker was proposed/).waitFor();
    await cara.getByRole('form', { name: `Open the marker for ${name}` }).waitFor();
    await session.shot(cara, '3-officer-proposed');
    await cara.close();
    const proposed = await store.warningMarkers.listByStatus('Provisional');
    expect(proposed).toHaveLength(1);
    markerId = proposed[0].value.id;
    expect(proposed[0].value).toMatchObject({ personId: rhys.personId, incidentIds: [rhys.incidentId], proposedBy: oid('cara.cro') });
  });

  test('4. the H&S adviser opens it with a reason (logged) and approves it', async () => {
    const hana = await openRegister(session, 'hana.safety');
    await openMarker(hana, name, 'Deciding whether to approve the proposal');
    await hana.getByText(RISK).waitFor();
    const approve = hana.getByRole('form', { name: 'Approve the marker' });
    await approve.getByLabel(/Date the person was told/).fill(today());
    await approve.getByRole('button', { name: 'Approve the marker' }).click();
    await hana.getByText(/The marker was approved/).waitFor();
    await session.shot(hana, '4-adviser-approved');
    await hana.close();
    expect((await store.warningMarkers.get(markerId)).value).toMatchObject({ status: 'Active', approvedBy: oid('hana.safety') });
  });

  test('5. staff checking the customer see the need-to-know flag, the handling instructions and whom to ask; never the narrative', async () => {
    const sam = await checkCustomer(session, 'sam.staff', name);
    const flag = safetyFlag(sam, name);
    await flag.waitFor();
    const text = (await flag.textContent()) ?? '';
    expect(text).toContain('a need-to-know safety flag exists');
    expect(text).toContain(HANDLING);
    expect(text).toContain('Hana Shah');
    await expectNoneOfTheseWords(sam, NARRATIVE_WORDS);
    // A flagged customer is never given the all-clear.
    expect(await sam.getByText(/deal with the contact in the usual way/i).count()).toBe(0);
    await session.shot(sam, '5-staff-see-flag');
    // The register itself is not Sam's to read: SharePoint refuses his browser.
    // As the host page's requests name their user locally (X-Emulator-User), so does this one.
    const status = await sam.evaluate(async (user) => {
      const response = await fetch("/sites/ccm/_api/web/lists/getbytitle('WarningMarkers')/items", {
        headers: { Accept: 'application/json;odata=nometadata', 'X-Emulator-User': user }
      });
      return response.status;
    }, personaByKey('sam.staff').login);
    expect(status).toBe(403);
    await sam.close();
  });

  test('6. the customer challenges it; someone other than the proposer re-examines and removes it; he is not yet told', async () => {
    const cara = await openRegister(session, 'cara.cro');
    await openMarker(cara, name, 'Recording his challenge received by letter');
    const challenge = cara.getByRole('form', { name: 'Record a challenge' });
    await challenge
      .getByRole('textbox', { name: /What they dispute/ })
      .fill('He says he lost his balance and raised the stick to steady himself.');
    await challenge.getByRole('button', { name: 'Record the challenge' }).click();
    await cara.getByText(/The challenge was recorded/).waitFor();
    await cara.getByText('You proposed this marker, so someone else must re-examine the evidence.').waitFor();
    expect(await cara.getByRole('form', { name: 'Decide the challenge' }).count()).toBe(0);
    await session.shot(cara, '6-officer-recorded-challenge');
    await cara.close();

    const alex = await openRegister(session, 'alex.alternate');
    await openMarker(alex, name, 'Re-examining the evidence for his challenge');
    const decide = alex.getByRole('form', { name: 'Decide the challenge' });
    await decide.getByRole('radio', { name: 'Remove the marker' }).check();
    await decide.getByRole('textbox', { name: /Reasons/ }).fill(REMOVAL_REASONS);
    // Rhys is to be told by letter: no date is given now.
    await decide.getByRole('button', { name: 'Record the outcome' }).click();
    await alex.getByText(/The outcome of the challenge was recorded\. The customer has not been told yet/).waitFor();
    await alex.getByText('Customer not yet told', { exact: true }).waitFor();
    await session.shot(alex, '6-alternate-removed');
    await alex.close();
    const removed = (await store.warningMarkers.get(markerId)).value;
    expect(removed).toMatchObject({
      status: 'Removed',
      removedBy: oid('alex.alternate'),
      removedOn: today(),
      removalReason: REMOVAL_REASONS
    });
    expect(removed.removalToldOn).toBeUndefined();
  });

  test('7. the officer who removed it produces the removal letter, checks its words and records it as sent', async () => {
    const alex = await openRegister(session, 'alex.alternate');
    // The register owes Rhys a letter, and says so before anything is opened.
    await alex.getByText('Customers not yet told of a removal').waitFor();
    await alex.getByText(`${name}, removed on ${formatLongDate(today() as IsoDate)}: customer not yet told`).waitFor();
    await openMarker(alex, name, 'Writing to tell him the marker was removed');
    const panel = alex.getByRole('region', { name: 'The removal letter' });
    await panel.waitFor();
    // No postal address is recorded: the screen says so and how else he might be told.
    await alex.getByText(`No postal address is recorded for ${name}`).waitFor();
    const form = alex.getByRole('form', { name: 'Produce the removal letter' });
    await form.getByRole('textbox', { name: /Customer’s postal address/ }).fill(RHYS_ADDRESS.join('\n'));
    // Prefilled from what was recorded at the removal.
    expect(await form.getByRole('textbox', { name: /Why the marker was removed/ }).inputValue()).toBe(REMOVAL_REASONS);
    const what = await form.getByRole('textbox', { name: /What was removed, and when/ }).inputValue();
    expect(what).toContain(`It was removed on ${formatLongDate(today() as IsoDate)}.`);
    expect(what).toContain(HANDLING);
    await form.getByRole('textbox', { name: /Job title of the officer signing/ }).fill('Alternate Customer Relations Officer');
    await form.getByRole('button', { name: 'Produce the removal letter' }).click();
    await alex.getByText('The removal letter is ready').waitFor({ timeout: 30000 });
    await session.shot(alex, '7-alternate-letter-produced');
    const [download] = await Promise.all([alex.waitForEvent('download'), alex.getByRole('link', { name: /^Download / }).click()]);
    expect(download.suggestedFilename()).toMatch(/Warning marker removal letter\.docx$/);
    const text = await documentText(await download.path());
    // The council's letter head, Rhys and his address, what was removed, why, and the date.
    expect(text).toContain(DEFAULT_COUNCIL_DETAILS.name);
    for (const line of DEFAULT_COUNCIL_DETAILS.addressLines) expect(text).toContain(line);
    expect(text).toContain(`Dear ${name}`);
    for (const line of RHYS_ADDRESS) expect(text).toContain(line);
    expect(text).toContain('We have removed a warning marker from our records');
    expect(text).toContain(asInDocument(REMOVAL_REASONS));
    expect(text).toContain(asInDocument(HANDLING));
    expect(text).toContain(`Date: ${formatLongDate(today() as IsoDate)}`);
    expect(text).toContain(`It was removed on ${formatLongDate(today() as IsoDate)}.`);
    // Never the risk narrative: the letter says what was removed, not the story behind it.
    for (const words of NARRATIVE_WORDS) expect(text).not.toContain(words);

    const sent = alex.getByRole('form', { name: 'Record the removal letter as sent' });
    await sent.getByLabel(/Date the letter was sent/).fill(today());
    await sent.getByRole('button', { name: 'Record the letter as sent' }).click();
    await alex.getByText(/The removal letter was recorded as sent/).waitFor();
    expect(await alex.getByText('Customer not yet told', { exact: true }).count()).toBe(0);
    await session.shot(alex, '7-alternate-letter-sent');
    await alex.close();

    const told = (await store.warningMarkers.get(markerId)).value;
    expect(told.removalToldOn).toBe(today());
    expect(told.letters).toEqual([
      expect.objectContaining({ type: 'MarkerRemoval', channel: 'letter', sentOn: today(), sentBy: oid('alex.alternate') })
    ]);
    expect(told.letters?.[0].fields.markerRemovalReasons).toBe(REMOVAL_REASONS);
    expect(await store.warningMarkers.listAwaitingRemovalLetter()).toEqual([]);
    // The register no longer owes him anything.
    const hana = await openRegister(session, 'hana.safety');
    expect(await hana.getByText('Customers not yet told of a removal').count()).toBe(0);
    await hana.close();
  });

  test('8. staff no longer see the flag; every step and every view is in the audit log', async () => {
    const sam = await checkCustomer(session, 'sam.staff', name);
    await sam.getByText(/deal with the contact in the usual way/i).waitFor();
    expect(await safetyFlag(sam, name).count()).toBe(0);
    await session.shot(sam, '8-staff-flag-gone');
    await sam.close();
    expect(await markerActions(store, markerId)).toEqual([
      'marker.proposed',
      'marker.viewed',
      'marker.approved',
      'marker.viewed',
      'marker.challenged',
      'marker.viewed',
      'marker.removedOnChallenge',
      'marker.viewed',
      'marker.removalLetterSent'
    ]);
    const views = (await store.auditLog.listForEntity('WarningMarker', markerId)).filter(
      (entry) => entry.value.event.action === 'marker.viewed'
    );
    expect(views.map((entry) => [entry.value.event.actorId, entry.value.event.note])).toEqual([
      [oid('hana.safety'), 'Deciding whether to approve the proposal'],
      [oid('cara.cro'), 'Recording his challenge received by letter'],
      [oid('alex.alternate'), 'Re-examining the evidence for his challenge'],
      [oid('alex.alternate'), 'Writing to tell him the marker was removed']
    ]);
    const letterSent = (await store.auditLog.listForEntity('WarningMarker', markerId)).find(
      (entry) => entry.value.event.action === 'marker.removalLetterSent'
    );
    expect(letterSent?.value.event).toMatchObject({
      actorId: oid('alex.alternate'),
      rule: 'BR-33',
      after: { status: 'Removed', removalToldOn: today(), channel: 'letter' }
    });
    expect(await store.auditLog.verifyChain()).toMatchObject({ ok: true });
  });
});
