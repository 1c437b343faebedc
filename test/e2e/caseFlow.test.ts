// End to end in headless Chromium against the real local stack (SharePoint emulator,
// case service, host page with its same-origin proxies): a member of staff records an
// incident, the line manager escalates it and opens a case, the Customer Relations Officer
// completes the checklist, records the panel decision, sends the monitoring letter and
// proposes a sanction, which shows as pending approval; the Executive Director approves it
// in the tab's approvals inbox, the officer produces the restriction decision letter and
// records it as sent, and the case shows the sanction active. SharePoint is checked through
// the repositories too, and a screenshot is saved at each step.
import type { Browser, Page } from 'playwright-core';
import { firstPage } from '../../src/ui/services/appStore';
import { oid } from '../../local/seed/personas';
import { launchChromium, screenshotPath } from '../support/browser';
import { writeAndProduceRestrictionLetter } from './support/restrictionLetterInBrowser';
import { startLocalStack, type LocalStack } from './support/stack';

jest.setTimeout(180000);

const GIVEN = 'Morwenna';
const FAMILY = "Pengelly-O'Dowd";
const NARRATIVE = 'The caller said "I will come to the office and make you pay" three times and ended the call.';

describe('case flow on the local host page against the emulator and the case service', () => {
  let stack: LocalStack;
  let browser: Browser;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startLocalStack(), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  let current: Page | undefined;

  afterEach(async () => {
    // On a failure the last page is still open: keep what it showed.
    if (current && !current.isClosed()) await current.screenshot({ path: screenshotPath('case-flow-failure'), fullPage: true });
  });

  async function openAs(persona: string, query: Record<string, string> = {}): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    current = page;
    page.setDefaultTimeout(20000);
    await page.goto(`${stack.hostPage.url}?${new URLSearchParams({ as: persona, ...query }).toString()}`);
    return page;
  }

  async function shot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: screenshotPath(`case-flow-${name}`), fullPage: true });
  }

  test('staff record, manager opens a case, officer completes the checklist, panel, letter and proposes a sanction; it is approved and the restriction letter makes it active', async () => {
    const store = stack.sharePoint.storeAs('svc.ccm');

    // 1. Staff: record an incident for a new customer.
    const staff = await openAs('sam.staff');
    await staff.getByRole('button', { name: 'Open Record an incident' }).click();
    await staff.getByRole('heading', { name: 'Record an incident' }).waitFor();
    await staff.getByRole('button', { name: 'Add a new customer' }).click();
    await staff.getByRole('textbox', { name: 'First name' }).fill(GIVEN);
    await staff.getByRole('textbox', { name: 'Last name' }).fill(FAMILY);
    await staff.getByRole('combobox', { name: /Service/ }).selectOption('Housing');
    await staff.getByRole('combobox', { name: /How the contact happened/ }).selectOption('phone');
    await staff.getByLabel('Unreasonable demands').check();
    await staff.getByRole('textbox', { name: /What happened/ }).fill(NARRATIVE);
    await staff.getByRole('combobox', { name: /Immediate protective action/ }).selectOption('endedCall');
    await shot(staff, '1-staff-incident-form');
    await staff.getByRole('button', { name: 'Send report to my line manager' }).click();
    await staff.getByText(/Your report has been sent to your line manager/).waitFor();
    await shot(staff, '2-staff-incident-sent');
    await staff.close();

    const reported = (await firstPage(store.incidents.listByReporter(oid('sam.staff')), 100)).filter(
      (row) => row.value.narrative === NARRATIVE
    );
    expect(reported).toHaveLength(1);
    expect(reported[0].value.status).toBe('Submitted');
    const personId = reported[0].value.personId;
    expect((await store.persons.find(personId))?.value.names).toMatchObject({ given: GIVEN, family: FAMILY });

    // 2. Line manager: triage the referral, escalate and open a case.
    const manager = await openAs('lena.manager');
    await manager.getByRole('button', { name: 'Open Triage referrals' }).click();
    const card = manager.getByRole('group', { name: `${GIVEN} ${FAMILY}` });
    await card.waitFor();
    await shot(manager, '3-manager-triage');
    await card.getByRole('radio', { name: /Escalate to the head of service/ }).check();
    await card.getByRole('textbox', { name: /Reasons/ }).fill('Threat to come to the office: escalate under the policy.');
    await card.getByRole('button', { name: /Record decision for/ }).click();
    await manager.getByRole('heading', { name: 'Next steps' }).waitFor();
    await shot(manager, '4-manager-case-opened');
    await manager.close();

    const cases = await store.cases.listByPerson(personId);
    expect(cases).toHaveLength(1);
    const caseId = cases[0].value.id;
    expect(cases[0].value.status).toBe('AwaitingInvocationDecision');
    expect((await store.incidents.get(reported[0].value.id)).value.status).toBe('Acknowledged');

    // 3. Customer Relations Officer: the checklist, all 13 items with evidence.
    const officer = await openAs('cara.cro', { case: caseId });
    await officer.getByRole('button', { name: 'Complete the checklist' }).click();
    await officer.getByRole('button', { name: 'Save checklist' }).waitFor();
    const items = officer.locator('form fieldset');
    const count = await items.count();
    expect(count).toBe(13);
    for (let index = 0; index < count; index += 1) {
      const item = items.nth(index);
      await item.getByRole('radio', { name: 'Answer with evidence' }).check();
      await item.getByRole('textbox', { name: /^Answer/ }).fill(`Considered for item ${index + 1}.`);
      await item.getByRole('textbox', { name: /^Evidence/ }).fill(`Case notes of 28 November 2026, item ${index + 1}.`);
    }
    await officer.getByRole('button', { name: 'Save checklist' }).click();
    await officer.getByText('Checklist saved and complete.').waitFor();
    await shot(officer, '5-officer-checklist-complete');
    await officer.getByRole('button', { name: 'Back to the case' }).first().click();

    // 4. The panel decision: invoke with a three-month monitoring period.
    await officer.getByRole('button', { name: 'Record the panel decision' }).click();
    await officer.getByRole('button', { name: 'Record the decision' }).waitFor();
    await officer.getByRole('combobox', { name: /head of service/i }).selectOption(`headOfService|${oid('hugh.head')}`);
    await officer.getByRole('combobox', { name: /Executive Director/i }).selectOption(`executiveDirector|${oid('ed.director')}`);
    await officer
      .getByRole('combobox', { name: /Customer Relations Officer/i })
      .selectOption(`customerRelationsOfficer|${oid('cara.cro')}`);
    await officer.getByRole('combobox', { name: /^Decision/ }).selectOption('Invoke');
    await officer
      .getByRole('textbox', { name: /Reasons for the decision/ })
      .fill('A threat to attend and harm staff, after an earlier informal warning.');
    await shot(officer, '6-officer-panel-decision');
    await officer.getByRole('button', { name: 'Record the decision' }).click();
    await officer.getByRole('button', { name: 'Monitoring letter and contact log' }).waitFor();

    // 5. The monitoring letter, every required part.
    await officer.getByRole('button', { name: 'Monitoring letter and contact log' }).click();
    const letter = officer.locator('form').filter({ has: officer.getByRole('button', { name: 'Record the letter as sent' }) });
    await letter.waitFor();
    const parts = letter.getByRole('textbox');
    const partCount = await parts.count();
    for (let index = 0; index < partCount; index += 1) {
      if ((await parts.nth(index).getAttribute('type')) === 'date') continue;
      await parts.nth(index).fill(`Letter part ${index + 1}: written plainly for the customer.`);
    }
    await shot(officer, '7-officer-monitoring-letter');
    await letter.getByRole('button', { name: 'Record the letter as sent' }).click();
    await officer
      .getByRole('button', { name: 'Log contact' })
      .or(officer.getByRole('table', { name: 'Contact log' }))
      .first()
      .waitFor();
    await officer.goto(`${stack.hostPage.url}?as=cara.cro&case=${encodeURIComponent(caseId)}`);

    // 6. Propose a sanction (single point of contact) and request approval.
    await officer.getByRole('button', { name: 'Propose a sanction' }).click();
    await officer.getByRole('button', { name: 'Request approval' }).waitFor();
    await officer.getByRole('checkbox', { name: /^R01:/ }).check();
    await officer.getByRole('textbox', { name: /Single point of contact \(name\)/ }).fill('Cara Rhodes');
    await officer.getByRole('textbox', { name: /Who covers when they are away/ }).fill('Alex Okafor');
    await officer
      .getByRole('textbox', { name: /How necessary contact will still happen/ })
      .fill('Repairs and rent matters by email to Cara Rhodes; emergencies by the out-of-hours line.');
    await officer
      .getByRole('textbox', { name: /minimum needed/ })
      .fill('Contact continues through one officer only; no service is withdrawn.');
    const earlyBreach = officer.getByRole('textbox', { name: /Serious breach that ends monitoring early/ });
    if (await earlyBreach.count()) await earlyBreach.fill('A further threat to attend the office on 27 November 2026, during monitoring.');
    await shot(officer, '8-officer-propose-sanction');
    await officer.getByRole('button', { name: 'Request approval' }).click();
    await officer.getByText('Pending approval').waitFor();
    await shot(officer, '9-officer-pending-approval');
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
    const director = await openAs('ed.director');
    await director.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Approvals', exact: true }).click();
    const approval = director
      .getByRole('listitem')
      .filter({ has: director.getByRole('heading', { name: `${GIVEN} ${FAMILY}: ${caseId}` }) });
    await approval.waitFor();
    await shot(director, '10-director-approvals-inbox');
    await approval.getByRole('button', { name: 'Approve', exact: true }).click();
    await approval.getByRole('textbox', { name: /^Comment/ }).fill('Proportionate: one officer, every matter can still be raised.');
    await approval.getByRole('button', { name: 'Send decision: Approve' }).click();
    await approval.getByText('You approved this sanction.', { exact: false }).waitFor();
    await shot(director, '11-director-approved');
    await director.close();
    expect((await store.cases.get(caseId)).value.status).toBe('SanctionLetterDraft');

    // 8. The officer writes the restriction decision letter, produces it and records it as sent.
    const sender = await openAs('cara.cro', { case: caseId });
    await sender.getByRole('button', { name: 'Send the restriction letter' }).click();
    await sender.getByRole('heading', { name: 'Letters', level: 2 }).waitFor();
    await writeAndProduceRestrictionLetter(sender, `${GIVEN} ${FAMILY}`);
    await shot(sender, '12-officer-restriction-letter-produced');
    // The Word document went to the Letters library (the single letter below is its item).
    const savedDocumentUrl = await sender.getByRole('link', { name: 'Open it in the Letters library' }).getAttribute('href');
    await sender.getByRole('combobox', { name: /How it was sent/ }).selectOption('email');
    await sender.getByRole('button', { name: 'Record as sent to the customer' }).click();
    const active = sender.getByRole('status').filter({ hasText: 'The restriction is now active' });
    await active.waitFor();
    await shot(sender, '13-officer-restriction-active');
    await active
      .getByRole('button', { name: 'Back to the case' })
      .or(active.getByRole('link', { name: 'Back to the case' }))
      .click();
    await sender.getByText('Sanction in force', { exact: true }).waitFor();
    await sender.getByText(/Single point of contact \(active\), review by/).waitFor();
    await shot(sender, '14-officer-case-sanction-active');
    await sender.close();

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
    expect(restrictionLetter.fields.reference).toBe(caseId);
    expect(restrictionLetter.fields.howToAppeal).toBe('Write to the Head of Customer Services within 10 working days.');
    const inLibrary = (await store.letters.listByCase(caseId)).filter((l) => l.value.type === 'RestrictionDecision');
    expect(inLibrary.map((l) => l.value.id)).toEqual([restrictionLetter.id]);
    expect(savedDocumentUrl).toMatch(/\/Letters\/.+\.docx$/);
    const inForce = (await firstPage(store.sanctions.listByStatus('Active'), 100)).filter((row) => row.value.caseId === caseId);
    expect(inForce).toHaveLength(1);
    expect(inForce[0].value.customerNotifiedOn).toBe(restrictionLetter.sentOn);
  });
});
