// A restriction letter produced into the Letters library and then recorded as sent is ONE
// letter: the library item that holds the document gains the sent date, channel and sender.
// Over real HTTP to the SharePoint emulator.
import '@pnp/sp/files';
import '@pnp/sp/webs';
import { ConflictError, type LetterDocumentToSave } from '../../src/data/ports';
import type { Case, IsoDate, Letter, UserId } from '../../src/domain';
import { demoCase, demoIncident, demoPerson, demoSanction } from '../../local/seed/demo-data';
import { startHarness, nothingElseChangesInEachTest } from './emulatorHarness';
import type { Harness } from './emulatorHarness';

const DOCUMENT_BYTES = [0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x00, 0x80];

function restrictionDocument(caseId: string, fileName: string): LetterDocumentToSave {
  return {
    fileName,
    bytes: new Uint8Array(DOCUMENT_BYTES).buffer.slice(0),
    type: 'RestrictionDecision',
    caseId,
    reference: 'CCM-2026-0077',
    templateVersion: '1',
    fields: { behaviourOfConcern: 'Repeated abusive calls to the housing team.', howToAppeal: 'Write to the Head of Service.' },
    channel: 'letter'
  };
}

/** What the domain's sendSanctionLetter does to the letters: appends the sent letter. */
function recordedAsSent(kase: Case, letter: Letter): Case {
  return { ...kase, status: 'SanctionActive', letters: kase.letters.concat([letter]), revision: kase.revision + 1 };
}

describe('a produced letter recorded as sent is one letter (emulator)', () => {
  let harness: Harness;
  nothingElseChangesInEachTest(() => harness);

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  async function caseAwaitingItsLetter(family: string): Promise<string> {
    const cro = harness.storeAs('cara.cro');
    const person = await cro.persons.create(demoPerson('Letter', family));
    const incident = await harness
      .storeAs('sam.staff')
      .incidents.create(demoIncident(person.value.id, 'i:0#.f|membership|sam.staff@ccm.local'));
    const created = await cro.cases.create(demoCase(person.value.id, [incident.value.id]));
    const sanction = demoSanction(created.value.id, person.value.id, '', 'Approved');
    await cro.cases.save(created, { ...created.value, status: 'SanctionLetterDraft', sanctions: [sanction] });
    return created.value.id;
  }

  it('the save returns the letter id and etag; recording it as sent updates that library item', async () => {
    const cro = harness.storeAs('cara.cro');
    const caseId = await caseAwaitingItsLetter('Once');
    const saved = await cro.letterFiles!.save(restrictionDocument(caseId, `${caseId} Restriction decision.docx`));
    expect(saved.letterId).not.toBe('');
    expect(saved.etag).not.toBe('');
    const documentRecord = await cro.letters.get(saved.letterId);
    expect(documentRecord.etag).toBe(saved.etag);
    expect(documentRecord.value.sentOn).toBeUndefined();

    const before = await cro.cases.get(caseId);
    expect(before.value.letters.map((l) => l.id)).toEqual([saved.letterId]);
    const sent: Letter = {
      ...documentRecord.value,
      channel: 'email',
      sentOn: '2026-11-27' as IsoDate,
      sentBy: 'cara.cro' as UserId
    };
    const after = await cro.cases.save(before, recordedAsSent(before.value, sent));

    expect(after.value.letters).toHaveLength(1);
    expect(after.value.letters[0]).toMatchObject({ id: saved.letterId, channel: 'email', sentOn: '2026-11-27', sentBy: 'cara.cro' });
    const inLibrary = await cro.letters.listByCase(caseId);
    expect(inLibrary).toHaveLength(1);
    expect(inLibrary[0].etag).not.toBe(saved.etag);
    // The letter's record also names its Word document, so it can be offered again later.
    expect(inLibrary[0].value.fields).toEqual({
      ...restrictionDocument(caseId, '').fields,
      reference: 'CCM-2026-0077',
      documentUrl: saved.url
    });
    // The item still holds the Word document, byte for byte.
    const bytes = new Uint8Array(await harness.spAs('cara.cro').web.getFileByServerRelativePath(saved.url).getBuffer());
    expect(Array.from(bytes)).toEqual(DOCUMENT_BYTES);
  });

  it('saving the same document again keeps its letter id, so the case still has one letter', async () => {
    const cro = harness.storeAs('cara.cro');
    const caseId = await caseAwaitingItsLetter('Again');
    const fileName = `${caseId} Restriction decision.docx`;
    const first = await cro.letterFiles!.save(restrictionDocument(caseId, fileName));
    const second = await cro.letterFiles!.save({ ...restrictionDocument(caseId, fileName), channel: 'email' });
    expect(second.letterId).toBe(first.letterId);
    expect(second.etag).not.toBe(first.etag);
    const letters = (await cro.cases.get(caseId)).value.letters;
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({ id: first.letterId, channel: 'email' });
  });

  it('recorded as sent on a stale case: a ConflictError, and the library item is left as the unsent document', async () => {
    const cro = harness.storeAs('cara.cro');
    const caseId = await caseAwaitingItsLetter('Stale');
    const saved = await cro.letterFiles!.save(restrictionDocument(caseId, `${caseId} Restriction decision.docx`));
    const stale = await cro.cases.get(caseId);
    await harness.storeAs('alex.alternate').cases.save(stale, { ...stale.value, revision: stale.value.revision + 1 });
    const documentRecord = await cro.letters.get(saved.letterId);
    const sent: Letter = { ...documentRecord.value, sentOn: '2026-11-27' as IsoDate, sentBy: 'cara.cro' as UserId };

    const attempt = cro.cases.save(stale, recordedAsSent(stale.value, sent));
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    const inLibrary = await cro.letters.listByCase(caseId);
    expect(inLibrary).toHaveLength(1);
    expect(inLibrary[0]).toMatchObject({ etag: saved.etag, value: { id: saved.letterId, sentOn: undefined } });
  });

  it('a letter sent without a library document is still added as its own record', async () => {
    const cro = harness.storeAs('cara.cro');
    const caseId = await caseAwaitingItsLetter('NoLibrary');
    const before = await cro.cases.get(caseId);
    const sent: Letter = {
      id: `letter-${caseId}-sent`,
      caseId,
      type: 'RestrictionDecision',
      templateVersion: '1',
      channel: 'letter',
      fields: { behaviourOfConcern: 'Repeated abusive calls.' },
      sentOn: '2026-11-27' as IsoDate,
      sentBy: 'cara.cro' as UserId
    };
    const after = await cro.cases.save(before, recordedAsSent(before.value, sent));
    expect(after.value.letters).toHaveLength(1);
    expect(after.value.letters[0]).toMatchObject({ id: sent.id, sentOn: '2026-11-27' });
  });
});
