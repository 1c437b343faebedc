// End to end in headless Chromium against the real local stack (SharePoint emulator,
// case service, host page with its same-origin proxies): a member of staff records an
// incident, the line manager escalates it and opens a case, the Customer Relations Officer
// completes the checklist, records the panel decision, sends the monitoring letter and
// proposes a sanction, which shows as pending approval; the Executive Director approves it
// in the tab's approvals inbox, the officer produces the restriction decision letter and
// records it as sent, and the case shows the sanction active. SharePoint is checked through
// the repositories too, and a screenshot is saved at each step. The browser steps live in
// test/journeys/support/caseJourney.ts, shared with the journeys.
import type { Browser } from 'playwright-core';
import { firstPage } from '../../src/ui/services/appStore';
import { oid } from '../../local/seed/personas';
import { launchChromium } from '../support/browser';
import {
  directorApprovesInInbox,
  referenceOf,
  HostPageSession,
  managerEscalatesAndOpensCase,
  officerCompletesChecklist,
  officerProposesSinglePointOfContact,
  officerRecordsPanelDecisionToInvoke,
  officerSendsMonitoringLetter,
  officerSendsRestrictionLetter,
  openCaseAsOfficer,
  staffRecordIncidentForNewCustomer,
  type Customer
} from '../journeys/support/caseJourney';
import { startLocalStack, type LocalStack } from './support/stack';

jest.setTimeout(180000);

const CUSTOMER: Customer = {
  given: 'Morwenna',
  family: "Pengelly-O'Dowd",
  narrative: 'The caller said "I will come to the office and make you pay" three times and ended the call.'
};

describe('case flow on the local host page against the emulator and the case service', () => {
  let stack: LocalStack;
  let browser: Browser;
  let session: HostPageSession;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startLocalStack(), launchChromium()]);
    session = new HostPageSession(browser, stack.hostPage.url, 'case-flow');
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  afterEach(async () => {
    await session?.keepFailureScreenshot();
  });

  test('staff record, manager opens a case, officer completes the checklist, panel, letter and proposes a sanction; it is approved and the restriction letter makes it active', async () => {
    const store = stack.sharePoint.storeAs('svc.ccm');

    // 1. Staff: record an incident for a new customer.
    await staffRecordIncidentForNewCustomer(session, CUSTOMER);

    const reported = (await firstPage(store.incidents.listByReporter(oid('sam.staff')), 100)).filter(
      (row) => row.value.narrative === CUSTOMER.narrative
    );
    expect(reported).toHaveLength(1);
    expect(reported[0].value.status).toBe('Submitted');
    const personId = reported[0].value.personId;
    expect((await store.persons.find(personId))?.value.names).toMatchObject({ given: CUSTOMER.given, family: CUSTOMER.family });

    // 2. Line manager: triage the referral, escalate and open a case.
    await managerEscalatesAndOpensCase(session, CUSTOMER);

    const cases = await store.cases.listByPerson(personId);
    expect(cases).toHaveLength(1);
    const caseId = cases[0].value.id;
    expect(cases[0].value.status).toBe('AwaitingInvocationDecision');
    expect((await store.incidents.get(reported[0].value.id)).value.status).toBe('Acknowledged');

    // 3.-6. Customer Relations Officer: the checklist (all 13 items with evidence), the panel
    // decision to invoke, the monitoring letter, and the proposed single point of contact.
    const officer = await openCaseAsOfficer(session, caseId);
    await officerCompletesChecklist(session, officer);
    await officerRecordsPanelDecisionToInvoke(session, officer);
    await officerSendsMonitoringLetter(session, officer, caseId);
    await officerProposesSinglePointOfContact(session, officer);
    await officer.close();

    // SharePoint holds the case, the proposed sanction and the approval requests.
    const finalCase = await store.cases.get(caseId);
    expect(finalCase.value.status).toBe('SanctionProposed');
    expect(finalCase.value.checklist?.completedBy).toBe(oid('cara.cro'));
    expect(finalCase.value.createdBy).toBe(oid('lena.manager'));
    const proposed = (await firstPage(store.sanctions.listByStatus('Proposed'), 100)).filter((row) => row.value.caseId === caseId);
    expect(proposed).toHaveLength(1);
    expect(proposed[0].value.proposedBy).toBe(oid('cara.cro'));
    expect(stack.connector.held.some((call) => call.path.endsWith('/activities'))).toBe(true);

    // 7. The decision-maker approves in the tab's approvals inbox.
    await directorApprovesInInbox(session, CUSTOMER, await referenceOf(store, caseId));
    expect((await store.cases.get(caseId)).value.status).toBe('SanctionLetterDraft');

    // 8. The officer writes the restriction decision letter, produces it and records it as sent;
    // the case view then shows the sanction in force.
    const savedDocumentUrl = await officerSendsRestrictionLetter(session, CUSTOMER, caseId);

    // SharePoint holds the active case, the active sanction and the letter as sent.
    const activeCase = (await store.cases.get(caseId)).value;
    expect(activeCase.status).toBe('SanctionActive');
    // ONE restriction letter: the Letters library item that holds the Word document the
    // officer produced, now recorded as sent, with the very content of that document.
    const restrictionLetters = activeCase.letters.filter((l) => l.type === 'RestrictionDecision');
    expect(restrictionLetters).toHaveLength(1);
    const [restrictionLetter] = restrictionLetters;
    expect(restrictionLetter).toMatchObject({ channel: 'email', sentBy: oid('cara.cro') });
    expect(restrictionLetter.sentOn).toBeDefined();
    expect(restrictionLetter.fields.reference).toBe(activeCase.reference);
    expect(activeCase.reference).toMatch(/^CCM-\d{4}-\d{4}$/);
    expect(restrictionLetter.fields.howToAppeal).toBe('Write to the Head of Customer Services within 10 working days.');
    const inLibrary = (await store.letters.listByCase(caseId)).filter((l) => l.value.type === 'RestrictionDecision');
    expect(inLibrary.map((l) => l.value.id)).toEqual([restrictionLetter.id]);
    expect(savedDocumentUrl).toMatch(/\/Letters\/.+\.docx$/);
    const inForce = (await firstPage(store.sanctions.listByStatus('Active'), 100)).filter((row) => row.value.caseId === caseId);
    expect(inForce).toHaveLength(1);
    expect(inForce[0].value.customerNotifiedOn).toBe(restrictionLetter.sentOn);
  });
});
