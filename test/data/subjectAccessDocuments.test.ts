// BR-23 (UK GDPR Art. 15), issue 17 item 2: "letters and their documents", councillors' referrals,
// FOI/EIR requests and banners that have ended, over real HTTP against the emulator with
// SharePoint's own groups and permissions. Each record is written by the persona who writes it
// (the Customer Relations Officer saves a letter's Word document to the Letters library, a
// councillor refers the person, the FOI officer logs a request, the case service closes a banner);
// the data protection officer then exports, and the zip file she downloads holds the Word bundle,
// the JSON and the letter's own document, byte for byte, listed in the bundle's letters.
import JSZip from 'jszip';
import type { CaseStore } from '../../src/data/ports';
import { ForbiddenError } from '../../src/data/errors';
import { isoDate, isoInstant, type FoiRequestAssessment, type MemberReferral, type Person } from '../../src/domain';
import type { RestrictionAlertRecord } from '../../src/domain/alerts/alertRecord';
import {
  exportSubjectAccess,
  logSubjectAccessRequest,
  subjectAccessHistory,
  type LoggedSubjectAccessRequest,
  type SubjectAccessActor
} from '../../src/app/subjectAccess';
import { generateSubjectAccessFiles } from '../../src/ui/screens/subjectAccess/generateSubjectAccessFiles';
import { demoCase, demoPerson } from '../../local/seed/demo-data';
import { demoRoleAssignments, oid, personaDirectory } from '../../local/seed/personas';
import { difference, siteSnapshot } from '../properties/support/siteSnapshot';
import { startHarness, type Harness } from './emulatorHarness';

jest.setTimeout(90000);

const ROLES = demoRoleAssignments();
const DIRECTORY = new Map(personaDirectory().map((person) => [person.id, person.displayName] as const));
const NAMES = { resolve: async (): Promise<void> => undefined, displayName: (id: string): string | undefined => DIRECTORY.get(id) };

let sequence = 0;
function actor(persona: string): SubjectAccessActor {
  return {
    actorId: oid(persona),
    roles: ROLES,
    now: isoInstant('2026-12-06T09:30:00Z'),
    today: isoDate('2026-12-06'),
    newId: () => `sar-docs-${(sequence += 1)}`
  };
}

/** Bytes that are not text, as a .docx's are: a text round trip anywhere would corrupt them. */
function letterBytes(): ArrayBuffer {
  const bytes = new Uint8Array(2048);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = (i * 37 + 11) % 256;
  return bytes.buffer;
}

describe('subject access: letters and their documents, Member referrals, FOI/EIR requests, ended banners (emulator)', () => {
  let harness: Harness;
  let dpo: CaseStore;
  let subject: Person;
  let other: Person;
  let caseId: string;
  let letterUrl: string;
  let letterId: string;
  let request: LoggedSubjectAccessRequest;

  beforeAll(async () => {
    harness = await startHarness();
    dpo = harness.storeAs('dana.dpo');
    const staff = harness.storeAs('sam.staff');
    subject = (await staff.persons.create(demoPerson('Ewan', 'Ó Súilleabháin'))).value;
    other = (await staff.persons.create(demoPerson('Other', 'Customer'))).value;
    const cro = harness.storeAs('cara.cro');
    caseId = (await cro.cases.create(demoCase(subject.id, []))).value.id;
    // The officer produces a letter: its Word document goes to the Letters library, and the item is the case's letter.
    const saved = await cro.letterFiles!.save({
      fileName: '2026-11-28 CCM-2026-0042 Monitoring letter Ó Súilleabháin.docx',
      bytes: letterBytes(),
      type: 'MonitoringWarning',
      caseId,
      reference: 'CCM-2026-0042',
      templateVersion: '1',
      fields: { behaviour: 'Repeated calls to the housing team.', expectations: 'Please call once a week.' }
    });
    letterUrl = saved.url;
    letterId = saved.letterId;
    // A councillor refers the person (and someone else); the FOI officer logs a request from each.
    const referral = (personId: string, id: string): MemberReferral => ({
      id,
      councillorId: oid('cllr.khan'),
      personId,
      personName: personId === subject.id ? 'Ewan Ó Súilleabháin' : 'Other Customer',
      personContactDetails: '1 High Street',
      councillorLetterDate: isoDate('2026-11-01'),
      accountOfContacts: personId === subject.id ? 'Twelve emails to my ward inbox in a week.' : 'Nothing about Ewan.',
      referredToMonitoringOfficerOn: isoDate('2026-11-10'),
      createdAt: isoInstant('2026-11-10T09:00:00Z')
    });
    const khan = harness.storeAs('cllr.khan');
    await khan.memberReferrals.create(referral(subject.id, 'referral-sar-1'));
    await khan.memberReferrals.create(referral(other.id, 'referral-sar-other'));
    const foi = (personId: string, id: string): FoiRequestAssessment => ({
      id,
      regime: 'EIR',
      personId,
      receivedOn: isoDate('2026-11-15'),
      statutoryDueDate: isoDate('2026-12-14'),
      clarificationPauses: [],
      indicatorsConsidered: [],
      conciliatorySteps: [],
      handlerId: oid('fay.foi'),
      handlerHeavilyInvolved: false
    });
    const fay = harness.storeAs('fay.foi');
    await fay.foiAssessments.create(foi(subject.id, 'foi-sar-1'));
    await fay.foiAssessments.create(foi(other.id, 'foi-sar-other'));
    // A banner staff were shown, since ended (closed by the case service's sweep).
    const service = harness.storeAs('svc.ccm');
    const banner: RestrictionAlertRecord = {
      id: 'alert-sar-1',
      personId: subject.id,
      personName: 'Ewan Ó Súilleabháin',
      caseId,
      restrictionTypes: ['R01'],
      summary: 'Single point of contact',
      scopeSummary: 'All services',
      spocName: 'Cara Rhodes',
      spocChannel: 'email',
      contactArrangements: 'Write to Cara Rhodes.',
      activeFrom: isoDate('2026-06-01'),
      activeUntil: isoDate('2026-11-30'),
      isActive: true
    };
    const open = await service.restrictionAlerts.create(banner);
    await service.restrictionAlerts.update(open, { ...banner, isActive: false });
    const logged = await logSubjectAccessRequest(
      dpo,
      { personId: subject.id, receivedOn: '2026-12-01', complex: false },
      actor('dana.dpo')
    );
    if (logged.status !== 'logged') throw new Error(logged.status);
    request = logged.request;
  });

  afterAll(async () => {
    await harness?.close();
  });

  test('the DPO reads every referral and FOI request about the person; staff and councillors who did not write them cannot', async () => {
    expect((await dpo.memberReferrals.listByPerson(subject.id)).map((row) => row.value.id)).toEqual(['referral-sar-1']);
    expect((await dpo.foiAssessments.listByPerson(subject.id)).map((row) => row.value.id)).toEqual(['foi-sar-1']);
    expect(await harness.storeAs('cllr.leader').memberReferrals.listByPerson(subject.id)).toEqual([]);
    await expect(harness.storeAs('sam.staff').foiAssessments.listByPerson(subject.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      dpo.foiAssessments.create({ ...(await dpo.foiAssessments.get('foi-sar-1')).value, id: 'foi-by-dpo' })
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  test('the export lists the letter with its document, the referral, the FOI request and the ended banner; third parties flagged', async () => {
    const before = await siteSnapshot(harness.spAs('svc.ccm'));
    const outcome = await exportSubjectAccess(dpo, { personId: subject.id, request }, actor('dana.dpo'), NAMES);
    if (outcome.status !== 'exported') throw new Error(outcome.message);
    const { bundle, documents } = outcome;
    expect(bundle.format).toBe('ccm-subject-access/2');
    expect(bundle.gaps).toEqual([]);
    const fileName = letterUrl.slice(letterUrl.lastIndexOf('/') + 1);
    expect(bundle.sections.letters.map((r) => [r.id, r.data.document])).toEqual([
      [letterId, { fileName, inTheZipFileAs: `letters/${fileName}` }]
    ]);
    expect(documents.map((d) => d.packagedAs)).toEqual([`letters/${fileName}`]);
    expect(Array.from(new Uint8Array(documents[0].bytes))).toEqual(Array.from(new Uint8Array(letterBytes())));
    expect(bundle.sections.memberReferrals.map((r) => [r.id, r.data.accountOfContacts])).toEqual([
      ['referral-sar-1', 'Twelve emails to my ward inbox in a week.']
    ]);
    expect(bundle.sections.foiRequests.map((r) => [r.id, r.data.regime])).toEqual([['foi-sar-1', 'EIR']]);
    expect(bundle.sections.alerts.map((r) => [r.id, r.data.isActive])).toEqual([['alert-sar-1', false]]);
    expect(JSON.stringify(bundle)).not.toContain('Nothing about Ewan');
    expect(bundle.thirdParties.find((f) => f.identifier === oid('cllr.khan'))).toMatchObject({
      kind: 'councillor',
      name: 'Cllr Aisha Khan'
    });
    expect(bundle.thirdParties.find((f) => f.identifier === oid('fay.foi'))).toMatchObject({ kind: 'staff', name: 'Fay Ellis' });
    expect(bundle.thirdParties.find((f) => f.name === 'Cara Rhodes')?.appearsIn).toEqual(
      expect.arrayContaining([{ section: 'alerts', recordId: 'alert-sar-1', field: 'spocName' }])
    );
    // Audited (with the number of letter documents handed over), and nothing else written.
    const change = difference(before, await siteSnapshot(harness.spAs('svc.ccm')));
    expect(change.changed).toEqual([]);
    expect(change.removed).toEqual([]);
    expect(change.added).toHaveLength(1);
    const exported = (await subjectAccessHistory(dpo, subject.id)).exports;
    expect(exported.map((event) => event.after)).toEqual([
      expect.objectContaining({
        requestId: request.id,
        letterDocuments: 1,
        records: expect.objectContaining({ memberReferrals: 1, foiRequests: 1, alerts: 1 })
      })
    ]);

    // The zip file the DPO downloads: the Word bundle, the JSON and the letter's own document.
    const files = await generateSubjectAccessFiles(bundle, documents, (id) => DIRECTORY.get(id), 'Newcastle-under-Lyme Borough Council');
    const zip = await JSZip.loadAsync(files.zip.bytes);
    const stem = files.docx.fileName.replace(/\.docx$/, '');
    expect(Object.keys(zip.files).sort()).toEqual([`${stem}.docx`, `${stem}.json`, `letters/${fileName}`].sort());
    expect(Array.from(await zip.file(`letters/${fileName}`)!.async('uint8array'))).toEqual(Array.from(new Uint8Array(letterBytes())));
    expect(JSON.parse(await zip.file(`${stem}.json`)!.async('string'))).toEqual(JSON.parse(files.json.text));
    const word = await JSZip.loadAsync(await zip.file(`${stem}.docx`)!.async('uint8array'));
    const xml = (await word.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(xml).toContain(`Document, in the zip file as: letters/${fileName}`);
    expect(xml).toContain('Councillors’ referrals (Member referrals)');
    expect(xml).toContain('Freedom of information and environmental information requests');
    expect(files.zip.letterDocuments).toBe(1);
  });
});
