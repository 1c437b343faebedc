// Issue 13, oversight and appeal: persona journeys in headless Chromium on the local host
// page, against the real stack (SharePoint emulator, case service), started from an EMPTY
// site, so that nothing any persona sees was written by the demo seed. One restriction is put
// in force through the UI in beforeAll (the same browser steps as the case flow); then each
// person who oversees, audits, covers, hears an appeal or answers information requests takes
// their own steps through the UI as themselves, and the test asserts what they SEE:
//
//  1. Monitoring (Mo Patel): the dashboard lists the active restriction, naming the customer,
//     the type of restriction and its review date ("28 November 2026").
//  2. Auditor / DPO (Aude Laurent): the deep link opens the case, with its reference
//     (CCM-yyyy-nnnn), status and timeline; the incident reports are marked as not hers to see.
//  3. Alternate officer (Alex Okafor): opens the case and sees its status and reference.
//  4. Appeal: the Customer Relations Officer records the appeal; the reviewer offered is the
//     independent Deepa Rao, never Edwina Director, who approved the sanction (BR-11). Deepa
//     quashes it with reasons and the outcome letter; staff then see no banner, and the
//     customer with no contact restriction.
//  5. FOI officer (Fay Ellis): records an FOI assessment for a request from the customer, with
//     the BR-16 reminder on screen, and sees it listed with its statutory due date.
//
// The journeys share one site and one case, and run in this order (the appeal ends the
// restriction, so the journeys that need it in force come first).
import type { Browser, Page } from 'playwright-core';
import type { CaseStore } from '../../src/data/ports';
import { SANCTION_CATALOGUE } from '../../src/domain/model/sanctionCatalogue';
import { firstPage } from '../../src/ui/services/appStore';
import { launchChromium } from '../support/browser';
import { startLocalStack, type LocalStack } from '../e2e/support/stack';
import {
  directorApprovesInInbox,
  eventually,
  untilSavedOnScreen,
  findIncidentByNarrative,
  findOnlyCaseOf,
  fullName,
  HostPageSession,
  managerEscalatesReferral,
  officerCompletesChecklist,
  officerProposesSinglePointOfContact,
  officerRecordsPanelDecisionToInvoke,
  officerSendsMonitoringLetter,
  officerSendsRestrictionLetter,
  openCaseAsOfficer,
  referenceOf,
  staffRecordIncidentForNewCustomer,
  type Customer,
  failureScreenshotName,
  caseFact
} from './support/caseJourney';
import { nextStepsOffered } from './support/caseView';
import {
  checkCustomer,
  expectListedWithoutRestriction,
  expectNoneOfTheseWords,
  expectNoRestrictionBanner,
  pageText
} from './support/checkCustomer';
import { longDate } from './support/longDate';

jest.setTimeout(240000);

const MORWENNA: Customer = {
  given: 'Morwenna',
  family: 'Trelawney-Pike',
  narrative: 'Slammed the council tax counter shutter and kicked the queue barrier twice.'
};
/** Words of Morwenna's narrative that nothing else on a member of staff's screen would say. */
const MORWENNA_NARRATIVE_WORDS: readonly string[] = ['slammed', 'shutter', 'kicked', 'barrier'];

/** What the case view says to an auditor instead of the incident reports (CaseIncidents.tsx). */
const INCIDENTS_NOT_SHOWN = 'Incident reports are not shown to you: they are seen by the people who made them and the case team.';

/** The FOI request: received Monday 16 November 2026. */
const FOI_REFERENCE = 'FOI-2026-0917';
const FOI_RECEIVED_ON = '2026-11-16';
/**
 * 20 working days after 16 November 2026 on the statutory calendar: Monday 30 November 2026 is
 * St Andrew's Day, a bank holiday in Scotland, so it does not count (BR-25): 15 December 2026,
 * not 14 December.
 */
const FOI_DUE_ON = '15 December 2026';
/** The day the FOI officer assesses it. */
const FOI_TODAY = '2026-12-01';

/**
 * From a front-line incident to a single point of contact restriction in force, through the
 * UI, each step as the persona who takes it (the support steps the case flow uses; the line
 * manager's step accepts the triage screen staying put after it opens the case).
 */
async function restrictionInForce(
  session: HostPageSession,
  store: CaseStore,
  customer: Customer
): Promise<{ personId: string; caseId: string }> {
  await staffRecordIncidentForNewCustomer(session, customer);
  const { personId } = await findIncidentByNarrative(store, customer.narrative);
  await managerEscalatesReferral(session, customer);
  const caseId = await findOnlyCaseOf(store, personId);
  const officer = await openCaseAsOfficer(session, caseId);
  await officerCompletesChecklist(session, officer);
  await officerRecordsPanelDecisionToInvoke(session, officer);
  await officerSendsMonitoringLetter(session, officer, caseId);
  await officerProposesSinglePointOfContact(session, officer);
  await officer.close();
  await directorApprovesInInbox(session, customer, await referenceOf(store, caseId));
  await officerSendsRestrictionLetter(session, customer, caseId);
  expect((await store.cases.get(caseId)).value.status).toBe('SanctionActive');
  return { personId, caseId };
}

/** The case's one active sanction, as SharePoint holds it. */
async function activeSanctionOf(store: CaseStore, caseId: string): Promise<{ reviewDate: string; type: string }> {
  const inForce = (await firstPage(store.sanctions.listByStatus('Active'), 100)).filter((row) => row.value.caseId === caseId);
  expect(inForce).toHaveLength(1);
  return { reviewDate: inForce[0].value.reviewDate, type: inForce[0].value.restrictions[0].type };
}

/**
 * Opens the case by its deep link as the persona and waits until the case view shows the case
 * or says it could not be opened; throws with what the screen said in the second case.
 */
async function openCaseByDeepLink(session: HostPageSession, persona: string, caseId: string): Promise<Page> {
  const page = await session.openAs(persona, { case: caseId });
  await page.getByRole('heading', { name: 'Next steps' }).or(page.getByText('The case could not be opened')).first().waitFor();
  return page;
}

async function expectCaseShown(page: Page, customer: Customer, reference: string, status: string): Promise<void> {
  const text = await pageText(page);
  if (!(await page.getByRole('heading', { name: 'Next steps' }).isVisible())) {
    throw new Error(`The case view did not show the case. The page said:\n${text}`);
  }
  expect(text).not.toContain('The case could not be opened');
  await expect(page.getByRole('heading', { name: `Case: ${fullName(customer)}` }).isVisible()).resolves.toBe(true);
  expect((await caseFact(page, 'Reference').innerText()).trim()).toBe(reference);
  expect((await caseFact(page, 'Status').innerText()).trim()).toBe(status);
}

describe('oversight and appeal: from an empty site, through the UI', () => {
  let stack: LocalStack;
  let browser: Browser;
  let store: CaseStore;
  let caseSteps: HostPageSession;
  let oversight: HostPageSession;
  let appeal: HostPageSession;
  let staffChecks: HostPageSession;
  let foi: HostPageSession;

  let morwenna: { personId: string; caseId: string };
  let reference: string;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startLocalStack({ seed: false }), launchChromium()]);
    store = stack.sharePoint.storeAs('svc.ccm');
    caseSteps = new HostPageSession(browser, stack.hostPage.url, 'journey-oversight-case');
    oversight = new HostPageSession(browser, stack.hostPage.url, 'journey-oversight');
    appeal = new HostPageSession(browser, stack.hostPage.url, 'journey-oversight-appeal');
    staffChecks = new HostPageSession(browser, stack.hostPage.url, 'journey-oversight-check');
    foi = new HostPageSession(browser, stack.hostPage.url, 'journey-oversight-foi');

    // An empty site: whatever the journeys see below, the product wrote it during this file.
    expect(await store.persons.searchByFamilyName('', 100)).toEqual([]);
    expect(await firstPage(store.sanctions.listByStatus('Active'), 100)).toEqual([]);

    morwenna = await restrictionInForce(caseSteps, store, MORWENNA);
    reference = await referenceOf(store, morwenna.caseId);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  afterEach(async () => {
    const name = failureScreenshotName();
    for (const session of [caseSteps, oversight, appeal, staffChecks, foi]) await session?.keepFailureScreenshot(name);
  });

  test('1. monitoring: the dashboard lists the active restriction by customer, type and review date', async () => {
    const { reviewDate, type } = await activeSanctionOf(store, morwenna.caseId);
    const reviewBy = longDate(reviewDate);
    const typeLabel = SANCTION_CATALOGUE[type as keyof typeof SANCTION_CATALOGUE].label;

    const page = await oversight.openAs('mo.monitor');
    await page.getByRole('button', { name: 'Open Monitoring' }).click();
    await page.getByRole('list', { name: 'Summary' }).or(page.getByText('The dashboard could not be loaded')).first().waitFor();
    await oversight.shot(page, '1-monitoring-dashboard');
    const text = await pageText(page);
    expect(text).not.toContain('The dashboard could not be loaded');

    // The one restriction on the site is counted as active.
    const activeTile = page.getByRole('list', { name: 'Summary' }).getByRole('listitem').filter({ hasText: 'Active sanctions' });
    expect((await activeTile.innerText()).replace(/\s+/g, ' ').trim()).toBe('1 Active sanctions');

    // ...and listed: one line (list item or table row) that names the customer, the type and the review date.
    const line = page
      .locator('main li, main tr')
      .filter({ hasText: fullName(MORWENNA) })
      .filter({ hasText: typeLabel })
      .filter({ hasText: reviewBy });
    if ((await line.count()) === 0) {
      throw new Error(
        `The monitoring dashboard does not list the active restriction as "${fullName(MORWENNA)}", "${typeLabel}", review ${reviewBy}. The page said:\n${text}`
      );
    }
    expect(await line.count()).toBe(1);
    await page.close();
  });

  test('2. auditor / DPO: the deep link opens the case with its reference, status and timeline', async () => {
    const page = await openCaseByDeepLink(oversight, 'aud.auditor', morwenna.caseId);
    await oversight.shot(page, '2-auditor-case');
    await expectCaseShown(page, MORWENNA, reference, 'Sanction in force');
    expect(reference).toMatch(/^CCM-\d{4}-\d{4,}$/);

    const timeline = page.locator('section[aria-labelledby="timeline"] li');
    const entries = (await timeline.allInnerTexts()).map((entry) => entry.trim());
    expect(entries.some((entry) => entry.endsWith('Case opened'))).toBe(true);
    expect(entries.some((entry) => entry.includes('Panel decided to invoke the policy'))).toBe(true);
    expect(entries.some((entry) => entry.includes('Sanction approved by Edwina Director'))).toBe(true);
    expect(entries.some((entry) => entry.endsWith('Now: Sanction in force'))).toBe(true);

    // Read only: nothing to do, and the incident reports are marked as not hers to see.
    expect(await nextStepsOffered(page)).toEqual([]);
    await page.getByText('There is nothing for you to do on this case at the moment.').waitFor();
    await page.getByText(INCIDENTS_NOT_SHOWN).waitFor();
    await expectNoneOfTheseWords(page, MORWENNA_NARRATIVE_WORDS);
    await page.close();
  });

  test('3. alternate officer: opens the case and sees its status and reference', async () => {
    const page = await openCaseByDeepLink(oversight, 'alex.alternate', morwenna.caseId);
    await oversight.shot(page, '3-alternate-case');
    await expectCaseShown(page, MORWENNA, reference, 'Sanction in force');
    // The case officer is Cara Rhodes: only she manages the case (case.manage), so the alternate
    // is offered no step while she is not conflicted out.
    expect((await caseFact(page, 'Case officer').innerText()).trim()).toMatch(/^Cara Rhodes\b/);
    expect(await nextStepsOffered(page)).toEqual([]);
    await page.getByText('There is nothing for you to do on this case at the moment.').waitFor();
    await page.close();
  });

  describe('4. appeal', () => {
    test('the Customer Relations Officer records the appeal; only the independent reviewer is offered (BR-11)', async () => {
      const officer = await appeal.openAs('cara.cro', { case: morwenna.caseId });
      await officer.getByRole('button', { name: 'Record an appeal' }).click();
      const reviewer = officer.getByRole('combobox', { name: /^Appeal reviewer/ });
      await reviewer.waitFor();
      const offered = (await reviewer.locator('option').allInnerTexts()).map((option) => option.trim());
      await appeal.shot(officer, '1-cro-appeal-form');
      // Offered by name (the directory's title follows it): Deepa, and never Edwina, who approved the sanction.
      const deepa = offered.filter((option) => option.startsWith('Deepa Rao'));
      expect(deepa).toHaveLength(1);
      expect(offered.filter((option) => option.startsWith('Edwina Director'))).toEqual([]);

      await officer
        .getByRole('group', { name: /^Grounds of appeal/ })
        .getByRole('checkbox', { name: 'The restriction is disproportionate' })
        .check();
      await officer
        .getByRole('textbox', { name: /^The person's appeal/ })
        .fill('Ms Trelawney-Pike says one officer cannot cover both her council tax and housing repairs.');
      await reviewer.selectOption({ label: deepa[0] });
      await appeal.shot(officer, '2-cro-appeal-filled');
      await officer.getByRole('button', { name: 'Record the appeal' }).click();
      const refusal = officer.getByRole('alert').filter({ hasText: 'Not saved' });
      await eventually('the appeal to be recorded', async () => {
        if (await refusal.count()) throw new Error(`The appeal was not saved: ${await refusal.first().innerText()}`);
        return (await store.cases.get(morwenna.caseId)).value.status === 'UnderAppeal';
      });
      await untilSavedOnScreen(officer);
      await officer.getByRole('button', { name: 'Back to the case' }).first().click();
      await officer.getByRole('heading', { name: 'Next steps' }).waitFor();
      await appeal.shot(officer, '3-cro-case-under-appeal');
      expect((await caseFact(officer, 'Status').innerText()).trim()).toBe('Under appeal');
      await officer.close();
    });

    test('Deepa Rao quashes the restriction with reasons and the outcome letter; staff then see no banner', async () => {
      const reviewing = await openCaseByDeepLink(appeal, 'dee.deputy', morwenna.caseId);
      await appeal.shot(reviewing, '4-reviewer-case');
      await expectCaseShown(reviewing, MORWENNA, reference, 'Under appeal');
      const offered = await nextStepsOffered(reviewing);
      if (offered.indexOf('Decide the appeal') < 0) {
        throw new Error(
          `Deepa Rao, the assigned appeal reviewer, is not offered "Decide the appeal" on the case (offered: ${JSON.stringify(offered)}). The case view said:\n${await pageText(reviewing)}`
        );
      }
      await reviewing.getByRole('button', { name: 'Decide the appeal' }).click();
      await reviewing.getByRole('combobox', { name: /^Decision/ }).selectOption('Quash');
      await reviewing
        .getByRole('textbox', { name: /^Reasons/ })
        .fill('A single point of contact for every service was more than the incident called for; the warning is enough.');
      const ombudsman = reviewing.getByRole('textbox', { name: /Ombudsman/i });
      expect((await ombudsman.inputValue()).trim()).not.toBe('');
      await appeal.shot(reviewing, '5-reviewer-quash');
      await reviewing.getByRole('button', { name: 'Record the decision' }).click();
      const refusal = reviewing.getByRole('alert').filter({ hasText: 'Not saved' });
      // Saved means the whole write order has run (the case, its audit events, then the staff
      // banner): the reviewer's button is disabled until then. Leaving the page as soon as the
      // case row said Closed (as this test once did) could cut the banner's write short under
      // load, leaving it to the sweep.
      const recordButton = reviewing.getByRole('button', { name: 'Record the decision' });
      await eventually('the appeal decision to close the case', async () => {
        if (await refusal.count()) throw new Error(`The decision was not saved: ${await refusal.first().innerText()}`);
        const closed = (await store.cases.get(morwenna.caseId)).value.status === 'Closed';
        return closed && (await recordButton.count()) > 0 && (await recordButton.isEnabled());
      });
      await reviewing.getByRole('button', { name: 'Back to the case' }).first().click();
      await reviewing.getByRole('heading', { name: 'Next steps' }).waitFor();
      await appeal.shot(reviewing, '6-reviewer-case-closed');
      expect((await caseFact(reviewing, 'Status').innerText()).trim()).toBe('Closed');
      const timeline = (await reviewing.locator('section[aria-labelledby="timeline"] li').allInnerTexts()).map((entry) => entry.trim());
      expect(timeline.some((entry) => entry.endsWith('Appeal decided: quash'))).toBe(true);
      await reviewing.close();

      const page = await checkCustomer(staffChecks, 'sam.staff', MORWENNA.family);
      await staffChecks.shot(page, '7-staff-check-after-quash');
      await expectNoRestrictionBanner(page);
      await expectListedWithoutRestriction(page, fullName(MORWENNA));
      await expectNoneOfTheseWords(page, MORWENNA_NARRATIVE_WORDS);
      await page.close();
    });
  });

  test('5. FOI officer: records an assessment for a request from the customer, and sees it listed with its statutory due date', async () => {
    // The browser's clock only: a day after the request arrived and before it is due, so the
    // list says "Being assessed" whenever the file runs.
    const page = await foi.openAs('fay.foi', {}, { today: FOI_TODAY });
    await page.getByRole('button', { name: 'Open FOI and EIR assessments' }).click();
    await page.getByRole('button', { name: 'Start a new assessment' }).waitFor();
    // BR-16 is on the screen before anything is typed.
    await page.getByText('A restriction is never a reason to refuse').first().waitFor();
    await page
      .getByText(/can\s+never be a ground to refuse a request under the Freedom of Information Act/)
      .first()
      .waitFor();
    await foi.shot(page, '1-foi-list-empty');

    await page.getByRole('button', { name: 'Start a new assessment' }).click();
    await page.getByRole('textbox', { name: /^Request reference/ }).fill(FOI_REFERENCE);
    await page.getByRole('combobox', { name: /^Regime/ }).selectOption('FOIA');
    // Typed as the officer types it (the browser's en-US order: month, day, year). The year passes
    // through 0002, 0020 and 0202 on the way, which once took the screen down (no calendar covers
    // them); Playwright's fill() leaves this React-controlled date input empty in Chromium 150.
    const [year, month, day] = FOI_RECEIVED_ON.split('-');
    await page.getByLabel(/^Date the request was received/).focus();
    await page.keyboard.type(`${month}${day}${year}`);
    expect(await page.getByLabel(/^Date the request was received/).inputValue()).toBe(FOI_RECEIVED_ON);
    // The FOI officer knows the customer's case by the reference people read, never its details.
    await page.getByRole('textbox', { name: /^Linked customer case management reference/ }).fill(reference);
    // A colleague suggested refusing because of the restriction: the screen says it never can be.
    await page.getByRole('checkbox', { name: /has a customer case management restriction/ }).check();
    const br16 = page.getByText(
      'A customer case management restriction can never be a reason to refuse an information request. Assess the request itself.'
    );
    await br16.first().waitFor();
    await page.getByText(`Respond by ${FOI_DUE_ON}`).waitFor();
    await foi.shot(page, '2-foi-assessment-br16');

    await page.getByRole('button', { name: 'Save assessment' }).click();
    const saved = page.getByText(/^Assessment .+ saved\.$/);
    await saved.or(page.getByText('The assessment was not saved')).or(page.getByText('There is a problem')).first().waitFor();
    await foi.shot(page, '3-foi-assessment-saved');
    if (!(await saved.count())) throw new Error(`The FOI assessment was not saved. The page said:\n${await pageText(page)}`);
    const savedMessage = (await saved.first().innerText()).trim();
    await page.getByRole('button', { name: 'Back to the list' }).click();

    // The only assessment on the site: found by its place, so that what it is called is asserted below.
    const table = page.getByRole('table', { name: 'FOI and EIR assessments' });
    await table.waitFor();
    await foi.shot(page, '4-foi-list-with-assessment');
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(1);
    const cells = (await rows.first().getByRole('cell').allInnerTexts()).map((cell) => cell.trim());
    // The officer's own reference names the assessment, as typed, both when it is saved and in the list.
    expect({ savedMessage, listed: cells.slice(0, 6) }).toEqual({
      savedMessage: `Assessment ${FOI_REFERENCE} saved.`,
      listed: [FOI_REFERENCE, 'FOIA', longDate(FOI_RECEIVED_ON), FOI_DUE_ON, 'None chosen', 'Being assessed']
    });
    // The FOI screen shows no case details: not one word of what happened.
    await expectNoneOfTheseWords(page, MORWENNA_NARRATIVE_WORDS);
    await page.close();
  });
});
