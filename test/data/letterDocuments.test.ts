import '@pnp/sp/files';
import '@pnp/sp/webs';
import { ForbiddenError } from '../../src/data/errors';
import type { LetterDocumentToSave } from '../../src/data/ports';
import { startHarness } from './emulatorHarness';
import type { Harness } from './emulatorHarness';

/** A few bytes that are not valid UTF-8, so a text round trip would corrupt them. */
function documentBytes(): ArrayBuffer {
  const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x00, 0x80, 0x7f, 0xc3]);
  return bytes.buffer.slice(0);
}

function letterDocument(overrides: Partial<LetterDocumentToSave> = {}): LetterDocumentToSave {
  return {
    fileName: "2026-11-28 CCM-2026-0042 Restriction decision O'Brien.docx",
    bytes: documentBytes(),
    type: 'RestrictionDecision',
    caseId: 'case-letters-1',
    reference: 'CCM-2026-0042',
    templateVersion: '1',
    fields: { decision: 'Contact through one officer only', reasons: 'Repeated abusive calls' },
    ...overrides
  };
}

describe('letter documents in the Letters library (emulator)', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('saves the .docx bytes with the letter record, and saving again replaces rather than duplicates', async () => {
    const store = harness.storeAs('cara.cro');
    expect(store.letterFiles).toBeDefined();
    const first = await store.letterFiles!.save(letterDocument());
    expect(first.url).toBe("/sites/ccm/Letters/2026-11-28 CCM-2026-0042 Restriction decision O'Brien.docx");

    // Read back as another member of the case team: the exact bytes, and the record.
    const reader = harness.spAs('alex.alternate');
    const bytes = new Uint8Array(await reader.web.getFileByServerRelativePath(first.url).getBuffer());
    expect(Array.from(bytes)).toEqual(Array.from(new Uint8Array(documentBytes())));
    const records = await harness.storeAs('alex.alternate').letters.listByCase('case-letters-1');
    expect(records).toHaveLength(1);
    expect(records[0].value).toMatchObject({ type: 'RestrictionDecision', templateVersion: '1', fields: { reference: 'CCM-2026-0042' } });

    await store.letterFiles!.save(
      letterDocument({ fields: { decision: 'Contact through one officer only', reasons: 'Corrected reasons' } })
    );
    const after = await store.letters.listByCase('case-letters-1');
    expect(after).toHaveLength(1);
    expect(after[0].value.fields.reasons).toBe('Corrected reasons');
  });

  it('two cases whose letters reduce to the same file name keep both letters, each on its own case (issue 14: no data loss)', async () => {
    const store = harness.storeAs('cara.cro');
    const sameName = '2026-12-05 CCM-2026-0007 Restriction decision.docx';
    const first = await store.letterFiles!.save(
      letterDocument({ fileName: sameName, caseId: 'case-same-name-1', reference: 'CCM-2026-0007' })
    );
    const second = await store.letterFiles!.save(
      letterDocument({ fileName: sameName, caseId: 'case-same-name-2', reference: 'CCM-2026-0007', fields: { reasons: 'Second case' } })
    );
    expect(first.url).toBe(`/sites/ccm/Letters/${sameName}`);
    expect(second.url).toBe('/sites/ccm/Letters/2026-12-05 CCM-2026-0007 Restriction decision (2).docx');
    expect(second.letterId).not.toBe(first.letterId);
    const ofFirst = await store.letters.listByCase('case-same-name-1');
    const ofSecond = await store.letters.listByCase('case-same-name-2');
    expect(ofFirst.map((letter) => letter.value.id)).toEqual([first.letterId]);
    expect(ofSecond.map((letter) => letter.value.id)).toEqual([second.letterId]);
    // Saving the second case's letter again replaces its own file, not the first case's.
    const again = await store.letterFiles!.save(
      letterDocument({
        fileName: sameName,
        caseId: 'case-same-name-2',
        reference: 'CCM-2026-0007',
        fields: { reasons: 'Second case, corrected' }
      })
    );
    expect(again).toMatchObject({ url: second.url, letterId: second.letterId });
    expect((await store.letters.listByCase('case-same-name-1')).map((letter) => letter.value.id)).toEqual([first.letterId]);
  });

  it('two officers saving same-named letters of different cases at the same moment both keep theirs', async () => {
    const cro = harness.storeAs('cara.cro');
    const alternate = harness.storeAs('alex.alternate');
    const sameName = '2026-12-05 CCM-2026-0099 Restriction decision.docx';
    const [a, b] = await Promise.all([
      cro.letterFiles!.save(letterDocument({ fileName: sameName, caseId: 'case-race-a', reference: 'CCM-2026-0099' })),
      alternate.letterFiles!.save(letterDocument({ fileName: sameName, caseId: 'case-race-b', reference: 'CCM-2026-0099' }))
    ]);
    expect(a.url).not.toBe(b.url);
    expect((await cro.letters.listByCase('case-race-a')).map((letter) => letter.value.id)).toEqual([a.letterId]);
    expect((await cro.letters.listByCase('case-race-b')).map((letter) => letter.value.id)).toEqual([b.letterId]);
  });

  it('refuses a member of staff outside the case team, and nothing is written', async () => {
    await expect(
      harness.storeAs('sam.staff').letterFiles!.save(letterDocument({ caseId: 'case-letters-2', fileName: 'staff attempt.docx' }))
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await harness.storeAs('cara.cro').letters.listByCase('case-letters-2')).toHaveLength(0);
  });
});
