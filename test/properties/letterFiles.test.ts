// Property: a letter's file is its own (issue 14). Whatever the references, dates and ids, two
// letters never get the same file name, the same letter always gets the same one, and the name
// is safe for SharePoint; against the emulator, letters for cases whose references reduce to
// one readable name, produced the same day, each keep their own file, saving one again replaces
// only that file, and nothing else in the site changes.
import fc from 'fast-check';
import type { LetterDocumentToSave } from '../../src/data/ports';
import { letterFileNameWithId } from '../../src/data/sharepoint/repositories/letterRepository';
import { isoDate, LETTER_TYPES, type IsoDate } from '../../src/domain';
import { FILE_NAME_MAX_LENGTH, safeFileName } from '../../src/domain/validation/fileNames';
import { letterFileName } from '../../src/ui/screens/letters/letterFileName';
import { startHarness, type Harness } from '../data/emulatorHarness';
import { hostileText } from './support/arbitraries';
import { difference, expectOnlyChanged, itemKey, siteSnapshot } from './support/siteSnapshot';

const calendarDay: fc.Arbitrary<IsoDate> = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => isoDate(d.toISOString().slice(0, 10)));

/** The readable name the Letters screen gives, for any reference a person could type. */
const readableName: fc.Arbitrary<string> = fc
  .record({ type: fc.constantFrom(...LETTER_TYPES), reference: hostileText(120), date: calendarDay })
  .map((draft) => letterFileName(draft));

describe('letter file names carry the letter id (fast-check)', () => {
  test('distinct letters never share a name, as SharePoint compares names; the same letter keeps its name', () => {
    fc.assert(
      fc.property(readableName, readableName, fc.uuid(), fc.uuid(), (nameA, nameB, idA, idB) => {
        const a = letterFileNameWithId(safeName(nameA), idA);
        const b = letterFileNameWithId(safeName(nameB), idB);
        if (idA !== idB) expect(a.toLowerCase()).not.toBe(b.toLowerCase());
        expect(letterFileNameWithId(safeName(nameA), idA)).toBe(a);
        for (const name of [a, b]) {
          expect(safeFileName(name)).toEqual({ ok: true, name });
          expect(name.length).toBeLessThanOrEqual(FILE_NAME_MAX_LENGTH);
        }
        expect(a.endsWith(` ${idA}.docx`)).toBe(true);
      }),
      { numRuns: 300 }
    );
  });
});

function safeName(readable: string): string {
  const safe = safeFileName(readable);
  if (!safe.ok) throw new Error(`The Letters screen made an unusable name: ${readable}`);
  return safe.name;
}

describe('letters in the Letters library never share a file (fast-check, emulator)', () => {
  let harness: Harness;
  let run = 0;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  function document(caseId: string, reference: string, date: IsoDate, reasons: string): LetterDocumentToSave {
    return {
      fileName: letterFileName({ type: 'RestrictionDecision', reference, date }),
      bytes: new TextEncoder().encode(`${caseId} ${reasons}`).buffer as ArrayBuffer,
      type: 'RestrictionDecision',
      caseId,
      reference,
      templateVersion: '1',
      fields: { reasons }
    };
  }

  test('two cases, one readable name, one day: two files; each saved again replaces only its own', async () => {
    const store = harness.storeAs('cara.cro');
    const admin = harness.spAs('svc.ccm');
    // Pairs of references that differ only where a file name cannot (": ?" become "-").
    const collidingReferences = fc
      .tuple(
        fc.stringMatching(/^[A-Z]{2,4}[-/:?*][0-9]{1,5}$/),
        fc.constantFrom('-', '/', ':', '?', '*', '|'),
        fc.constantFrom('/', ':', '?', '"')
      )
      .map(([reference, a, b]) => [reference.replace(/[-/:?*]/, a), reference.replace(/[-/:?*]/, b)] as const);
    await fc.assert(
      fc.asyncProperty(collidingReferences, calendarDay, async ([referenceA, referenceB], date) => {
        run += 1;
        const cases = [`case-file-${run}-a`, `case-file-${run}-b`];
        const documents = [document(cases[0], referenceA, date, 'first'), document(cases[1], referenceB, date, 'first')];
        expect(documents[0].fileName).toBe(documents[1].fileName);

        const saved = [];
        for (const file of documents) {
          const before = await siteSnapshot(admin);
          saved.push(await store.letterFiles!.save(file));
          const after = await siteSnapshot(admin);
          expectOnlyChanged(before, after, { added: (key) => key.startsWith('Letters/') });
          expect(difference(before, after).added).toHaveLength(1);
        }
        expect(saved[0].url).not.toBe(saved[1].url);

        const before = await siteSnapshot(admin);
        const again = await store.letterFiles!.save(document(cases[1], referenceB, date, 'corrected'));
        expect(again).toMatchObject({ url: saved[1].url, letterId: saved[1].letterId });
        const { itemId } = await store.letters.get(saved[1].letterId);
        expectOnlyChanged(before, await siteSnapshot(admin), { changed: [itemKey('Letters', itemId)] });
        expect(new TextDecoder().decode(await admin.web.getFileByServerRelativePath(saved[0].url).getBuffer())).toBe(`${cases[0]} first`);
        expect(new TextDecoder().decode(await admin.web.getFileByServerRelativePath(saved[1].url).getBuffer())).toBe(
          `${cases[1]} corrected`
        );
      }),
      { numRuns: 6 }
    );
  });
});
