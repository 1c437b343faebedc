// Issue 18: the council runs the product without a developer. In headless Chromium on the local
// host page, against the real stack started from an EMPTY site (emulator, case service), Ada
// Adams (CCM Administrators) changes configuration on the Administration screen, and each change
// is then shown taking effect where it is used, through the UI, as the people who use it:
//
//  1. Role holders: Ada makes Alex Okafor the Customer Relations Officer and Cara Rhodes the
//     alternate. A front-line incident escalated afterwards opens a case whose case officer is
//     Alex, who is offered the case work; Cara, no longer the holder, is not.
//  2. Time frames: Ada shortens the monitoring period to two months from today. On the new
//     case, the panel decision offers two months and the monitoring period the letter starts
//     ends two months later.
//  3. Closure days: Ada adds a closure day to next year's calendar, shown beside the statutory
//     calendar (read only); it is saved, audited and read back.
//  4. Guidance: Ada rewrites the staff passage beside "What happened" (previewed beside its form)
//     and a passage of the Members' guidance; staff see theirs on Record an incident, and a
//     councillor sees theirs on the Members' page.
//  5. Council details: Ada changes the council's address and, having put the council's logo in
//     the site's assets library, gives its address and the words describing it. A letter the
//     case officer produces afterwards carries the new address in its Word document, and not the
//     old one, headed by the logo (a picture in the document) with Ada's words as its alt text.
//  6. Site set-up: Ada checks the site against the schema (a column an older schema made too
//     short is found and left alone), upgrades it with her own permissions as the site's owner,
//     and sees the change report and the site matching.
//  7. Nobody else: staff and a case officer are offered no way in, and SharePoint refuses them
//     (403) when they write the Settings list themselves from their browser.
//  8. An approver: Ada makes Lena Morgan head of service in Hugh Davies's place. When the case
//     officer then proposes a restriction on the case of slice 1 and asks for approval, the
//     approval card (read from the local Bot Connector) reaches Lena's chat in Teams and none of
//     Hugh's; Lena approves it on the card, and the case officer sees her decision on the case.
import * as fs from 'node:fs';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import type { CaseStore } from '../../src/data/ports';
import { addMonths, formatLongDate, type IsoDate, type RoleAssignments } from '../../src/domain';
import { oid, personaByKey } from '../../local/seed/personas';
import '@pnp/sp/fields';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import { LocalEmulatorUser } from '../../local/emulator/pnp-local-user';
import { createNodeSp } from '../../src/data/sharepoint/spFactory';
import { launchChromium } from '../support/browser';
import { startLocalStack, type LocalStack } from '../e2e/support/stack';
import {
  caseFact,
  eventually,
  findIncidentByNarrative,
  officerCompletesChecklist,
  officerProposesSinglePointOfContact,
  officerSendsMonitoringLetter,
  findOnlyCaseOf,
  HostPageSession,
  managerEscalatesReferral,
  staffRecordIncidentForNewCustomer,
  type Customer,
  failureScreenshotName
} from './support/caseJourney';
import { documentText } from './support/wordDocument';
import { timelineOf } from './support/caseView';
import { openMembersPage } from './support/memberRoute';
import {
  addRoleHolder,
  ADMINISTRATOR,
  COUNCIL_LOGO_PNG,
  openAdministration,
  removeRoleHolder,
  roleGroup,
  saveAndConfirm,
  signInToSiteFiles,
  uploadCouncilLogo
} from './support/administration';
import {
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

jest.setTimeout(240000);

const CRO = 'Customer Relations Officer';
const ALTERNATE = 'Alternate officer';
const HEAD_OF_SERVICE = 'Head of service';

const GRAINNE: Customer = {
  given: 'Gráinne',
  family: 'Ní Bhriain',
  narrative: 'Shouted at the planning counter and threw the application forms across the desk.'
};

const NEW_ADDRESS = ['Civic Offices', 'Merrial Street', 'Newcastle-under-Lyme', 'ST5 2AG'];
const LOGO_ALT_TEXT = 'Newcastle-under-Lyme Borough Council crest';

/** What the case officer writes for a monitoring letter on the Letters screen (BR-06). */
const MONITORING_LETTER: ReadonlyArray<readonly [RegExp, string]> = [
  [/^Our reference/, 'CCM-2026-0001'],
  [/^Their name/, 'Gráinne Ní Bhriain'],
  [/^Their job title/, 'Customer Relations Officer'],
  [/The behaviour that caused concern/, 'Shouting at the planning counter on 3 November 2026.'],
  [/What we expect in future/, 'Polite contact with staff at the counter.'],
  [/How long it lasts/, 'Three months from the date of this letter.'],
  [/Single point of contact/, 'Alex Okafor, ccm@example.gov.uk.'],
  [/What may happen if the behaviour does not change/, 'We may restrict how you contact us.'],
  [/A copy of the policy is enclosed/, 'A copy of the Customer Case Management Policy is enclosed.']
];

/** The pictures a Word document holds, and the alternative text of each picture drawn in it. */
async function documentPictures(path: string): Promise<{ media: Uint8Array[]; altTexts: string[]; drawingBeforeCouncilName: boolean }> {
  const zip = await JSZip.loadAsync(fs.readFileSync(path));
  const names = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
  const media = await Promise.all(
    names.map(async (name) => new Uint8Array(await (zip.file(name) as JSZip.JSZipObject).async('uint8array')))
  );
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const altTexts = [...xml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((match) => match[1]);
  const drawingBeforeCouncilName = xml.indexOf('<w:drawing>') >= 0 && xml.indexOf('<w:drawing>') < xml.indexOf('Borough Council</w:t>');
  return { media, altTexts, drawingBeforeCouncilName };
}

/** Writes to the Settings list from the persona's own page, as any script in their browser could. */
async function writeSettingsFromBrowser(page: Page, login: string): Promise<number> {
  return page.evaluate(async (user) => {
    const response = await fetch("/sites/ccm/_api/web/lists/getbytitle('Settings')/items", {
      method: 'POST',
      headers: { Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json', 'X-Emulator-User': user },
      body: JSON.stringify({ Title: 'roleAssignments', SettingKey: 'adminByHand', ValueJson: '{"administrator":["me"]}' })
    });
    return response.status;
  }, login);
}

/** The approval cards first sent to approvers' chats (not the updates that replace them). */
function approvalCardsSent(stack: LocalStack): DeliveredCard[] {
  return deliveredCards(stack).filter((sent) => sent.activityId === undefined && cardLines(sent.card)[0] === 'Sanction approval needed');
}

describe('administration: configuration changed on screen takes effect where it is used', () => {
  let stack: LocalStack;
  let browser: Browser;
  let store: CaseStore;
  let session: HostPageSession;
  const siteAs = (persona: string): ReturnType<typeof createNodeSp> =>
    createNodeSp(stack.sharePoint.siteUrl, LocalEmulatorUser(personaByKey(persona).login));

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startLocalStack({ seed: false }), launchChromium()]);
    store = stack.sharePoint.storeAs('svc.ccm');
    session = new HostPageSession(browser, stack.hostPage.url, 'journey-admin');
    // An empty site: no customer, case or council details; the role holders are the personas'.
    expect(await store.persons.searchByFamilyName('', 100)).toEqual([]);
    expect(await store.settings.get('councilDetails')).toBeUndefined();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  afterEach(async () => {
    const name = failureScreenshotName();
    await session?.keepFailureScreenshot(name);
  });

  test('1. Ada makes Alex Okafor the Customer Relations Officer; the next case is his, and he is offered the case work', async () => {
    const admin = await openAdministration(session, 'Role holders');
    await session.shot(admin, '1-admin-role-holders');
    await roleGroup(admin, CRO)
      .getByRole('list', { name: `Who holds the role: ${CRO}` })
      .getByText(/Cara Rhodes/)
      .waitFor();
    await addRoleHolder(admin, CRO, 'Alex', /^Alex Okafor/);
    await removeRoleHolder(admin, CRO, /Cara Rhodes/);
    // Alex alone would be both officer and alternate: the screen says what that means (BR-03).
    await roleGroup(admin, ALTERNATE)
      .getByText(/There is no alternate officer besides the Customer Relations Officer/)
      .waitFor();
    await removeRoleHolder(admin, ALTERNATE, /Alex Okafor/);
    await addRoleHolder(admin, ALTERNATE, 'Cara', /^Cara Rhodes/);
    expect(
      await roleGroup(admin, ALTERNATE)
        .getByText(/There is no alternate officer/)
        .count()
    ).toBe(0);
    await session.shot(admin, '2-admin-role-holders-changed');
    await saveAndConfirm(admin, 'Save the role holders');
    await session.shot(admin, '3-admin-role-holders-saved');
    await admin.close();

    const saved = (await store.settings.get<RoleAssignments>('roleAssignments')) ?? {};
    expect(saved.customerRelationsOfficer).toEqual([oid('alex.alternate')]);
    expect(saved.alternateOfficer).toEqual([oid('cara.cro')]);
    const audit = await stack.sharePoint.storeAs('aud.auditor').auditLog.listForEntity('Setting', 'roleAssignments');
    expect(audit.map((entry) => [entry.value.event.action, entry.value.event.actorId])).toEqual([['setting.changed', oid(ADMINISTRATOR)]]);

    // In effect with no redeploy: the next incident escalated opens a case for the new holder.
    await staffRecordIncidentForNewCustomer(session, GRAINNE);
    const { personId } = await findIncidentByNarrative(store, GRAINNE.narrative);
    await managerEscalatesReferral(session, GRAINNE);
    const caseId = await findOnlyCaseOf(store, personId);
    expect((await store.cases.get(caseId)).value.caseOfficerId).toBe(oid('alex.alternate'));

    const alex = await session.openAs('alex.alternate', { case: caseId });
    await alex.getByRole('heading', { name: 'Next steps' }).waitFor();
    expect((await caseFact(alex, 'Case officer').innerText()).trim()).toMatch(/^Alex Okafor/);
    await alex.getByRole('button', { name: 'Complete the checklist' }).waitFor();
    await session.shot(alex, '4-new-cro-offered-case-work');
    await alex.close();

    const cara = await session.openAs('cara.cro', { case: caseId });
    await cara.getByRole('heading', { name: 'Next steps' }).waitFor();
    expect(await cara.getByRole('button', { name: 'Complete the checklist' }).count()).toBe(0);
    await session.shot(cara, '5-former-cro-not-offered');
    await cara.close();
  });

  test('2. Ada shortens the monitoring period to two months; the new case’s monitoring period follows it', async () => {
    const admin = await openAdministration(session, 'Time frames');
    const months = admin.getByRole('spinbutton', { name: /^Monitoring period \(months\)/ });
    expect(await months.inputValue()).toBe('3');
    await admin.getByText(/^Policy default 3 \(SRC N6, M1/).waitFor();
    await months.fill('2');
    await session.shot(admin, '6-admin-time-frames');
    await saveAndConfirm(admin, 'Save the time frames');
    await admin.close();

    const caseId = await findOnlyCaseOf(store, (await findIncidentByNarrative(store, GRAINNE.narrative)).personId);
    const alex = await session.openAs('alex.alternate', { case: caseId });
    await alex.getByRole('heading', { name: 'Next steps' }).waitFor();
    await officerCompletesChecklist(session, alex);
    await alex.getByRole('button', { name: 'Record the panel decision' }).click();
    await alex.getByRole('button', { name: 'Record the decision' }).waitFor();
    await alex.getByRole('combobox', { name: /head of service/i }).selectOption(`headOfService|${oid('hugh.head')}`);
    await alex.getByRole('combobox', { name: /Executive Director/i }).selectOption(`executiveDirector|${oid('ed.director')}`);
    // The seat is the new Customer Relations Officer's (slice 1's change, as the panel sees it).
    await alex
      .getByRole('combobox', { name: /Customer Relations Officer/i })
      .selectOption(`customerRelationsOfficer|${oid('alex.alternate')}`);
    await alex.getByRole('combobox', { name: /^Decision/ }).selectOption('Invoke');
    const period = alex.getByRole('spinbutton', { name: /^Monitoring period in months \(usually 2\)/ });
    expect(await period.inputValue()).toBe('2');
    await alex.getByRole('textbox', { name: /Reasons for the decision/ }).fill('Shouting and throwing papers at the counter.');
    await session.shot(alex, '7-officer-panel-two-months');
    await alex.getByRole('button', { name: 'Record the decision' }).click();
    await alex.getByRole('button', { name: 'Monitoring letter and contact log' }).waitFor();
    await officerSendsMonitoringLetter(session, alex, caseId, 'alex.alternate');
    await alex.close();

    const monitoring = (await store.cases.get(caseId)).value.monitoringPeriod;
    expect(monitoring).toBeDefined();
    const ends = addMonths(monitoring?.startDate as IsoDate, 2);
    expect(monitoring?.plannedEndDate).toBe(ends);
    const view = await session.openAs('alex.alternate', { case: caseId });
    await view.getByText(`Monitoring until ${formatLongDate(ends)}`).waitFor();
    await session.shot(view, '8-case-monitoring-two-months');
    await view.close();
  });

  test('3. Ada adds a closure day to next year’s calendar, beside the statutory calendar; it is saved and audited', async () => {
    const nextYear = Number(new Date().toISOString().slice(0, 4)) + 1;
    const closure = `${nextYear}-05-04`;
    const admin = await openAdministration(session, 'Closure days');
    await admin.getByRole('combobox', { name: 'Year' }).selectOption(String(nextYear));
    await admin
      .getByRole('table', { name: `Statutory calendar in ${nextYear} (read only)` })
      .getByText(`25 December ${nextYear}`)
      .waitFor();
    await admin.getByLabel(/^Closure date/).fill(closure);
    await admin.getByRole('textbox', { name: /^Why the council is closed/ }).fill('Election count');
    await admin.getByRole('button', { name: 'Add the closure day' }).click();
    await admin.getByText(`${formatLongDate(closure as IsoDate)}: Election count`).waitFor();
    await session.shot(admin, '9-admin-closure-day');
    await saveAndConfirm(admin, 'Save the closure days');
    await admin.close();
    expect((await store.settings.get<{ closureDays: unknown[] }>('corporateClosures'))?.closureDays).toEqual([
      { date: closure, reason: 'Election count' }
    ]);
    const audit = await stack.sharePoint.storeAs('aud.auditor').auditLog.listForEntity('Setting', 'corporateClosures');
    expect(audit.map((entry) => entry.value.event.actorId)).toEqual([oid(ADMINISTRATOR)]);
    // Opened again, the council's calendar shows the day: it is what every start-up now reads.
    const again = await openAdministration(session, 'Closure days');
    await again.getByRole('combobox', { name: 'Year' }).selectOption(String(nextYear));
    await again.getByText(`${formatLongDate(closure as IsoDate)}: Election count`).waitFor();
    await again.close();
  });

  test('4. Ada rewrites a staff passage and a Members’ passage; each shows where it belongs', async () => {
    const staffHeading = 'Write it as if the customer will read it';
    const staffText = 'Quote the words used, say when and how it happened, and leave out opinions about the person.';
    const admin = await openAdministration(session, 'Guidance');
    await admin.getByRole('combobox', { name: 'Passage' }).selectOption('staff-incident-narrative');
    await admin.getByRole('textbox', { name: /^Heading/ }).fill(staffHeading);
    await admin.getByRole('textbox', { name: /^Guidance text/ }).fill(staffText);
    const preview = admin.getByRole('complementary', { name: 'Preview beside its form' });
    await preview.getByText(/Shown beside: Record an incident/).waitFor();
    await preview.getByText(staffText).waitFor();
    await session.shot(admin, '10-admin-guidance-preview');
    await saveAndConfirm(admin, 'Publish as version');

    const memberHeading = 'Why the council has this policy';
    await admin.getByRole('combobox', { name: 'Whose guidance' }).selectOption('member');
    await admin.getByRole('combobox', { name: 'Passage' }).selectOption('member-portal-principle');
    await admin.getByRole('textbox', { name: /^Heading/ }).fill(memberHeading);
    await saveAndConfirm(admin, 'Publish as version');
    await admin.close();

    // Staff: beside "What was said or done" on Record an incident.
    const staff = await session.openAs('sam.staff');
    await staff.getByRole('button', { name: 'Open Record an incident' }).click();
    const aside = staff.getByRole('complementary', { name: 'Guidance: what was said or done' });
    await aside.getByText(staffHeading).waitFor();
    await aside.getByText(staffText).waitFor();
    await session.shot(staff, '11-staff-sees-new-guidance');
    await staff.close();

    // Councillors: on the Members' page.
    const member = await openMembersPage(session, 'cllr.khan');
    await member.getByRole('heading', { name: memberHeading }).first().waitFor();
    await session.shot(member, '12-member-sees-new-guidance');
    await member.close();
  });

  test('5. Ada changes the council address and sets its logo; a letter produced afterwards carries both', async () => {
    // The logo lives on the site, where every signed-in person's browser can fetch it.
    const sitePath = new URL(stack.sharePoint.siteUrl).pathname;
    const logoUrl = await uploadCouncilLogo(siteAs(ADMINISTRATOR), sitePath, 'council-logo.png', COUNCIL_LOGO_PNG);
    const admin = await openAdministration(session, 'Council details');
    await admin.getByRole('textbox', { name: /^Address/ }).fill(NEW_ADDRESS.join('\n'));
    await admin.getByRole('textbox', { name: /^Logo address/ }).fill(logoUrl);
    await admin.getByRole('textbox', { name: /^Logo described in words/ }).fill(LOGO_ALT_TEXT);
    await admin.getByRole('region', { name: 'Letter head preview' }).getByText('Merrial Street').waitFor();
    await session.shot(admin, '13-admin-council-address');
    await saveAndConfirm(admin, 'Save the council details');
    await admin.close();
    expect((await store.settings.get<{ addressLines: string[] }>('councilDetails'))?.addressLines).toEqual(NEW_ADDRESS);
    expect(await store.settings.get<{ logoUrl?: string; logoAltText?: string }>('councilDetails')).toMatchObject({
      logoUrl,
      logoAltText: LOGO_ALT_TEXT
    });

    const officer = await session.openAs('alex.alternate');
    await signInToSiteFiles(officer, sitePath, personaByKey('alex.alternate').login);
    await officer.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Letters', exact: true }).click();
    await officer.getByRole('combobox', { name: 'Type of letter' }).selectOption('MonitoringWarning');
    for (const [label, text] of MONITORING_LETTER) await officer.getByRole('textbox', { name: label }).fill(text);
    await officer.getByRole('button', { name: 'Produce the Word document' }).click();
    await officer.getByText('The letter is ready').waitFor({ timeout: 30000 });
    await session.shot(officer, '14-officer-letter-produced');
    const [download] = await Promise.all([officer.waitForEvent('download'), officer.getByRole('link', { name: /^Download / }).click()]);
    const text = await documentText(await download.path());
    for (const line of NEW_ADDRESS) expect(text).toContain(line);
    expect(text).not.toContain('Barracks Road');
    expect(text).toContain('Newcastle-under-Lyme Borough Council');
    // The logo heads the letter: the picture itself, described in Ada's words; the officer is told of no problem with it.
    expect(await officer.getByText(/this letter has no logo/).count()).toBe(0);
    const pictures = await documentPictures(await download.path());
    expect(pictures.media).toEqual([COUNCIL_LOGO_PNG]);
    expect(pictures.altTexts).toEqual([LOGO_ALT_TEXT]);
    expect(pictures.drawingBeforeCouncilName).toBe(true);
    await officer.close();
  });

  test('6. Ada checks the site against the schema, upgrades it as herself, and sees the change report', async () => {
    // A drift as an older schema or a hand edit leaves it: a reference column made too short.
    const column = siteAs('svc.ccm').web.lists.getByTitle('AuditLog').fields.getByInternalNameOrTitle('EntityRef');
    await column.update({ MaxLength: 64 }, 'SP.FieldText');

    const admin = await openAdministration(session, 'Site set-up');
    await admin.getByRole('button', { name: 'Check the site' }).click();
    await admin.getByText(/^The site lacks 1 thing schema version/).waitFor();
    const needed = admin.getByRole('table', { name: 'What the upgrade would do' });
    await needed.getByRole('cell', { name: 'AuditLog.EntityRef' }).waitFor();
    expect((await column.select('MaxLength')<{ MaxLength: number }>()).MaxLength).toBe(64);
    await session.shot(admin, '15-admin-site-check');

    await admin.getByRole('button', { name: 'Upgrade the site' }).click();
    await admin.getByText(/^Upgraded on /).waitFor({ timeout: 60000 });
    await admin.getByRole('table', { name: 'What the upgrade did' }).getByRole('cell', { name: '64 to 255 characters' }).waitFor();
    await admin.getByText(/^The site has everything schema version/).waitFor();
    await session.shot(admin, '16-admin-site-upgraded');
    await admin.close();
    expect((await column.select('MaxLength')<{ MaxLength: number }>()).MaxLength).toBe(255);
    const audit = await stack.sharePoint.storeAs('aud.auditor').auditLog.listForEntity('Setting', 'siteSchema');
    expect(audit.map((entry) => [entry.value.event.action, entry.value.event.actorId])).toEqual([['site.upgraded', oid(ADMINISTRATOR)]]);
  });

  test.each(['sam.staff', 'cara.cro'])('7. %s is offered no way in, and SharePoint refuses their write to Settings', async (persona) => {
    const page = await session.openAs(persona);
    await page.getByRole('heading', { name: /^Welcome, / }).waitFor();
    expect(await page.getByRole('button', { name: 'Administration' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Open Administration' }).count()).toBe(0);
    expect(await writeSettingsFromBrowser(page, personaByKey(persona).login)).toBe(403);
    await page.close();
    expect(await store.settings.get('adminByHand')).toBeUndefined();
  });
  test('8. Ada makes Lena Morgan head of service in Hugh Davies’s place; the approval card goes to Lena, not Hugh, and her decision reaches the case', async () => {
    const admin = await openAdministration(session, 'Role holders');
    const approvers = admin.getByRole('group', { name: 'Approvers and the invocation panels' });
    await roleGroup(admin, HEAD_OF_SERVICE)
      .getByRole('list', { name: `Who holds the role: ${HEAD_OF_SERVICE}` })
      .getByText(/Hugh Davies/)
      .waitFor();
    expect(await approvers.count()).toBe(1);
    await addRoleHolder(admin, HEAD_OF_SERVICE, 'Lena', /^Lena Morgan/);
    await removeRoleHolder(admin, HEAD_OF_SERVICE, /Hugh Davies/);
    const holders = roleGroup(admin, HEAD_OF_SERVICE).getByRole('list', { name: `Who holds the role: ${HEAD_OF_SERVICE}` });
    expect((await holders.getByRole('listitem').allInnerTexts()).map((text) => text.replace(/\s*Remove\s*$/, '').trim())).toEqual([
      expect.stringMatching(/^Lena Morgan/)
    ]);
    await session.shot(admin, '17-admin-head-of-service-changed');
    await saveAndConfirm(admin, 'Save the role holders');
    await admin.close();
    expect((await store.settings.get<RoleAssignments>('roleAssignments'))?.headOfService).toEqual([oid('lena.manager')]);
    expect(approvalCardsSent(stack)).toEqual([]);

    // The case of slice 1, in monitoring: its officer proposes a single point of contact and asks for approval.
    const caseId = await findOnlyCaseOf(store, (await findIncidentByNarrative(store, GRAINNE.narrative)).personId);
    const reference = (await store.cases.get(caseId)).value.reference as string;
    const alex = await session.openAs('alex.alternate', { case: caseId });
    await alex.getByRole('heading', { name: 'Next steps' }).waitFor();
    await officerProposesSinglePointOfContact(session, alex);
    await alex.close();

    // The customer route's approvers as they are now: the Executive Director and the new head of
    // service; Hugh Davies, the former holder, is sent nothing, and neither is Alex, who proposed it.
    await eventually('the approval cards to be sent', async () => approvalCardsSent(stack).length >= 2);
    expect(
      approvalCardsSent(stack)
        .map((sent) => sent.conversationId)
        .sort()
    ).toEqual([personalChatOf(oid('ed.director')), personalChatOf(oid('lena.manager'))].sort());
    expect(deliveredCards(stack).filter((sent) => sent.conversationId === personalChatOf(oid('hugh.head')))).toEqual([]);
    const lenasCard = approvalCardsSent(stack).filter((sent) => sent.conversationId === personalChatOf(oid('lena.manager')))[0];
    saveCard('journey-admin-approval-card-lena', lenasCard.card);
    expect(cardFacts(lenasCard.card)).toMatchObject({ Case: reference, Customer: `${GRAINNE.given} ${GRAINNE.family}` });

    // Lena presses Approve on the card in her chat, with her reasons.
    const approve = executeAction(lenasCard.card, 'Approve');
    const sent = await store.approvalRequests.find(`approval:${String(approve.data.sanctionId)}:${oid('lena.manager')}`);
    expect(sent?.value).toMatchObject({ status: 'Pending', conversationId: lenasCard.conversationId });
    const reasons = 'Proportionate: one officer, and every housing matter can still be raised.';
    const answered = await pressCardButton(stack, {
      userId: oid('lena.manager'),
      name: 'Lena Morgan',
      conversationId: lenasCard.conversationId,
      cardActivityId: sent?.value.activityId as string,
      action: approve,
      inputs: { [cardInputIdByLabel(lenasCard.card, /^Reasons or comments/)]: reasons }
    });
    saveCard('journey-admin-approval-card-lena-decided', answered.card);
    expect(cardLines(answered.card)[0]).toBe('Sanction decision: approved');
    expect(cardFacts(answered.card)).toMatchObject({ Case: reference, Decision: 'Approved', 'Decided by': 'Lena Morgan' });
    expect(cardLines(answered.card)).toContain(reasons);

    // The case officer sees her decision on the case.
    const officer = await session.openAs('alex.alternate', { case: caseId });
    await officer.getByRole('heading', { name: 'Next steps' }).waitFor();
    await session.shot(officer, '18-officer-sees-new-approvers-decision');
    expect((await caseFact(officer, 'Status').innerText()).trim()).toBe('Sanction letter to send');
    expect((await caseFact(officer, 'Sanction').innerText()).trim()).toMatch(/^Single point of contact \(approved\), review by /);
    expect((await timelineOf(officer)).some((entry) => entry.includes('Sanction approved by Lena Morgan'))).toBe(true);
    await officer.getByRole('button', { name: 'Send the restriction letter' }).waitFor();
    await officer.close();
  });
});
