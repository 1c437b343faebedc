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
//     the re-examination; Alex Okafor (alternate officer) re-examines and removes it, with the
//     date Rhys was told.
//  7. Sam checks again: no flag. The audit log holds every step and every view, chained.
import type { Browser, Page } from 'playwright-core';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import type { CaseStore } from '../../src/data/ports';
import { addDays, dateOfInstant, isoInstant, MARKER_STATUSES } from '../../src/domain/model';
import { oid, personaByKey } from '../../local/seed/personas';
import { launchChromium } from '../support/browser';
import { startLocalStack, type LocalStack } from '../e2e/support/stack';
import {
  findIncidentByNarrative,
  fullName,
  HostPageSession,
  staffRecordIncidentForNewCustomer,
  type Customer
} from './support/caseJourney';
import { checkCustomer, expectNoneOfTheseWords } from './support/checkCustomer';

jest.setTimeout(240000);

const RHYS: Customer = {
  given: 'Rhys',
  family: 'Penhaligon',
  narrative: 'Raised a walking stick over his head and stepped towards the officer at the housing counter.'
};
const RISK = 'Raised a walking stick and stepped towards the housing counter officer; officer stepped back behind the screen.';
const HANDLING = 'Meet only in the interview room by reception, with a second officer present.';
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
    await session?.keepFailureScreenshot(
      `failure-${(expect.getState().currentTestName ?? 'test').replace(/[^A-Za-z0-9]+/g, '-').slice(-60)}`
    );
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

  test('6. the customer challenges it; someone other than the proposer re-examines and removes it', async () => {
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
    await decide.getByRole('textbox', { name: /Reasons/ }).fill('CCTV shows him losing his balance; no threat was made.');
    await decide.getByLabel(/Date the person was told/).fill(today());
    await decide.getByRole('button', { name: 'Record the outcome' }).click();
    await alex.getByText(/The outcome of the challenge was recorded/).waitFor();
    await session.shot(alex, '6-alternate-removed');
    await alex.close();
    expect((await store.warningMarkers.get(markerId)).value).toMatchObject({
      status: 'Removed',
      removedBy: oid('alex.alternate'),
      removalToldOn: today()
    });
  });

  test('7. staff no longer see the flag; every step and every view is in the audit log', async () => {
    const sam = await checkCustomer(session, 'sam.staff', name);
    await sam.getByText(/deal with the contact in the usual way/i).waitFor();
    expect(await safetyFlag(sam, name).count()).toBe(0);
    await session.shot(sam, '7-staff-flag-gone');
    await sam.close();
    expect(await markerActions(store, markerId)).toEqual([
      'marker.proposed',
      'marker.viewed',
      'marker.approved',
      'marker.viewed',
      'marker.challenged',
      'marker.viewed',
      'marker.removedOnChallenge'
    ]);
    const views = (await store.auditLog.listForEntity('WarningMarker', markerId)).filter(
      (entry) => entry.value.event.action === 'marker.viewed'
    );
    expect(views.map((entry) => [entry.value.event.actorId, entry.value.event.note])).toEqual([
      [oid('hana.safety'), 'Deciding whether to approve the proposal'],
      [oid('cara.cro'), 'Recording his challenge received by letter'],
      [oid('alex.alternate'), 'Re-examining the evidence for his challenge']
    ]);
    expect(await store.auditLog.verifyChain()).toMatchObject({ ok: true });
  });
});
