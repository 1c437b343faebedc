// Issue 16 item 6 (BR-31 widened), from an empty site, through the UI in headless Chromium,
// against the SharePoint emulator and the case service:
//  1. Staff record an incident for a new customer; the line manager opens a case.
//  2. The Customer Relations Officer records the customer's communication need on the
//     "Customer's needs and details" screen, then takes the case to a proposed sanction.
//  3. The Executive Director opens the approvals inbox: she sees the contact channel and the
//     need as a fixed instruction (never the officer's recorded words); Approve is refused
//     until she confirms the channel works for this person; then it is recorded.
import type { Browser } from 'playwright-core';
import type { CaseStore } from '../../src/data/ports';
import { launchChromium } from '../support/browser';
import { startLocalStack, type LocalStack } from '../e2e/support/stack';
import {
  eventually,
  findIncidentByNarrative,
  findOnlyCaseOf,
  fullName,
  HostPageSession,
  managerEscalatesAndOpensCase,
  officerCompletesChecklist,
  officerProposesSinglePointOfContact,
  officerRecordsPanelDecisionToInvoke,
  officerSendsMonitoringLetter,
  openCaseAsOfficer,
  referenceOf,
  staffRecordIncidentForNewCustomer,
  type Customer
} from './support/caseJourney';

jest.setTimeout(300000);

const NIAMH: Customer = {
  given: 'Niamh',
  family: 'Ó Briain',
  narrative: 'Kicked the door of the council tax office and swore at the duty officer.'
};
/** The officer's own words for the need: the approver is shown the fixed instruction instead. */
const RECORDED_WORDS = 'Slow processing after a head injury in 2024';

describe('the approver confirms the channel works for the person: from an empty site, through the UI', () => {
  let stack: LocalStack;
  let browser: Browser;
  let store: CaseStore;
  let session: HostPageSession;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startLocalStack({ seed: false }), launchChromium()]);
    store = stack.sharePoint.storeAs('svc.ccm');
    session = new HostPageSession(browser, stack.hostPage.url, 'journey-channel-confirmation');
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  afterEach(async () => {
    await session?.keepFailureScreenshot('failure');
  });

  test('the Executive Director sees the channel and the need, and must confirm the channel before approving', async () => {
    expect(await store.persons.findIdsByName(fullName(NIAMH))).toEqual([]);
    await staffRecordIncidentForNewCustomer(session, NIAMH);
    const { personId } = await findIncidentByNarrative(store, NIAMH.narrative);
    await managerEscalatesAndOpensCase(session, NIAMH);
    const caseId = await findOnlyCaseOf(store, personId);

    // The officer records the communication need.
    const needs = await openCaseAsOfficer(session, caseId);
    await needs.getByRole('button', { name: /^Customer.s needs and details$/ }).click();
    await needs.getByRole('button', { name: 'Add a reasonable adjustment' }).click();
    const adjustment = needs.getByRole('group', { name: 'Reasonable adjustment 1' });
    await adjustment.getByLabel(/^Kind of adjustment/).selectOption('needsExtraTime');
    await adjustment.getByLabel(/^What the adjustment is/).fill(RECORDED_WORDS);
    await adjustment.getByLabel(/^Is it a communication need\?/).selectOption('yes');
    await adjustment.getByLabel(/^Recorded on/).fill(new Date().toISOString().slice(0, 10));
    await needs.getByRole('button', { name: 'Save the details' }).click();
    await eventually('the need is stored in SharePoint', async () => {
      const person = await store.persons.findWithDetails(personId);
      return person?.value.reasonableAdjustments.some((a) => a.kind === 'needsExtraTime' && a.communicationNeed) === true;
    });
    // The row is the first write of the save (its audit entry follows): leave once the screen says it is saved.
    await needs.getByText('Saved', { exact: true }).waitFor();
    await needs.close();

    const officer = await openCaseAsOfficer(session, caseId);
    await officerCompletesChecklist(session, officer);
    await officerRecordsPanelDecisionToInvoke(session, officer);
    await officerSendsMonitoringLetter(session, officer, caseId);
    await officerProposesSinglePointOfContact(session, officer);
    await officer.close();

    const director = await session.openAs('ed.director');
    await director.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Approvals', exact: true }).click();
    const approval = director
      .getByRole('listitem')
      .filter({ has: director.getByRole('heading', { name: `${fullName(NIAMH)}: ${await referenceOf(store, caseId)}` }) });
    await approval.waitFor();
    await approval.getByText('Contact channel to confirm').waitFor();
    await approval.getByRole('list', { name: 'Communication needs staff must respect' }).getByText('Allow them extra time.').waitFor();
    expect(await approval.textContent()).not.toContain(RECORDED_WORDS);
    await session.shot(director, '01-director-sees-channel-and-needs');

    await approval.getByRole('button', { name: 'Approve', exact: true }).click();
    await approval.getByRole('textbox', { name: /^Comment/ }).fill('Proportionate: one officer, extra time allowed.');
    await approval.getByRole('button', { name: 'Send decision: Approve' }).click();
    await approval.getByText('Confirm the contact channel works for this person before approving.').waitFor();
    expect((await store.cases.get(caseId)).value.status).toBe('SanctionProposed');

    await approval.getByRole('checkbox', { name: /I confirm this contact channel works for this person/ }).check();
    await approval.getByRole('button', { name: 'Send decision: Approve' }).click();
    await approval.getByText('You approved this sanction.', { exact: false }).waitFor();
    await session.shot(director, '02-director-approved-with-confirmation');
    await director.close();

    const kase = (await store.cases.get(caseId)).value;
    expect(kase.status).toBe('SanctionLetterDraft');
    const approved = kase.sanctions.filter((s) => s.status === 'Approved');
    expect(approved).toHaveLength(1);
    expect(approved[0].approvals).toEqual([expect.objectContaining({ outcome: 'Approve', channelConfirmed: true })]);
  });
});
