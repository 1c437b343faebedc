// Issue 13, Members and approvals: persona journeys in headless Chromium on the local host
// page, against the real stack (SharePoint emulator, case service, local Bot Connector),
// started from an EMPTY site, so that nothing any persona sees was written by the demo seed.
// One councillors'-route case is taken through the UI from a councillor's referral to a
// restriction in force, each step by the person who takes it, and the test asserts what each
// of them SEES:
//
//  1. Councillor (Cllr Aisha Khan, CCM Elected Members): the Members' page shows the
//     councillors' and the staff policies and says nobody she referred is restricted; she
//     refers Ciarán O'Hanlon with the form on that page (BR-26: her letter, then her group
//     leader's advice) and is told it went to the Monitoring Officer.
//  2. Monitoring Officer (Mona Hughes): the referral is on the Member referrals screen, with
//     what the councillor wrote; she opens a councillors'-route case from it (action
//     openFromMemberReferral), adding the customer the council had no record of; the referral
//     leaves the list and the case view shows the case with its CCM-yyyy-nnnn reference.
//  3. Approver, in Teams (Edwina Director): the case officer (Bea Singh, the Business Manager
//     on this route) completes the checklist, records the councillors' panel decision, sends
//     the monitoring letter and proposes a single point of contact, which requests approval.
//     The approval card reaches both designated approvers (the Executive Director and the
//     Monitoring Officer), never the proposer; Edwina presses Approve on it with her reasons,
//     posted as the Bot Framework invoke Teams sends; the card becomes the decided view, the
//     other approver's card is updated too, the case officer is told in Teams, and in the
//     browser the case officer sees the sanction approved.
//  4. Once the restriction letter puts the restriction in force, the councillor sees the
//     need-to-know notice for the customer on the Members' page (GET /api/members/restrictions,
//     BR-22), and a councillor who did not refer him (Cllr Gareth Jones) sees nothing about him.
//
// The tests share one site and one case, and run in this order.
import type { Browser } from 'playwright-core';
import type { CaseStore } from '../../src/data/ports';
import type { AdaptiveCard } from '../../src/cards';
import { firstPage } from '../../src/ui/services/appStore';
import { oid } from '../../local/seed/personas';
import { launchChromium } from '../support/browser';
import { adaptiveCardValidator } from '../service/support/adaptiveCardSchema';
import { startLocalStack, type LocalStack } from '../e2e/support/stack';
import {
  caseFact,
  eventually,
  HostPageSession,
  officerCompletesChecklist,
  officerProposesSinglePointOfContact,
  officerSendsMonitoringLetter,
  officerSendsRestrictionLetter,
  type SinglePointOfContact,
  failureScreenshotName
} from './support/caseJourney';
import { nextStepsOffered, timelineOf } from './support/caseView';
import { expectNoneOfTheseWords, expectRestrictionBanner, pageText, restrictionBanner } from './support/checkCustomer';
import {
  councillorSendsReferral,
  memberRestrictionsSection,
  monitoringOfficerOpensCaseFromReferral,
  officerRecordsCouncillorsPanelDecisionToInvoke,
  openMembersPage,
  type MemberReferralText
} from './support/memberRoute';
import {
  cardButtons,
  cardFacts,
  cardInputIdByLabel,
  cardLines,
  deliveredCards,
  executeAction,
  personalChatOf,
  pressCardButton,
  saveCard,
  type DeliveredCard
} from './support/teamsCards';
import { longDate } from './support/longDate';

jest.setTimeout(300000);

const CUSTOMER = { given: 'Ciarán', family: "O'Hanlon" };
const PERSON_NAME = "Ciarán O'Hanlon";

/** A day this many days before today (UTC), as YYYY-MM-DD: the referral's steps came before it. */
function daysAgo(days: number): string {
  const day = new Date();
  day.setUTCDate(day.getUTCDate() - days);
  return day.toISOString().slice(0, 10);
}

const REFERRAL: MemberReferralText = {
  personName: PERSON_NAME,
  contactDetails: '14 Chapel Row, Penfold. ciaran.ohanlon@example.org',
  account: 'Telephoned my home eleven times in one evening and waited outside my ward surgery, shouting at residents.',
  wroteOn: daysAgo(21),
  groupLeader: 'Cllr Gareth Jones',
  askedGroupLeaderOn: daysAgo(14),
  groupLeaderAdvice: 'Your letter has not stopped it: refer it to the Monitoring Officer.'
};
/** Words of the councillor's account that nothing else on a page would say. */
const ACCOUNT_WORDS: readonly string[] = ['telephoned', 'eleven', 'surgery', 'shouting'];

/** On the councillors' route the Business Manager is the single point of contact, covered by the CRO. */
const BEA_SINGH_AS_SINGLE_POINT_OF_CONTACT: SinglePointOfContact = {
  officer: 'Bea Singh',
  cover: 'Cara Rhodes',
  necessaryContact: 'Any council matter in writing to Bea Singh; emergencies by the out-of-hours line.',
  proportionality: 'One officer for every council matter; no service is withdrawn and his ward councillor still reads his letters.'
};

const APPROVAL_REASONS = 'Proportionate: one officer, and every matter can still be raised in writing.';

/** Text as one line of words, however the page lays it out. */
function words(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

describe('Members and approvals: from an empty site, through the UI', () => {
  const validateCard = adaptiveCardValidator();
  let stack: LocalStack;
  let browser: Browser;
  let store: CaseStore;
  let members: HostPageSession;
  let referrals: HostPageSession;
  let officerSteps: HostPageSession;

  let referralId: string;
  let caseId: string;
  let reference: string;
  /** The approval card in Edwina Director's chat. */
  let edwinasCard: DeliveredCard;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startLocalStack({ seed: false }), launchChromium()]);
    store = stack.sharePoint.storeAs('svc.ccm');
    members = new HostPageSession(browser, stack.hostPage.url, 'journey-members');
    referrals = new HostPageSession(browser, stack.hostPage.url, 'journey-members-mo');
    officerSteps = new HostPageSession(browser, stack.hostPage.url, 'journey-members-officer');

    // An empty site: whatever the journeys see below, the product wrote it during this file.
    expect(await store.persons.searchByFamilyName('', 100)).toEqual([]);
    expect(await firstPage(store.memberReferrals.listWaiting(), 100)).toEqual([]);
    expect(await firstPage(store.sanctions.listByStatus('Active'), 100)).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  afterEach(async () => {
    const name = failureScreenshotName();
    for (const session of [members, referrals, officerSteps]) await session?.keepFailureScreenshot(name);
  });

  test("1. councillor: the Members' page shows both policies; she refers someone with the form on it", async () => {
    const page = await openMembersPage(members, 'cllr.khan');
    await page.getByText('Signed in as Cllr Aisha Khan').waitFor();
    const restrictions = await memberRestrictionsSection(page);
    await members.shot(page, '1-councillor-members-page');

    // The Members' guidance: the councillors' policy (their own) and the staff policy.
    const nav = page.getByRole('navigation', { name: 'Guidance sections' });
    expect((await nav.getByRole('heading', { level: 3 }).allInnerTexts()).map((title) => title.trim())).toEqual([
      'The councillors’ policy',
      'The staff policy'
    ]);
    const ladder = page.getByRole('region', { name: 'Steps to take, in order' });
    expect(await ladder.innerText()).toContain('Write to the person yourself, explaining your concerns and what you expect.');
    expect(await page.getByRole('region', { name: 'What counts as unacceptable behaviour' }).isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: 'When to record an incident' }).isVisible()).toBe(true);
    // Nobody she referred is restricted yet (the case service answered: this is not a failure).
    expect(words(await restrictions.innerText())).toBe(
      'People you referred who have a contact restriction None of the people you referred has a contact restriction.'
    );

    await councillorSendsReferral(members, page, REFERRAL);
    await page.close();

    // SharePoint holds her one referral, waiting for a case.
    const hers = await store.memberReferrals.listByCouncillor(oid('cllr.khan'));
    expect(hers.map((row) => [row.value.personName, row.value.referredToMonitoringOfficerOn, row.value.caseId])).toEqual([
      [PERSON_NAME, daysAgo(0), undefined]
    ]);
    referralId = hers[0].value.id;
  });

  test('2. Monitoring Officer: sees the referral on Member referrals, opens a case from it, and the case view shows it with its reference', async () => {
    const page = await referrals.openAs('mona.officer');
    await page.getByRole('button', { name: 'Open Member referrals' }).click();
    const card = page.getByRole('group', { name: PERSON_NAME });
    await card.waitFor();
    await referrals.shot(page, '4-monitoring-officer-member-referrals');

    // The one referral, with what the councillor wrote and the BR-26 steps she took.
    expect(await page.getByRole('list', { name: 'Referrals waiting for a case' }).getByRole('listitem').count()).toBe(1);
    const cardText = await card.innerText();
    expect(cardText).toContain(`Referred by Cllr Aisha Khan on ${longDate(daysAgo(0))}`);
    expect(cardText).toContain(REFERRAL.contactDetails);
    expect(cardText).toContain(REFERRAL.account);
    expect(cardText).toContain(`Written on ${longDate(REFERRAL.wroteOn)}`);
    expect(cardText).toContain(`${REFERRAL.groupLeader}, asked on ${longDate(REFERRAL.askedGroupLeaderOn)}: ${REFERRAL.groupLeaderAdvice}`);

    await monitoringOfficerOpensCaseFromReferral(referrals, page, PERSON_NAME, 'Housing', CUSTOMER);
    await referrals.shot(page, '7-monitoring-officer-case-view');

    // The case view: the case, its reference (CCM-yyyy-nnnn), waiting for the councillors' panel.
    await page.getByRole('heading', { name: `Case: ${PERSON_NAME}` }).waitFor();
    const shownReference = (await caseFact(page, 'Reference').innerText()).trim();
    expect(shownReference).toMatch(/^CCM-\d{4}-\d{4,}$/);
    expect((await caseFact(page, 'Status').innerText()).trim()).toBe('Awaiting panel decision');
    // On the councillors' route the Customer and ICT Services Business Manager is the case officer.
    expect((await caseFact(page, 'Case officer').innerText()).trim()).toMatch(/^Bea Singh\b/);
    expect(await timelineOf(page)).toContain(`${longDate(daysAgo(0))}: Case opened`);
    await page.close();

    // SharePoint: the referral names the case, and the case (a councillors'-route case) names the
    // referral back, which is the link the councillor's need-to-know view trusts (BR-22).
    const referral = (await store.memberReferrals.get(referralId)).value;
    expect(referral.caseId).toBeDefined();
    caseId = referral.caseId as string;
    const kase = (await store.cases.get(caseId)).value;
    expect({ route: kase.route, memberReferralId: kase.memberReferralId, reference: kase.reference, personId: kase.personId }).toEqual({
      route: 'Councillor',
      memberReferralId: referralId,
      reference: shownReference,
      personId: referral.personId
    });
    expect((await store.persons.get(kase.personId)).value.names).toMatchObject(CUSTOMER);
    reference = shownReference;
  });

  test('3. approver in Teams: the case officer builds the case and requests approval in the tab; the card reaches the designated approvers, not the proposer', async () => {
    const officer = await officerSteps.openAs('bea.business', { case: caseId });
    await officer.getByRole('heading', { name: 'Next steps' }).waitFor();
    expect(await nextStepsOffered(officer)).toEqual(['Complete the checklist', 'Record the panel decision']);
    await officerCompletesChecklist(officerSteps, officer);
    await officerRecordsCouncillorsPanelDecisionToInvoke(officerSteps, officer);
    await officerSendsMonitoringLetter(officerSteps, officer, caseId, 'bea.business');
    await officerProposesSinglePointOfContact(officerSteps, officer, BEA_SINGH_AS_SINGLE_POINT_OF_CONTACT);
    await officer.close();

    // The approval card, as Teams would show it in each approver's chat with the bot.
    const approvalCards = (): DeliveredCard[] =>
      deliveredCards(stack).filter((sent) => sent.activityId === undefined && cardLines(sent.card)[0] === 'Sanction approval needed');
    await eventually('the approval cards to be sent', async () => approvalCards().length >= 2);
    // BR-01: the councillors' route's approvers, the Executive Director and the Monitoring Officer; never Bea, who proposed it.
    expect(
      approvalCards()
        .map((sent) => sent.conversationId)
        .sort()
    ).toEqual([personalChatOf(oid('ed.director')), personalChatOf(oid('mona.officer'))].sort());
    edwinasCard = approvalCards().filter((sent) => sent.conversationId === personalChatOf(oid('ed.director')))[0];
    const card = edwinasCard.card;
    saveCard('journey-members-approval-card-edwina', card);
    expect(validateCard(card)).toEqual([]);

    const facts = cardFacts(card);
    expect({ case: facts.Case, customer: facts.Customer, route: facts.Route, scope: facts.Scope }).toEqual({
      case: reference,
      customer: PERSON_NAME,
      route: 'Councillors’ route',
      scope: 'Housing service'
    });
    expect(facts['Proposed by']).toMatch(/^Bea Singh, \d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2}$/);
    expect(facts['Single point of contact']).toContain('Bea Singh');
    const lines = cardLines(card);
    expect(lines).toContain('R01 Single point of contact: Named officer: Bea Singh');
    expect(lines).toContain(BEA_SINGH_AS_SINGLE_POINT_OF_CONTACT.necessaryContact);
    expect(lines).toContain(BEA_SINGH_AS_SINGLE_POINT_OF_CONTACT.proportionality);
    expect(cardButtons(card)).toEqual(['Approve', 'Reject', 'Ask for changes', 'Open the case']);
  });

  test('3. approver in Teams: Edwina Director presses Approve on the card with her reasons; the card shows the decision, for the other approver too, and the case officer is told', async () => {
    const card: AdaptiveCard = edwinasCard.card;
    const approve = executeAction(card, 'Approve');
    // Where the service recorded the card's message, as the reply Teams addresses the invoke to.
    const sent = await store.approvalRequests.find(`approval:${String(approve.data.sanctionId)}:${oid('ed.director')}`);
    expect(sent?.value).toMatchObject({ status: 'Pending', conversationId: edwinasCard.conversationId });
    const answered = await pressCardButton(stack, {
      userId: oid('ed.director'),
      name: 'Edwina Director',
      conversationId: edwinasCard.conversationId,
      cardActivityId: sent?.value.activityId as string,
      action: approve,
      inputs: { [cardInputIdByLabel(card, /^Reasons or comments/)]: APPROVAL_REASONS }
    });
    saveCard('journey-members-approval-card-edwina-decided', answered.card);
    expect(validateCard(answered.card)).toEqual([]);

    // What Edwina sees in place of the card: the decision, by her, with her reasons, and nothing left to press.
    const decided = cardLines(answered.card);
    expect(decided[0]).toBe('Sanction decision: approved');
    expect(cardFacts(answered.card)).toMatchObject({
      Case: reference,
      Customer: PERSON_NAME,
      Decision: 'Approved',
      'Decided by': 'Edwina Director'
    });
    expect(decided).toContain(APPROVAL_REASONS);
    expect(cardButtons(answered.card)).toEqual(['Open the case']);

    // Every approver's card becomes the decided view: Mona's message is replaced in her chat.
    const monasRequest = await store.approvalRequests.find(`approval:${String(approve.data.sanctionId)}:${oid('mona.officer')}`);
    await eventually('the other approver’s card to be updated', async () =>
      deliveredCards(stack).some(
        (update) =>
          update.conversationId === personalChatOf(oid('mona.officer')) &&
          update.activityId === monasRequest?.value.activityId &&
          cardLines(update.card)[0] === 'Sanction decision: approved'
      )
    );
    // The case officer, who proposed it, is told in Teams.
    const told = deliveredCards(stack).filter(
      (message) => message.conversationId === personalChatOf(oid('bea.business')) && message.activityId === undefined
    );
    expect(told).toHaveLength(1);
    expect(cardLines(told[0].card)[0]).toBe('Sanction approved');
    expect(cardFacts(told[0].card)).toMatchObject({ Case: reference, 'Decided by': 'Edwina Director' });
  });

  test('3. approver in Teams: in the browser, the case officer sees the sanction approved and the restriction letter to send', async () => {
    const officer = await officerSteps.openAs('bea.business', { case: caseId });
    await officer.getByRole('heading', { name: 'Next steps' }).waitFor();
    await officerSteps.shot(officer, '10-officer-case-approved');
    expect((await caseFact(officer, 'Reference').innerText()).trim()).toBe(reference);
    expect((await caseFact(officer, 'Status').innerText()).trim()).toBe('Sanction letter to send');
    expect((await caseFact(officer, 'Sanction').innerText()).trim()).toMatch(/^Single point of contact \(approved\), review by /);
    expect((await timelineOf(officer)).some((entry) => entry.includes('Sanction approved by Edwina Director'))).toBe(true);
    expect(await nextStepsOffered(officer)).toContain('Send the restriction letter');
    await officer.close();
  });

  test('4. once the restriction is in force, the referring councillor sees the need-to-know notice; a councillor who did not refer sees nothing about him', async () => {
    await officerSendsRestrictionLetter(officerSteps, CUSTOMER, caseId, 'bea.business');
    expect((await store.cases.get(caseId)).value.status).toBe('SanctionActive');

    // Cllr Aisha Khan, who referred him: the notice, in the staff banner's words, and no case detail.
    const khan = await openMembersPage(members, 'cllr.khan');
    const restrictions = await memberRestrictionsSection(khan);
    await members.shot(khan, '11-councillor-restriction-notice');
    expect(await restrictions.locator('[role="group"][aria-label^="Contact restriction for "]').count()).toBe(1);
    expect(await restrictionBanner(khan, PERSON_NAME).isVisible()).toBe(true);
    await expectRestrictionBanner(khan, PERSON_NAME, BEA_SINGH_AS_SINGLE_POINT_OF_CONTACT);
    const khanSees = await pageText(khan);
    expect(khanSees).not.toContain(reference);
    expect(khanSees).not.toContain(APPROVAL_REASONS);
    expect(khanSees).not.toContain('Repeated calls to the councillor at home');
    await expectNoneOfTheseWords(khan, ACCOUNT_WORDS);
    await khan.close();

    // Cllr Gareth Jones, also a Member, referred nobody: nothing about the customer at all.
    const jones = await openMembersPage(members, 'cllr.leader');
    const hisRestrictions = await memberRestrictionsSection(jones);
    await members.shot(jones, '12-other-councillor-sees-nothing');
    await jones.getByText('Signed in as Cllr Gareth Jones').waitFor();
    expect(words(await hisRestrictions.innerText())).toBe(
      'People you referred who have a contact restriction None of the people you referred has a contact restriction.'
    );
    expect(await jones.locator('[role="group"][aria-label^="Contact restriction for "]').count()).toBe(0);
    await expectNoneOfTheseWords(jones, ['Ciarán', 'Ciaran', 'Hanlon', reference, ...ACCOUNT_WORDS]);
    await jones.close();
  });
});
