// Issue 17, item 2: subject access (BR-23, UK GDPR Art. 15, spec 4.2), through to the data
// protection officer. One journey in headless Chromium on the local host page against the real
// stack (SharePoint emulator with its groups and permissions, case service), from an EMPTY site,
// every record created through the UI by the persona who creates it:
//
//  1. The site holds no customers, incidents or cases.
//  2. Sam Staff records an incident, naming a witness who is not council staff and a colleague.
//  3. The line manager opens a case from it; the Customer Relations Officer completes the
//     checklist, records the panel decision and sends the monitoring letter (a letter recorded
//     without a document), proposes a restriction the Executive Director approves, and produces
//     the restriction letter as a Word document in the Letters library and sends it.
//  4. Nobody but the DPO is offered the screen, and SharePoint refuses staff what it reads.
//  5. Dana Price, the DPO, finds the customer, logs the request with the day it was received,
//     sees the answer-by date, runs the export and downloads the Word bundle, the JSON and the
//     zip file; the test opens them and checks them against what SharePoint holds (the zip holds
//     the restriction letter's own document, byte for byte), third parties flagged, the export
//     audited, and nothing else on the site changed.
import * as fs from 'node:fs';
import JSZip from 'jszip';
import type { Browser } from 'playwright-core';
import type { SPFI } from '@pnp/sp';
import type { CaseStore } from '../../src/data/ports';
import { ForbiddenError } from '../../src/data/errors';
import { CASE_STATUSES, type SubjectAccessBundle } from '../../src/domain';
import { gatherSubjectAccess, subjectAccessHistory } from '../../src/app/subjectAccess';
import { createNodeSp } from '../../src/data/sharepoint/spFactory';
import { firstPage } from '../../src/ui/services/appStore';
import { LocalEmulatorUser } from '../../local/emulator/pnp-local-user';
import { oid, personaByKey } from '../../local/seed/personas';
import { launchChromium } from '../support/browser';
import { startLocalStack, type LocalStack } from '../e2e/support/stack';
import { difference, siteSnapshot, type SiteSnapshot } from '../properties/support/siteSnapshot';
import {
  findIncidentByNarrative,
  findOnlyCaseOf,
  fullName,
  HostPageSession,
  managerEscalatesAndOpensCase,
  officerCompletesChecklist,
  officerRecordsPanelDecisionToInvoke,
  officerProposesSinglePointOfContact,
  officerSendsMonitoringLetter,
  officerSendsRestrictionLetter,
  openCaseAsOfficer,
  directorApprovesInInbox,
  referenceOf,
  type Customer,
  failureScreenshotName
} from './support/caseJourney';
import { docxParagraphs, download, staffRecordIncidentWithWitnesses, type DocxParagraph } from './support/subjectAccess';

jest.setTimeout(300000);

const MORAG: Customer = {
  given: 'Morag',
  family: 'McAllister-Byrne',
  narrative: 'Shouted at the housing counter and refused to leave; Joan Passer-By, who was waiting, asked her to calm down.'
};
const WITNESS_NOT_STAFF = 'Joan Passer-By';
const WITNESS_STAFF = 'Pat Colleague';
/** A day in the past whatever day the test runs: a month on from 31 October is 30 November (ICO: the month's last day). */
const RECEIVED_ON = '2026-10-31';
const DUE_ON_AS_SHOWN = '30 November 2026';
const DUE_ON = '2026-11-30';

describe('subject access, through to the DPO: from an empty site, through the UI', () => {
  let stack: LocalStack;
  let browser: Browser;
  let store: CaseStore;
  let admin: SPFI;
  let session: HostPageSession;
  let morag: { personId: string; incidentId: string; caseId: string };
  let letterDocumentUrl: string;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startLocalStack({ seed: false }), launchChromium()]);
    store = stack.sharePoint.storeAs('svc.ccm');
    admin = createNodeSp(stack.sharePoint.siteUrl, LocalEmulatorUser(personaByKey('svc.ccm').login));
    session = new HostPageSession(browser, stack.hostPage.url, 'journey-subject-access');
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  afterEach(async () => {
    const name = failureScreenshotName();
    await session?.keepFailureScreenshot(name);
  });

  test('1. the site starts empty: no customers or cases', async () => {
    expect(await store.persons.searchByFamilyName('', 100)).toEqual([]);
    for (const status of CASE_STATUSES) expect(await firstPage(store.cases.listByStatus(status), 10)).toEqual([]);
  });

  test('2. Sam Staff records an incident naming a witness who is not staff, and a colleague', async () => {
    await staffRecordIncidentWithWitnesses(session, MORAG, [
      { name: WITNESS_NOT_STAFF, notStaff: true },
      { name: WITNESS_STAFF, notStaff: false }
    ]);
    const { incidentId, personId } = await findIncidentByNarrative(store, MORAG.narrative);
    expect((await store.incidents.get(incidentId)).value.witnesses).toEqual([
      expect.objectContaining({ name: WITNESS_NOT_STAFF, isThirdParty: true }),
      expect.objectContaining({ name: WITNESS_STAFF, isThirdParty: false })
    ]);
    morag = { personId, incidentId, caseId: '' };
  });

  test('3. a case is opened, the officer sends the monitoring letter, and the restriction letter as a Word document', async () => {
    await managerEscalatesAndOpensCase(session, MORAG);
    const caseId = await findOnlyCaseOf(store, morag.personId);
    morag = { ...morag, caseId };
    const officer = await openCaseAsOfficer(session, morag.caseId);
    await officerCompletesChecklist(session, officer);
    await officerRecordsPanelDecisionToInvoke(session, officer);
    await officerSendsMonitoringLetter(session, officer, morag.caseId);
    await officerProposesSinglePointOfContact(session, officer);
    await officer.close();
    await directorApprovesInInbox(session, MORAG, await referenceOf(store, morag.caseId));
    expect(await officerSendsRestrictionLetter(session, MORAG, morag.caseId)).toBeDefined();
    // The document's address as the letter keeps it (its Letters library item is the letter).
    const produced = (await store.cases.get(morag.caseId)).value.letters.find((letter) => letter.type === 'RestrictionDecision');
    letterDocumentUrl = produced?.fields.documentUrl ?? '';
    expect(letterDocumentUrl).toMatch(/^\/sites\/ccm\/Letters\/.+\.docx$/);
    expect((await store.cases.get(morag.caseId)).value.letters.filter((letter) => letter.sentOn !== undefined)).toHaveLength(2);
  });

  test.each([
    ['sam.staff', 'Open Record an incident'],
    ['cara.cro', 'Open Cases'],
    ['aud.auditor', 'Open Cases']
  ])('4. %s sees their own screens (%s) and is not offered subject access', async (persona, ownTile) => {
    const page = await session.openAs(persona);
    // Their home has loaded its tiles: the one they do have is there.
    await page.getByRole('button', { name: ownTile }).waitFor();
    expect(await page.getByRole('button', { name: 'Open Subject access requests' }).count()).toBe(0);
    await page.close();
  });

  test('4. a member of staff who bypassed the screen is refused by SharePoint', async () => {
    const staff = stack.sharePoint.storeAs('sam.staff');
    await expect(staff.persons.findWithDetails(morag.personId)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(gatherSubjectAccess(staff, morag.personId)).rejects.toBeInstanceOf(ForbiddenError);
  });

  describe('5. the DPO logs the request, runs the export and downloads the Word bundle, the JSON and the zip file with the letter’s document', () => {
    let before: SiteSnapshot;
    let paragraphs: DocxParagraph[];
    let bundle: SubjectAccessBundle;
    let fileNames: string[];
    let zipped: JSZip;

    beforeAll(async () => {
      before = await siteSnapshot(admin);
    });

    test('she finds the customer, logs the request, sees when it is due, runs the export and downloads the Word bundle, the JSON and the zip file with the letter’s document', async () => {
      const dpo = await session.openAs('dana.dpo');
      await dpo.getByRole('button', { name: 'Open Subject access requests' }).click();
      await dpo.getByRole('heading', { name: 'Subject access requests' }).waitFor();
      await dpo.getByRole('searchbox', { name: /The person’s name/ }).fill(MORAG.family);
      await dpo.getByRole('button', { name: 'Find' }).click();
      await dpo.getByRole('button', { name: `Choose ${fullName(MORAG)}` }).click();
      await dpo.getByRole('heading', { name: fullName(MORAG) }).waitFor();
      await dpo.getByText('No request has been logged for this person yet.').waitFor();
      await dpo.getByLabel(/Date the request was received/).fill(RECEIVED_ON);
      await dpo.getByRole('button', { name: 'Log the request' }).click();
      const row = dpo.getByRole('table', { name: 'Requests logged' }).getByRole('row').nth(1);
      await row.waitFor();
      expect(await row.getByRole('cell').allInnerTexts()).toEqual(['31 October 2026', DUE_ON_AS_SHOWN, 'Not extended', 'Run the export']);
      await session.shot(dpo, '2-dpo-request-logged');

      // The export, and both files downloaded (one test: the session closes its page after each).
      await dpo.getByRole('button', { name: 'Run the export for the request received on 31 October 2026' }).click();
      await dpo.getByRole('status').filter({ hasText: 'Export ready' }).waitFor();
      await session.shot(dpo, '3-dpo-export-ready');
      const word = await download(dpo, /^Download the Word bundle/);
      const json = await download(dpo, /^Download the JSON/);
      // The restriction letter's Word document is in the zip file; the monitoring letter has none.
      const zip = await download(dpo, /^Download everything as one zip file .*1 letter document\)$/);
      zipped = await JSZip.loadAsync(fs.readFileSync(zip.path));
      fileNames = [word.fileName, json.fileName, zip.fileName];
      paragraphs = await docxParagraphs(word.path);
      bundle = JSON.parse(fs.readFileSync(json.path, 'utf8')) as SubjectAccessBundle;
      expect(fileNames).toEqual([
        `subject-access-mcallister-byrne-${RECEIVED_ON}.docx`,
        `subject-access-mcallister-byrne-${RECEIVED_ON}.json`,
        `subject-access-mcallister-byrne-${RECEIVED_ON}.zip`
      ]);
      const documentName = letterDocumentUrl.slice(letterDocumentUrl.lastIndexOf('/') + 1);
      expect(Object.keys(zipped.files).sort()).toEqual([...fileNames.slice(0, 2), `letters/${documentName}`].sort());
      expect(JSON.parse(await zipped.file(fileNames[1])!.async('string'))).toEqual(bundle);
      // The document as the Letters library holds it, byte for byte: the letter she was sent.
      const held = new Uint8Array(await admin.web.getFileByServerRelativePath(letterDocumentUrl).getBuffer());
      const packed = await zipped.file(`letters/${documentName}`)!.async('uint8array');
      expect(packed.length).toBe(held.length);
      expect(Buffer.from(packed).equals(Buffer.from(held))).toBe(true);
      const letterText = (await (await JSZip.loadAsync(packed)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
      expect(letterText).toContain('Contact only through your single point of contact, by email.');
    });

    test('the JSON holds what SharePoint holds about her: the incident, the case, both letters (one with its document), the banner; nobody else', async () => {
      const incident = (await store.incidents.get(morag.incidentId)).value;
      const kase = (await store.cases.get(morag.caseId)).value;
      expect(bundle.format).toBe('ccm-subject-access/2');
      expect(bundle.subjectId).toBe(morag.personId);
      expect(bundle.subject.names).toEqual({ given: MORAG.given, family: MORAG.family });
      expect(bundle.request).toMatchObject({ receivedOn: RECEIVED_ON, dueOn: DUE_ON, complex: false, loggedBy: oid('dana.dpo') });
      expect(bundle.exportedBy).toBe(oid('dana.dpo'));
      expect(bundle.sections.incidents).toHaveLength(1);
      expect(bundle.sections.incidents[0].data).toMatchObject({
        id: incident.id,
        narrative: MORAG.narrative,
        reporterId: oid('sam.staff'),
        witnesses: incident.witnesses
      });
      expect(bundle.sections.cases.map((record) => [record.id, record.data.reference])).toEqual([[kase.id, kase.reference]]);
      expect(bundle.sections.letters.map((record) => record.id).sort()).toEqual(kase.letters.map((letter) => letter.id).sort());
      const letterRecord = (id: string): SubjectAccessBundle['sections']['letters'][number] | undefined =>
        bundle.sections.letters.find((record) => record.id === id);
      const monitoring = kase.letters.find((letter) => letter.type === 'MonitoringWarning');
      const restriction = kase.letters.find((letter) => letter.type === 'RestrictionDecision');
      expect(letterRecord(monitoring!.id)?.data.fields).toEqual(monitoring!.fields);
      expect(letterRecord(monitoring!.id)?.data.document).toMatch(/^No Word document was kept for this letter/);
      const documentName = letterDocumentUrl.slice(letterDocumentUrl.lastIndexOf('/') + 1);
      expect(letterRecord(restriction!.id)?.data.document).toEqual({ fileName: documentName, inTheZipFileAs: `letters/${documentName}` });
      // The banner staff are shown while her restriction is in force.
      expect(bundle.sections.alerts.map((record) => record.data.isActive)).toEqual([true]);
      // No councillor referred her and she made no FOI request; the parts are there, and empty.
      expect([bundle.sections.memberReferrals, bundle.sections.foiRequests]).toEqual([[], []]);
      expect(bundle.sections.decisions.map((record) => record.data.decision)).toContain('invocation');
      expect(bundle.sections.auditEvents.length).toBeGreaterThan(0);
      // She has no warning markers, so the view log (read from the audit log) is gathered and empty.
      expect(bundle.gaps).toEqual([]);
      expect(bundle.sections.markerViewLog).toEqual([]);
    });

    test('third parties are flagged for redaction, not removed: the witness, the colleague, the reporter', () => {
      const flag = (name: string): SubjectAccessBundle['thirdParties'][number] | undefined =>
        bundle.thirdParties.find((candidate) => candidate.name === name);
      expect(flag(WITNESS_NOT_STAFF)).toMatchObject({ kind: 'witness' });
      expect(flag(WITNESS_NOT_STAFF)?.appearsIn).toEqual(
        expect.arrayContaining([
          { section: 'incidents', recordId: morag.incidentId, field: 'witnesses[0].name' },
          { section: 'incidents', recordId: morag.incidentId, field: 'narrative' }
        ])
      );
      expect(flag(WITNESS_STAFF)).toMatchObject({ kind: 'staff' });
      expect(bundle.thirdParties.find((candidate) => candidate.identifier === oid('sam.staff'))).toMatchObject({ kind: 'staff' });
      expect(bundle.sections.incidents[0].thirdPartyRefs).toContain(flag(WITNESS_NOT_STAFF)?.ref);
      expect(bundle.thirdParties.map((candidate) => candidate.name)).not.toContain(fullName(MORAG));
    });

    test('the Word bundle is readable: headed sections, the narrative whole, third parties highlighted and marked', () => {
      const headings = paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
      expect(headings).toEqual(
        expect.arrayContaining([
          'Incident reports',
          'Cases',
          'Letters and their documents',
          'Contact log',
          'Third parties flagged for redaction'
        ])
      );
      expect(paragraphs.find((p) => p.style === 'Title')?.text).toBe(`Subject access request: ${fullName(MORAG)}`);
      expect(paragraphs.map((p) => p.text)).toEqual(expect.arrayContaining([`Answer due by: ${DUE_ON_AS_SHOWN}`]));
      const witnessRef = bundle.thirdParties.find((candidate) => candidate.name === WITNESS_NOT_STAFF)?.ref as string;
      const narrative = paragraphs.find((p) => p.text.startsWith('Narrative: '));
      // The narrative is all there, with the witness's name highlighted and its flag after it.
      expect(narrative?.text).toBe(`Narrative: ${MORAG.narrative.replace(WITNESS_NOT_STAFF, `${WITNESS_NOT_STAFF} [${witnessRef}]`)}`);
      expect(narrative?.highlighted).toEqual([WITNESS_NOT_STAFF, ` [${witnessRef}]`]);
      const letterPart = paragraphs.find((p) => p.text.includes('Letter part 1: written plainly for the customer.'));
      expect(letterPart).toBeDefined();
      const listed = paragraphs.find((p) => p.text.startsWith(`${witnessRef}: Witness (not council staff): ${WITNESS_NOT_STAFF}`));
      expect(listed?.highlighted).toContain(WITNESS_NOT_STAFF);
      expect(paragraphs.some((p) => p.text.includes('Who viewed the warning markers'))).toBe(true);
    });

    test('the request and the export are audited as the DPO, and nothing else on the site changed', async () => {
      const history = await subjectAccessHistory(store, morag.personId);
      expect(history.requests.map((request) => [request.receivedOn, request.loggedBy])).toEqual([[RECEIVED_ON, oid('dana.dpo')]]);
      expect(history.exports.map((event) => [event.actorId, event.rule])).toEqual([[oid('dana.dpo'), 'BR-23']]);
      const change = difference(before, await siteSnapshot(admin));
      expect(change.changed).toEqual([]);
      expect(change.removed).toEqual([]);
      expect(change.added).toHaveLength(2);
      for (const key of change.added) expect(key).toMatch(/^AuditLog\//);
    });
  });
});
