import '@pnp/sp/files';
import '@pnp/sp/webs';
import { ForbiddenError, ValidationFailedError } from '../../src/data/errors';
import type { LetterDocumentToSave } from '../../src/data/ports';
import { letterFileName } from '../../src/ui/screens/letters/letterFileName';
import { isoDate } from '../../src/domain';
import { toSharePointDate } from '../../src/data/sharepoint/values';
import { difference, expectOnlyChanged, itemKey, siteSnapshot } from '../properties/support/siteSnapshot';
import { startHarness, nothingElseChangesInEachTest } from './emulatorHarness';
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
  nothingElseChangesInEachTest(() => harness);

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
    // The readable name, then the letter's id: the file is this letter's alone (issue 14).
    expect(first.url).toBe(`/sites/ccm/Letters/2026-11-28 CCM-2026-0042 Restriction decision O'Brien ${first.letterId}.docx`);

    // Read back as another member of the case team: the exact bytes, and the record.
    const reader = harness.spAs('alex.alternate');
    const bytes = new Uint8Array(await reader.web.getFileByServerRelativePath(first.url).getBuffer());
    expect(Array.from(bytes)).toEqual(Array.from(new Uint8Array(documentBytes())));
    const records = await harness.storeAs('alex.alternate').letters.listByCase('case-letters-1');
    expect(records).toHaveLength(1);
    expect(records[0].value).toMatchObject({ type: 'RestrictionDecision', templateVersion: '1', fields: { reference: 'CCM-2026-0042' } });

    const again = await store.letterFiles!.save(
      letterDocument({ fields: { decision: 'Contact through one officer only', reasons: 'Corrected reasons' } })
    );
    expect(again).toMatchObject({ url: first.url, letterId: first.letterId });
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
    expect(first.url).toBe(`/sites/ccm/Letters/2026-12-05 CCM-2026-0007 Restriction decision ${first.letterId}.docx`);
    expect(second.url).toBe(`/sites/ccm/Letters/2026-12-05 CCM-2026-0007 Restriction decision ${second.letterId}.docx`);
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

  it('two letters never share a file: references that reduce to one name on the same day, each saved twice, nothing else changed', async () => {
    const store = harness.storeAs('cara.cro');
    const admin = harness.spAs('svc.ccm');
    const produced = isoDate('2026-12-12');
    // "CCM/2026:0101" and "CCM?2026*0101" both become "CCM-2026-0101" in a file name.
    const cases = [
      { caseId: 'case-share-1', reference: 'CCM/2026:0101' },
      { caseId: 'case-share-2', reference: 'CCM?2026*0101' }
    ];
    const names = cases.map((c) => letterFileName({ type: 'RestrictionDecision', reference: c.reference, date: produced }));
    expect(names[0]).toBe(names[1]);

    const saved: { url: string; letterId: string }[] = [];
    for (const [index, c] of cases.entries()) {
      const before = await siteSnapshot(admin);
      const result = await store.letterFiles!.save(letterDocument({ fileName: names[index], caseId: c.caseId, reference: c.reference }));
      // A new letter adds one library item and changes none.
      const after = await siteSnapshot(admin);
      expectOnlyChanged(before, after, { added: (key) => key.startsWith('Letters/') });
      expect(difference(before, after).added).toHaveLength(1);
      saved.push(result);
    }
    expect(saved[0].url).not.toBe(saved[1].url);
    expect(saved[0].letterId).not.toBe(saved[1].letterId);

    // Each letter saved again: its own file replaced (same id, same address), the other untouched.
    for (const [index, c] of cases.entries()) {
      const { itemId } = await store.letters.get(saved[index].letterId);
      const before = await siteSnapshot(admin);
      const again = await store.letterFiles!.save(
        letterDocument({ fileName: names[index], caseId: c.caseId, reference: c.reference, fields: { reasons: `Corrected ${index}` } })
      );
      expect(again).toMatchObject({ url: saved[index].url, letterId: saved[index].letterId });
      expectOnlyChanged(before, await siteSnapshot(admin), { changed: [itemKey('Letters', itemId)] });
    }
    for (const [index, c] of cases.entries()) {
      const letters = await store.letters.listByCase(c.caseId);
      expect(letters.map((letter) => [letter.value.id, letter.value.fields.reasons, letter.value.fields.documentUrl])).toEqual([
        [saved[index].letterId, `Corrected ${index}`, saved[index].url]
      ]);
    }
    const files = await admin.web.lists.getByTitle('Letters').rootFolder.files.select('Name')<{ Name: string }[]>();
    expect(
      files
        .filter((file) => file.Name.startsWith('2026-12-12 '))
        .map((file) => file.Name)
        .sort()
    ).toEqual(saved.map((s) => s.url.slice(s.url.lastIndexOf('/') + 1)).sort());
  });

  it('a letter already recorded as sent is never replaced: the next save the same day is a new letter', async () => {
    const store = harness.storeAs('cara.cro');
    const first = await store.letterFiles!.save(letterDocument({ caseId: 'case-sent-then-again', fileName: 'Sent then again.docx' }));
    // Recorded as sent (the case save does this through the letter's columns).
    const { itemId } = await store.letters.get(first.letterId);
    await harness
      .spAs('cara.cro')
      .web.lists.getByTitle('Letters')
      .items.getById(itemId)
      .update({ SentOn: toSharePointDate(isoDate('2026-12-12')) });
    const sentBytes = await harness.spAs('svc.ccm').web.getFileByServerRelativePath(first.url).getBuffer();

    const next = await store.letterFiles!.save(letterDocument({ caseId: 'case-sent-then-again', fileName: 'Sent then again.docx' }));
    expect(next.letterId).not.toBe(first.letterId);
    expect(next.url).not.toBe(first.url);
    const stillSent = await harness.spAs('svc.ccm').web.getFileByServerRelativePath(first.url).getBuffer();
    expect(Array.from(new Uint8Array(stillSent))).toEqual(Array.from(new Uint8Array(sentBytes)));
    expect((await store.letters.get(first.letterId)).value.sentOn).toBe('2026-12-12');
  });

  it('a document whose name cannot be made safe is refused in plain words, and nothing is written', async () => {
    const store = harness.storeAs('cara.cro');
    const admin = harness.spAs('svc.ccm');
    const before = await siteSnapshot(admin);
    const refused = await store
      .letterFiles!.save(letterDocument({ caseId: 'case-unsafe-name', fileName: ' ... ' }))
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationFailedError);
    expect((refused as Error).message).toMatch(/has no name we can use\. Rename the file/);
    expectOnlyChanged(before, await siteSnapshot(admin), {});
  });

  it('refuses a member of staff outside the case team, and nothing is written', async () => {
    await expect(
      harness.storeAs('sam.staff').letterFiles!.save(letterDocument({ caseId: 'case-letters-2', fileName: 'staff attempt.docx' }))
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await harness.storeAs('cara.cro').letters.listByCase('case-letters-2')).toHaveLength(0);
  });
});
