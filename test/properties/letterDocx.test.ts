// Property: the Word letter (issue 14). Whatever text is in every field of a letter (the items,
// the recipient, the signatory, the reference, the salutation, the council's details), the
// generator either refuses and says what is missing, or produces a .docx whose every XML part
// parses with a strict XML 1.0 parser, and what people wrote is in the letter (cleaned of
// nothing but the characters XML cannot hold).
import fc from 'fast-check';
import JSZip from 'jszip';
import { LETTER_TYPES, isoDate } from '../../src/domain';
import { generateLetterDocx } from '../../src/ui/screens/letters/generateLetterDocx';
import type { LetterDraft } from '../../src/ui/screens/letters/letterDraft';
import { letterItemsToShow } from '../../src/ui/screens/letters/letterItemsToShow';
import { withoutForbiddenCharacters } from '../../src/domain/validation/plainText';
import { hostileText, sizedText } from './support/arbitraries';
import { xmlProblem, xmlText } from './support/xml';

const RUNS: number = 30;

const text = fc.oneof({ weight: 5, arbitrary: hostileText(60) }, { weight: 1, arbitrary: sizedText(4000) });

const draft: fc.Arbitrary<LetterDraft> = fc
  .record({
    type: fc.constantFrom(...LETTER_TYPES),
    regime: fc.constantFrom('FOIA' as const, 'EIR' as const),
    recipientName: text,
    addressLines: fc.array(text, { maxLength: 4 }),
    signatoryName: text,
    jobTitle: text,
    reference: text,
    councilName: text,
    councilAddressLines: fc.option(fc.array(text, { maxLength: 3 }), { nil: undefined }),
    salutation: fc.option(text, { nil: undefined }),
    itemTexts: fc.array(text, { minLength: 20, maxLength: 20 })
  })
  .map(({ type, regime, itemTexts, ...fields }) => {
    const context = type === 'FoiRefusal' ? { regime } : {};
    const content: Record<string, string> = {};
    letterItemsToShow(type, context).forEach((slot, index) => {
      content[slot.item] = itemTexts[index % itemTexts.length];
    });
    return {
      type,
      context,
      content,
      recipient: { name: fields.recipientName, addressLines: fields.addressLines },
      signatory: { name: fields.signatoryName, jobTitle: fields.jobTitle },
      reference: fields.reference,
      date: isoDate('2026-11-28'),
      channel: 'letter',
      councilName: fields.councilName,
      councilAddressLines: fields.councilAddressLines,
      salutation: fields.salutation
    };
  });

describe('the Word letter with any text in every field (fast-check)', () => {
  test('refused with the missing items named, or every XML part of the .docx parses', async () => {
    await fc.assert(
      fc.asyncProperty(draft, async (letter) => {
        const result = await generateLetterDocx(letter);
        if (!result.ok) {
          expect(result.validation.missing.length).toBeGreaterThan(0);
          return;
        }
        const zip = await JSZip.loadAsync(result.bytes);
        const parts = Object.values(zip.files).filter((file) => !file.dir && /\.(xml|rels)$/.test(file.name));
        expect(parts.map((part) => part.name)).toContain('word/document.xml');
        for (const part of parts) {
          const xml = await part.async('string');
          expect({ part: part.name, problem: xmlProblem(xml) }).toEqual({ part: part.name, problem: undefined });
        }
        // Nothing lost: every word of every item, and the recipient's name, is in the letter.
        const letterText = xmlText(await zip.file('word/document.xml')!.async('string'));
        const written = [...Object.values(letter.content), letter.recipient.name, letter.reference, letter.signatory.name];
        for (const word of written.flatMap((value) => withoutForbiddenCharacters(value ?? '').match(/[\p{L}\p{N}]{3,}/gu) ?? [])) {
          expect(letterText).toContain(word);
        }
      }),
      { numRuns: RUNS }
    );
  });
});
