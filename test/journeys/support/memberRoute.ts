// The councillors' route through the UI, each step as the persona who takes it in real life:
// a councillor reads the Members' page and refers someone with the form on it; the Monitoring
// Officer opens a councillors'-route case from the referral on the Member referrals screen;
// the case officer (the Customer and ICT Services Business Manager on this route) records the
// panel's decision, whose seats are the Monitoring Officer, the Business Manager and the
// Executive Director (BR-02).
import type { Locator, Page } from 'playwright-core';
import { oid } from '../../../local/seed/personas';
import type { HostPageSession } from './caseJourney';

/** What a councillor writes in the referral form on the Members' page. */
export interface MemberReferralText {
  personName: string;
  contactDetails: string;
  /** The account of contacts: a councillor's own words, which no other councillor may read. */
  account: string;
  /** Step 1 (BR-26): the day the councillor wrote to the person (YYYY-MM-DD). */
  wroteOn: string;
  groupLeader: string;
  /** Step 2 (BR-26): the day the councillor asked the group leader (YYYY-MM-DD). */
  askedGroupLeaderOn: string;
  groupLeaderAdvice: string;
}

/** The Members' intranet page (the web part in guidance mode), as the persona. */
export async function openMembersPage(session: HostPageSession, persona: string): Promise<Page> {
  const page = await session.openAs(persona, { mode: 'guidance' });
  await page.getByRole('heading', { level: 1, name: 'Customer Case Management: guidance for Members' }).waitFor();
  await page.getByRole('navigation', { name: 'Guidance sections' }).waitFor();
  return page;
}

/**
 * The Members' page section "People you referred who have a contact restriction", once the
 * case service has answered (a banner, "none", or the failure message).
 */
export async function memberRestrictionsSection(page: Page): Promise<Locator> {
  const section = page.locator('section[aria-labelledby="member-restrictions-title"]');
  await section
    .locator('[role="group"][aria-label^="Contact restriction for "]')
    .or(section.getByText('None of the people you referred has a contact restriction.'))
    .or(section.getByText('We could not check for contact restrictions'))
    .first()
    .waitFor();
  return section;
}

/** The councillor fills in the referral form (both BR-26 steps recorded) and sends it. */
export async function councillorSendsReferral(session: HostPageSession, page: Page, referral: MemberReferralText): Promise<void> {
  const form = page.getByRole('form', { name: 'Refer someone to the Monitoring Officer' });
  await form.getByRole('textbox', { name: /^Their name/ }).fill(referral.personName);
  await form.getByRole('textbox', { name: /^Their contact details/ }).fill(referral.contactDetails);
  await form.getByRole('textbox', { name: /^What has happened/ }).fill(referral.account);
  await form.getByLabel(/^Date you wrote to them/).fill(referral.wroteOn);
  await form.getByRole('textbox', { name: /^Group leader/ }).fill(referral.groupLeader);
  await form.getByLabel(/^Date you asked for advice/).fill(referral.askedGroupLeaderOn);
  await form.getByRole('textbox', { name: /^Their advice/ }).fill(referral.groupLeaderAdvice);
  await session.shot(page, '2-councillor-referral-form');
  await form.getByRole('button', { name: 'Send the referral' }).click();
  const sent = page.getByRole('status').filter({ hasText: 'Your referral has been sent to the Monitoring Officer' });
  const notSent = page.getByText('Your referral was not sent').or(page.getByText('Check the referral'));
  await sent.or(notSent).first().waitFor();
  if (await notSent.count()) throw new Error(`The referral was not sent. The page said:\n${await page.locator('body').innerText()}`);
  await session.shot(page, '3-councillor-referral-sent');
}

/**
 * The Monitoring Officer opens a councillors'-route case from the referral: the council has no
 * record of the person (an empty site), so the search finds nobody and she adds them, with the
 * name the councillor gave split into first and last name for her to check. Resolves on the
 * case view the confirmation leads to.
 */
export async function monitoringOfficerOpensCaseFromReferral(
  session: HostPageSession,
  page: Page,
  personName: string,
  leadService: string,
  expectedNames: { given: string; family: string }
): Promise<void> {
  const card = page.getByRole('group', { name: personName });
  await card.getByRole('button', { name: `Open a case for ${personName}` }).click();
  await card.getByRole('heading', { name: `Open a councillors’ route case for ${personName}` }).waitFor();
  await card.getByRole('button', { name: 'Search', exact: true }).click();
  await card.getByText('No customer found with that last name').waitFor();
  await card.getByRole('button', { name: 'Add a new customer' }).click();
  const given = card.getByRole('textbox', { name: /^First name/ });
  const family = card.getByRole('textbox', { name: /^Last name/ });
  expect({ given: await given.inputValue(), family: await family.inputValue() }).toEqual(expectedNames);
  await card.getByRole('combobox', { name: /^Lead service/ }).selectOption(leadService);
  await session.shot(page, '5-monitoring-officer-open-case-form');
  await card.getByRole('button', { name: 'Open the case' }).click();
  const opened = page.getByRole('status').filter({ hasText: `Case opened for ${personName}` });
  const problem = card.getByRole('alert');
  await opened.or(problem).first().waitFor();
  if (!(await opened.count())) throw new Error(`The case was not opened: ${await problem.first().innerText()}`);
  // A referral leaves the list once a case has been opened from it.
  await page.getByText('No referrals are waiting').waitFor();
  await session.shot(page, '6-monitoring-officer-case-opened');
  await opened
    .getByRole('button', { name: 'Open the case' })
    .or(opened.getByRole('link', { name: 'Open the case' }))
    .click();
  await page.getByRole('heading', { name: 'Next steps' }).waitFor();
}

/**
 * The councillors' panel decides to invoke the policy (BR-02): the Monitoring Officer, the
 * Customer and ICT Services Business Manager and the Executive Director sit; the case officer
 * records it. Resolves on the case view, which then offers the monitoring letter.
 */
export async function officerRecordsCouncillorsPanelDecisionToInvoke(session: HostPageSession, officer: Page): Promise<void> {
  await officer.getByRole('button', { name: 'Record the panel decision' }).click();
  await officer.getByRole('button', { name: 'Record the decision' }).waitFor();
  await officer.getByRole('combobox', { name: /^Monitoring Officer/ }).selectOption(`monitoringOfficer|${oid('mona.officer')}`);
  await officer
    .getByRole('combobox', { name: /^Customer and ICT Services Business Manager/ })
    .selectOption(`customerIctBusinessManager|${oid('bea.business')}`);
  await officer.getByRole('combobox', { name: /^Executive Director/ }).selectOption(`executiveDirector|${oid('ed.director')}`);
  await officer.getByRole('combobox', { name: /^Decision/ }).selectOption('Invoke');
  await officer
    .getByRole('textbox', { name: /Reasons for the decision/ })
    .fill('Repeated calls to the councillor at home after her letter and her group leader’s advice.');
  await session.shot(officer, '6-officer-councillors-panel-decision');
  await officer.getByRole('button', { name: 'Record the decision' }).click();
  await officer.getByRole('button', { name: 'Monitoring letter and contact log' }).waitFor();
}
