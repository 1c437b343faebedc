// The browser steps that take a customer from a front-line incident to a restriction in
// force, each taken in headless Chromium on the local host page as the persona who takes it
// in real life: staff record the incident, the line manager opens a case from triage, the
// Customer Relations Officer completes the checklist, records the panel decision, sends the
// monitoring letter and proposes a sanction, the Executive Director approves it in the
// approvals inbox, and the officer sends the restriction letter, which puts it in force.
// Shared by the end-to-end case flow (test/e2e/caseFlow.test.ts) and the journeys here.
import type { Browser, Locator, Page } from 'playwright-core';
import type { CaseStore } from '../../../src/data/ports';
import { firstPage } from '../../../src/ui/services/appStore';
import { oid } from '../../../local/seed/personas';
import { saveScreenshot, screenshotPath } from '../../support/browser';
import { writeAndProduceRestrictionLetter } from '../../e2e/support/restrictionLetterInBrowser';

export interface Customer {
  given: string;
  family: string;
  /** What the member of staff writes under "What happened": case detail staff checking later must never see. */
  narrative: string;
}

export function fullName(customer: Pick<Customer, 'given' | 'family'>): string {
  return `${customer.given} ${customer.family}`;
}

/** What the officer writes when proposing an R01 single point of contact restriction. */
export interface SinglePointOfContact {
  officer: string;
  cover: string;
  necessaryContact: string;
  proportionality: string;
}

/** The restriction the case flow proposes: Cara Rhodes, covered by Alex Okafor. */
export const CARA_RHODES_AS_SINGLE_POINT_OF_CONTACT: SinglePointOfContact = {
  officer: 'Cara Rhodes',
  cover: 'Alex Okafor',
  necessaryContact: 'Repairs and rent matters by email to Cara Rhodes; emergencies by the out-of-hours line.',
  proportionality: 'Contact continues through one officer only; no service is withdrawn.'
};

/**
 * Pages on the host page as one persona or another, with the screenshots of one journey
 * under one name prefix. The page opened last is kept, so that a failure can be captured.
 */
export class HostPageSession {
  private current: Page | undefined;

  public constructor(
    private readonly browser: Browser,
    public readonly hostUrl: string,
    private readonly screenshotPrefix: string
  ) {}

  public async openAs(persona: string, query: Record<string, string> = {}, options: { today?: string } = {}): Promise<Page> {
    const page = await this.browser.newPage({ viewport: { width: 1280, height: 900 } });
    this.current = page;
    page.setDefaultTimeout(20000);
    // The browser's clock only: the emulator and the case service keep the real time.
    if (options.today) await page.clock.setFixedTime(new Date(`${options.today}T10:00:00Z`));
    await page.goto(this.urlAs(persona, query));
    return page;
  }

  public urlAs(persona: string, query: Record<string, string> = {}): string {
    return `${this.hostUrl}?${new URLSearchParams({ as: persona, ...query }).toString()}`;
  }

  public async shot(page: Page, name: string): Promise<void> {
    await saveScreenshot(page, `${this.screenshotPrefix}-${name}`);
  }

  /** On a failure the last page is still open: keep what it showed (under `name`), then close it. */
  public async keepFailureScreenshot(name: string = 'failure'): Promise<void> {
    if (!this.current || this.current.isClosed()) return;
    await this.current.screenshot({ path: screenshotPath(`${this.screenshotPrefix}-${name}`), fullPage: true });
    await this.current.close();
  }
}

/** The name a failure screenshot is kept under: the running test's name, as a file name. */
export function failureScreenshotName(): string {
  return `failure-${(expect.getState().currentTestName ?? 'test').replace(/[^A-Za-z0-9]+/g, '-').slice(-60)}`;
}

/** A file staff attach to the report, as the browser's file picker hands it over. */
export interface PickedFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/**
 * 1. Staff record an incident for a customer the council has never recorded before, attaching
 * the files given (none by default); the report is sent and none of them failed to upload.
 */
export async function staffRecordIncidentForNewCustomer(
  session: HostPageSession,
  customer: Customer,
  files: readonly PickedFile[] = []
): Promise<void> {
  const staff = await session.openAs('sam.staff');
  await staff.getByRole('button', { name: 'Open Record an incident' }).click();
  await staff.getByRole('heading', { name: 'Record an incident' }).waitFor();
  await staff.getByRole('button', { name: 'Add a new customer' }).click();
  await staff.getByRole('textbox', { name: 'First name' }).fill(customer.given);
  await staff.getByRole('textbox', { name: 'Last name' }).fill(customer.family);
  await staff.getByRole('combobox', { name: /Service/ }).selectOption('Housing');
  await staff.getByRole('combobox', { name: /How the contact happened/ }).selectOption('phone');
  await staff.getByLabel('Unreasonable demands').check();
  await staff.getByRole('textbox', { name: /What happened/ }).fill(customer.narrative);
  await staff.getByRole('combobox', { name: /Immediate protective action/ }).selectOption('endedCall');
  if (files.length > 0) await staff.getByLabel(/^Attach files/).setInputFiles([...files]);
  await session.shot(staff, '1-staff-incident-form');
  await staff.getByRole('button', { name: 'Send report to my line manager' }).click();
  await staff.getByText(/Your report has been sent to your line manager/).waitFor();
  expect(await staff.getByText(/did not upload/).count()).toBe(0);
  await session.shot(staff, '2-staff-incident-sent');
  await staff.close();
}

/** 2. The line manager triages the referral, escalates it and opens a case. */
export async function managerEscalatesAndOpensCase(session: HostPageSession, customer: Customer): Promise<void> {
  const manager = await session.openAs('lena.manager');
  await manager.getByRole('button', { name: 'Open Triage referrals' }).click();
  const card = manager.getByRole('group', { name: fullName(customer) });
  await card.waitFor();
  await session.shot(manager, '3-manager-triage');
  await card.getByRole('radio', { name: /Escalate to the head of service/ }).check();
  await card.getByRole('textbox', { name: /Reasons/ }).fill('Threat to come to the office: escalate under the policy.');
  await card.getByRole('button', { name: /Record decision for/ }).click();
  // The confirmation says the case is open and leads to it.
  const saved = manager.getByRole('status').filter({ hasText: `is open for ${fullName(customer)}` });
  await saved.getByRole('button', { name: 'Open the case' }).click();
  await manager.getByRole('heading', { name: 'Next steps' }).waitFor();
  await session.shot(manager, '4-manager-case-opened');
  await manager.close();
}

/**
 * 2, as the triage screen may answer it: the line manager escalates the referral, and the
 * screen either opens the case or stays on triage saying "Escalated: case CCM-… is open for
 * <name>" (with "Open the case"). Either way a case is open; a refusal fails the step.
 */
export async function managerEscalatesReferral(session: HostPageSession, customer: Customer): Promise<void> {
  const manager = await session.openAs('lena.manager');
  await manager.getByRole('button', { name: 'Open Triage referrals' }).click();
  const card = manager.getByRole('group', { name: fullName(customer) });
  await card.waitFor();
  await session.shot(manager, '3-manager-triage');
  await card.getByRole('radio', { name: /Escalate to the head of service/ }).check();
  await card.getByRole('textbox', { name: /Reasons/ }).fill('Threat to come to the office: escalate under the policy.');
  await card.getByRole('button', { name: /Record decision for/ }).click();
  const escalated = manager.getByRole('status').filter({ hasText: `is open for ${fullName(customer)}` });
  const refusal = manager.getByRole('alert').filter({ hasText: 'Not saved' });
  await manager.getByRole('heading', { name: 'Next steps' }).or(escalated).or(refusal).first().waitFor();
  if (await refusal.count()) throw new Error(`The triage decision was not saved: ${await refusal.first().innerText()}`);
  await session.shot(manager, '4-manager-case-opened');
  await manager.close();
}

/** The value next to a term in the case view's facts (Reference, Status, Case officer, ...). */
export function caseFact(page: Page, term: string): Locator {
  return page.locator(`xpath=//dl/dt[normalize-space(.)=${JSON.stringify(term)}]/following-sibling::dd[1]`);
}

/** The case view, as the Customer Relations Officer. */
export function openCaseAsOfficer(session: HostPageSession, caseId: string): Promise<Page> {
  return session.openAs('cara.cro', { case: caseId });
}

/** 3. The officer completes the consider-before-restricting checklist: all 13 items, each with evidence. */
export async function officerCompletesChecklist(session: HostPageSession, officer: Page): Promise<void> {
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
  await session.shot(officer, '5-officer-checklist-complete');
  await officer.getByRole('button', { name: 'Back to the case' }).first().click();
}

/** 4. The panel decision: invoke the policy, with a three-month monitoring period. */
export async function officerRecordsPanelDecisionToInvoke(session: HostPageSession, officer: Page): Promise<void> {
  await officer.getByRole('button', { name: 'Record the panel decision' }).click();
  await officer.getByRole('button', { name: 'Record the decision' }).waitFor();
  await officer.getByRole('combobox', { name: /head of service/i }).selectOption(`headOfService|${oid('hugh.head')}`);
  await officer.getByRole('combobox', { name: /Executive Director/i }).selectOption(`executiveDirector|${oid('ed.director')}`);
  await officer.getByRole('combobox', { name: /Customer Relations Officer/i }).selectOption(`customerRelationsOfficer|${oid('cara.cro')}`);
  await officer.getByRole('combobox', { name: /^Decision/ }).selectOption('Invoke');
  await officer
    .getByRole('textbox', { name: /Reasons for the decision/ })
    .fill('A threat to attend and harm staff, after an earlier informal warning.');
  await session.shot(officer, '6-officer-panel-decision');
  await officer.getByRole('button', { name: 'Record the decision' }).click();
  await officer.getByRole('button', { name: 'Monitoring letter and contact log' }).waitFor();
}

/**
 * 5. The monitoring letter, every required part, recorded as sent; then the case view again.
 * `officerPersona`: the case officer (on the councillors' route, the Business Manager).
 */
export async function officerSendsMonitoringLetter(
  session: HostPageSession,
  officer: Page,
  caseId: string,
  officerPersona: string = 'cara.cro'
): Promise<void> {
  await officer.getByRole('button', { name: 'Monitoring letter and contact log' }).click();
  const letter = officer.locator('form').filter({ has: officer.getByRole('button', { name: 'Record the letter as sent' }) });
  await letter.waitFor();
  const parts = letter.getByRole('textbox');
  const partCount = await parts.count();
  for (let index = 0; index < partCount; index += 1) {
    if ((await parts.nth(index).getAttribute('type')) === 'date') continue;
    await parts.nth(index).fill(`Letter part ${index + 1}: written plainly for the customer.`);
  }
  await session.shot(officer, '7-officer-monitoring-letter');
  await letter.getByRole('button', { name: 'Record the letter as sent' }).click();
  await officer
    .getByRole('button', { name: 'Log contact' })
    .or(officer.getByRole('table', { name: 'Contact log' }))
    .first()
    .waitFor();
  await officer.goto(session.urlAs(officerPersona, { case: caseId }));
}

/** 6. The officer proposes an R01 single point of contact restriction and requests approval. */
export async function officerProposesSinglePointOfContact(
  session: HostPageSession,
  officer: Page,
  restriction: SinglePointOfContact = CARA_RHODES_AS_SINGLE_POINT_OF_CONTACT
): Promise<void> {
  await officer.getByRole('button', { name: 'Propose a sanction' }).click();
  await officer.getByRole('button', { name: 'Request approval' }).waitFor();
  await officer.getByRole('checkbox', { name: /^R01:/ }).check();
  await officer.getByRole('textbox', { name: /Single point of contact \(name\)/ }).fill(restriction.officer);
  await officer.getByRole('textbox', { name: /Who covers when they are away/ }).fill(restriction.cover);
  await officer.getByRole('textbox', { name: /How necessary contact will still happen/ }).fill(restriction.necessaryContact);
  await officer.getByRole('textbox', { name: /minimum needed/ }).fill(restriction.proportionality);
  const earlyBreach = officer.getByRole('textbox', { name: /Serious breach that ends monitoring early/ });
  if (await earlyBreach.count()) await earlyBreach.fill('A further threat to attend the office on 27 November 2026, during monitoring.');
  await session.shot(officer, '8-officer-propose-sanction');
  await officer.getByRole('button', { name: 'Request approval' }).click();
  await officer.getByText('Pending approval').waitFor();
  await session.shot(officer, '9-officer-pending-approval');
}

/** The case's reference people read, as SharePoint holds it (CCM-yyyy-nnnn). */
export async function referenceOf(store: CaseStore, caseId: string): Promise<string> {
  const reference = (await store.cases.get(caseId)).value.reference;
  expect(reference).toMatch(/^CCM-\d{4}-\d{4,}$/);
  return reference as string;
}

/** 7. The Executive Director approves the proposed sanction in the tab's approvals inbox. */
/** `caseReference`: the reference people read (CCM-2026-0042); the inbox names the case by it, not by its id. */
export async function directorApprovesInInbox(session: HostPageSession, customer: Customer, caseReference: string): Promise<void> {
  const director = await session.openAs('ed.director');
  await director.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Approvals', exact: true }).click();
  const approval = director
    .getByRole('listitem')
    .filter({ has: director.getByRole('heading', { name: `${fullName(customer)}: ${caseReference}` }) });
  await approval.waitFor();
  await session.shot(director, '10-director-approvals-inbox');
  await approval.getByRole('button', { name: 'Approve', exact: true }).click();
  await approval.getByRole('textbox', { name: /^Comment/ }).fill('Proportionate: one officer, every matter can still be raised.');
  await approval.getByRole('button', { name: 'Send decision: Approve' }).click();
  await approval.getByText('You approved this sanction.', { exact: false }).waitFor();
  await session.shot(director, '11-director-approved');
  await director.close();
}

/**
 * 8. The officer writes the restriction decision letter, produces its Word document and
 * records it as sent: the sanction is then in force. Returns the document's address in the
 * Letters library. `officerPersona`: the case officer (on the councillors' route, the Business Manager).
 */
export async function officerSendsRestrictionLetter(
  session: HostPageSession,
  customer: Pick<Customer, 'given' | 'family'>,
  caseId: string,
  officerPersona: string = 'cara.cro'
): Promise<string | undefined> {
  const sender = await session.openAs(officerPersona, { case: caseId });
  await sender.getByRole('button', { name: 'Send the restriction letter' }).click();
  await sender.getByRole('heading', { name: 'Letters', level: 2 }).waitFor();
  await writeAndProduceRestrictionLetter(sender, fullName(customer));
  await session.shot(sender, '12-officer-restriction-letter-produced');
  // The Word document went to the Letters library (the single letter below is its item).
  const savedDocumentUrl = (await sender.getByRole('link', { name: 'Open it in the Letters library' }).getAttribute('href')) ?? undefined;
  await sender.getByRole('combobox', { name: /How it was sent/ }).selectOption('email');
  await sender.getByRole('button', { name: 'Record as sent to the customer' }).click();
  const active = sender.getByRole('status').filter({ hasText: 'The restriction is now active' });
  await active.waitFor();
  await session.shot(sender, '13-officer-restriction-active');
  await active
    .getByRole('button', { name: 'Back to the case' })
    .or(active.getByRole('link', { name: 'Back to the case' }))
    .click();
  await sender.getByText('Sanction in force', { exact: true }).waitFor();
  await sender.getByText(/Single point of contact \(active\), review by/).waitFor();
  await session.shot(sender, '14-officer-case-sanction-active');
  await sender.close();
  return savedDocumentUrl;
}

/** The incident staff recorded, found in SharePoint by its narrative (each journey's is its own). */
export async function findIncidentByNarrative(store: CaseStore, narrative: string): Promise<{ incidentId: string; personId: string }> {
  const reported = (await firstPage(store.incidents.listByReporter(oid('sam.staff')), 100)).filter(
    (row) => row.value.narrative === narrative
  );
  expect(reported).toHaveLength(1);
  return { incidentId: reported[0].value.id, personId: reported[0].value.personId };
}

/** The one case opened for a customer. */
export async function findOnlyCaseOf(store: CaseStore, personId: string): Promise<string> {
  const cases = await store.cases.listByPerson(personId);
  expect(cases).toHaveLength(1);
  return cases[0].value.id;
}

/**
 * The whole way from incident to a restriction in force, through the UI, with a check in
 * SharePoint at the end that the case and its sanction are active.
 */
export async function takeNewCustomerToRestrictionInForce(
  session: HostPageSession,
  store: CaseStore,
  customer: Customer,
  restriction: SinglePointOfContact = CARA_RHODES_AS_SINGLE_POINT_OF_CONTACT
): Promise<{ personId: string; caseId: string }> {
  await staffRecordIncidentForNewCustomer(session, customer);
  const { personId } = await findIncidentByNarrative(store, customer.narrative);
  await managerEscalatesAndOpensCase(session, customer);
  const caseId = await findOnlyCaseOf(store, personId);

  const officer = await openCaseAsOfficer(session, caseId);
  await officerCompletesChecklist(session, officer);
  await officerRecordsPanelDecisionToInvoke(session, officer);
  await officerSendsMonitoringLetter(session, officer, caseId);
  await officerProposesSinglePointOfContact(session, officer, restriction);
  await officer.close();

  await directorApprovesInInbox(session, customer, await referenceOf(store, caseId));
  await officerSendsRestrictionLetter(session, customer, caseId);
  expect((await store.cases.get(caseId)).value.status).toBe('SanctionActive');
  return { personId, caseId };
}

/** Polls until the check holds (SharePoint is read, not the page), or fails after the timeout. */
export async function eventually(what: string, check: () => Promise<boolean>, timeoutMs: number = 20000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Waits until the screen no longer says it is saving (aria-busy, set by CaseFrame). A case
 * save writes the case row first and its audit entries and banners after it: leaving or
 * closing the page before then would stop those writes, which no careful user does.
 */
export async function untilSavedOnScreen(page: Page): Promise<void> {
  await page.locator('[aria-busy="true"]').waitFor({ state: 'detached' });
}

/**
 * The reviewer (by default the Customer Relations Officer) starts the scheduled review from
 * the case view and records the outcome "Lift the restriction" with reasons; the outcome
 * letter states the result and the reasons (ReviewScreen.tsx). The case is then closed.
 */
export async function liftRestrictionAtReview(
  session: HostPageSession,
  store: CaseStore,
  caseId: string,
  reasons: string,
  reviewer: string = 'cara.cro'
): Promise<void> {
  const reviewing = await session.openAs(reviewer, { case: caseId });
  await reviewing.getByRole('heading', { name: 'Next steps' }).waitFor();
  const recordReview = reviewing.getByRole('button', { name: 'Record a review' });
  if ((await recordReview.count()) === 0) {
    throw new Error(
      `${reviewer} is not offered "Record a review" on the case. The case view said:\n${await reviewing.locator('main').innerText()}`
    );
  }
  await recordReview.click();
  await reviewing.getByRole('button', { name: 'Start the review' }).click();
  await reviewing.getByRole('button', { name: 'Record the review' }).waitFor();
  await reviewing.getByRole('combobox', { name: /^Outcome/ }).selectOption('Lift');
  await reviewing.getByRole('textbox', { name: /^Reasons/ }).fill(reasons);
  await reviewing
    .getByRole('textbox', { name: /Anything else the outcome letter says/ })
    .fill('You may contact any council service in the usual way from today.');
  await session.shot(reviewing, '15-review-lift');
  await reviewing.getByRole('button', { name: 'Record the review' }).click();
  const refusal = reviewing.getByRole('alert').filter({ hasText: 'Not saved' });
  await eventually('the case to be closed by the review', async () => {
    if (await refusal.count()) throw new Error(`The review was not saved: ${await refusal.first().innerText()}`);
    return (await store.cases.get(caseId)).value.status === 'Closed';
  });
  // The case row is only the first write of the save; the banner is closed after it. The
  // reviewer, like a real one, waits for the screen to say the review is recorded.
  await reviewing.getByText('Review recorded: the restriction is lifted').waitFor();
  await untilSavedOnScreen(reviewing);
  await reviewing.getByRole('button', { name: 'Back to the case' }).first().click();
  await reviewing.getByText('Closed', { exact: true }).waitFor();
  await session.shot(reviewing, '16-case-closed');
  await reviewing.close();
}
