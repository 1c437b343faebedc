// The Word letter generator: the mandatory content ends up in word/document.xml, and an
// incomplete letter is refused with the missing items named (BR-06, BR-07, BR-18).
import JSZip from 'jszip';
import { isoDate } from '../../src/domain';
import { generateLetterDocx } from '../../src/ui/screens/letters/generateLetterDocx';
import type { LetterDraft } from '../../src/ui/screens/letters/letterDraft';
import { letterFileName } from '../../src/ui/screens/letters/letterFileName';
import { letterItemsToShow } from '../../src/ui/screens/letters/letterItemsToShow';
import { LETTER_TEMPLATES, RESTRICTION_LETTER_TYPES } from '../../src/ui/screens/letters/letterTemplates';

const restrictionContent: Record<string, string> = {
  behaviourOfConcern: 'On 3 November 2026 you shouted at staff at the Castle House reception.',
  decisionReasons: 'Staff felt threatened and monitoring since August has not changed the behaviour.',
  actionTaken: 'Please contact us only by email to ccm@example.gov.uk.',
  scope: 'The Housing service.',
  duration: 'Until 31 May 2027.',
  decisionAndReviewDates: 'Decided on 28 November 2026; review on 28 February 2027.',
  howToAppeal: 'Write to the Executive Director within 10 working days of receiving this letter.',
  ombudsmanRight: 'You can complain to the Local Government and Social Care Ombudsman.'
};

function draft(overrides: Partial<LetterDraft> = {}): LetterDraft {
  return {
    type: 'RestrictionDecision',
    context: {},
    content: restrictionContent,
    recipient: { name: 'Seán O\u2019Brien', addressLines: ['1 High Street', 'Newcastle-under-Lyme', 'ST5 1AA'] },
    signatory: { name: 'Sam Patel', jobTitle: 'Customer Relations Officer' },
    reference: 'CCM-2026-0042',
    date: isoDate('2026-11-28'),
    channel: 'letter',
    councilName: 'Newcastle-under-Lyme Borough Council',
    ...overrides
  };
}

async function documentXml(bytes: ArrayBuffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file('word/document.xml');
  if (!file) {
    throw new Error('word/document.xml is missing');
  }
  return file.async('string');
}

function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

describe('letters: Word document generation', () => {
  test('BR-07 a complete restriction letter contains every mandatory item in word/document.xml', async () => {
    const result = await generateLetterDocx(draft());
    if (!result.ok) {
      throw new Error(`unexpected refusal: ${result.validation.missing.map((m) => m.label).join(', ')}`);
    }
    const xml = await documentXml(result.bytes);
    for (const text of Object.values(restrictionContent)) {
      expect(xml).toContain(xmlText(text));
    }
    expect(xml).toContain('28 November 2026');
    expect(xml).toContain('CCM-2026-0042');
    expect(xml).toContain('Seán O\u2019Brien');
    expect(xml).toContain('How to challenge or appeal this decision');
    expect(result.fileName).toBe('2026-11-28 CCM-2026-0042 Restriction decision letter.docx');
  });

  test('BR-07 an incomplete restriction letter is refused, naming exactly the missing items', async () => {
    const incomplete = { ...restrictionContent, howToAppeal: '[insert appeal route]', ombudsmanRight: '  ' };
    const result = await generateLetterDocx(draft({ content: incomplete }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.validation.missing.map((m) => [m.item, m.reason])).toEqual([
      ['howToAppeal', 'placeholder'],
      ['ombudsmanRight', 'empty']
    ]);
  });

  test('BR-06 a monitoring letter needs the SPOC and a copy of the policy', async () => {
    const result = await generateLetterDocx(
      draft({
        type: 'MonitoringWarning',
        content: {
          behaviourOfConcern: 'Forty emails in one week about the same bin collection.',
          expectations: 'One email a week to the contact below.',
          duration: 'Three months from the date of this letter.',
          consequences: 'We may restrict how you contact us.'
        }
      })
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.validation.missing.map((m) => m.item)).toEqual(['singlePointOfContact', 'policyCopy']);
  });

  test('BR-18 an EIR refusal must state the public interest test; a FOIA one need not', async () => {
    const content = {
      provisionRelied: 'Regulation 12(4)(b).',
      internalReviewRoute: 'Write to foi@example.gov.uk within 40 working days.',
      icoRight: 'You may complain to the ICO.'
    };
    const eir = await generateLetterDocx(draft({ type: 'FoiRefusal', context: { regime: 'EIR' }, content }));
    expect(eir.ok).toBe(false);
    const foia = await generateLetterDocx(draft({ type: 'FoiRefusal', context: { regime: 'FOIA' }, content }));
    expect(foia.ok).toBe(true);
  });

  test.each(RESTRICTION_LETTER_TYPES)('BR-07 a %s document says the restriction is made under the council\u2019s policy', async (type) => {
    // Every item the type can show, filled in, so the only wording in question is the template's own.
    const content: Record<string, string> = {};
    for (const slot of letterItemsToShow(type, { reviewOutcome: 'Continue' })) content[slot.item] = `Our words for ${slot.item}.`;
    const result = await generateLetterDocx(
      draft({ type, context: type === 'ReviewOutcome' ? { reviewOutcome: 'Continue' } : {}, content })
    );
    if (!result.ok) throw new Error(`unexpected refusal: ${result.validation.missing.map((m) => m.label).join(', ')}`);
    const xml = await documentXml(result.bytes);
    expect(xml).toContain('made under the council\u2019s Case Management Policy for unacceptable customer behaviour');
    expect(LETTER_TEMPLATES[type].opening).toContain('Case Management Policy');
  });

  test('BR-07 the restriction letter types are exactly those that impose, continue, vary or end a restriction', () => {
    expect(RESTRICTION_LETTER_TYPES).toEqual(['RestrictionDecision', 'ReviewOutcome', 'AppealOutcome', 'RestrictionEnded']);
    expect(LETTER_TEMPLATES.MonitoringWarning.opening).not.toContain('made under');
  });

  test('BR-10 a review outcome document that continues the restriction has what applies from now under its own heading', async () => {
    const content = {
      reviewResult: 'The restriction continues.',
      reviewReasons: 'Two abusive emails in November.',
      whatAppliesNow: 'From 28 November 2026 until 31 May 2027:\n- Single point of contact\nWhere it applies: The Housing service.',
      nextReviewDate: 'We will review it again by 28 February 2027.',
      howToAppeal: 'Write to your single point of contact within 10 working days.',
      ombudsmanRight: 'You can complain to the Local Government and Social Care Ombudsman.'
    };
    const result = await generateLetterDocx(draft({ type: 'ReviewOutcome', context: { reviewOutcome: 'Continue' }, content }));
    if (!result.ok) throw new Error('unexpected refusal');
    const xml = await documentXml(result.bytes);
    expect(xml).toContain('What applies from now');
    expect(xml).toContain('Where it applies: The Housing service.');
    const missing = await generateLetterDocx(
      draft({ type: 'ReviewOutcome', context: { reviewOutcome: 'Continue' }, content: { ...content, whatAppliesNow: '' } })
    );
    expect(missing.ok).toBe(false);
  });

  test('file names are safe for SharePoint', () => {
    expect(letterFileName({ type: 'MonitoringWarning', reference: 'CCM/12:34?', date: isoDate('2026-11-28') })).toBe(
      '2026-11-28 CCM-12-34- Monitoring (warning) letter.docx'
    );
  });
});
