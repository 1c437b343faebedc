// Lays out a letter as a Word document. Only the lazily loaded letter chunk imports this
// file, because the docx library is large. Real heading styles (not bold text) are used so
// that screen readers and Word's navigation pane can move through the letter.
import { AlignmentType, Document, HeadingLevel, ImageRun, Paragraph, TextRun } from 'docx';
import { formatLongDate } from '../../../domain';
import { LETTER_TYPE_LABELS } from '../../../domain/letters';
import type { LetterDraft } from './letterDraft';
import { LETTER_ITEM_HEADINGS } from './letterHeadings';
import { letterItemsToShow } from './letterItemsToShow';
import { LETTER_TEMPLATES } from './letterTemplates';

// 12pt Arial: the size and face the council's accessible-letters guidance asks for.
const BODY_FONT: string = 'Arial';
const BODY_SIZE_HALF_POINTS: number = 24;
const BULLET_PREFIX: string = '- ';

function textParagraphs(text: string): Paragraph[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) =>
      line.indexOf(BULLET_PREFIX) === 0
        ? new Paragraph({ text: line.slice(BULLET_PREFIX.length), bullet: { level: 0 } })
        : new Paragraph({ text: line, spacing: { after: 160 } })
    );
}

/** The logo, top right, with the administrator's words for it (read out by a screen reader). */
function logoParagraphs(draft: LetterDraft): Paragraph[] {
  const logo = draft.councilLogo;
  if (logo === undefined) return [];
  return [
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { after: 120 },
      children: [
        new ImageRun({
          type: logo.type,
          data: logo.bytes,
          transformation: { width: logo.width, height: logo.height },
          altText: { name: 'Council logo', title: logo.altText, description: logo.altText }
        })
      ]
    })
  ];
}

function letterHead(draft: LetterDraft): Paragraph[] {
  const lines = [
    ...logoParagraphs(draft),
    new Paragraph({ children: [new TextRun({ text: draft.councilName, bold: true })], alignment: AlignmentType.RIGHT }),
    ...(draft.councilAddressLines ?? []).map((line) => new Paragraph({ text: line, alignment: AlignmentType.RIGHT })),
    new Paragraph({ text: `Date: ${formatLongDate(draft.date)}`, alignment: AlignmentType.RIGHT }),
    new Paragraph({ text: `Our reference: ${draft.reference}`, alignment: AlignmentType.RIGHT, spacing: { after: 240 } }),
    new Paragraph({ text: draft.recipient.name })
  ];
  for (const addressLine of draft.recipient.addressLines) {
    lines.push(new Paragraph({ text: addressLine }));
  }
  return lines;
}

function itemSections(draft: LetterDraft): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const slot of letterItemsToShow(draft.type, draft.context)) {
    const text = draft.content[slot.item];
    // Optional items left blank are simply omitted; required ones were checked before this.
    if (typeof text !== 'string' || text.trim() === '') {
      continue;
    }
    paragraphs.push(new Paragraph({ text: LETTER_ITEM_HEADINGS[slot.item], heading: HeadingLevel.HEADING_2 }));
    paragraphs.push(...textParagraphs(text));
  }
  return paragraphs;
}

/** "Dear Brian Brannigan": the full name and no title, unless the officer wrote otherwise. */
export function salutationOf(draft: Pick<LetterDraft, 'salutation' | 'recipient'>): string {
  const given = draft.salutation?.trim() ?? '';
  return given !== '' ? given : `Dear ${draft.recipient.name}`;
}

/** The closing words, never pointing to "the address above" when no address is printed. */
function closingOf(draft: LetterDraft, closing: string): string {
  const hasAddress = (draft.councilAddressLines ?? []).some((line) => line.trim() !== '');
  return hasAddress ? closing : closing.replace(' or write to us at the address above', '');
}

export function buildLetterDocument(draft: LetterDraft): Document {
  const template = LETTER_TEMPLATES[draft.type];
  return new Document({
    title: `${template.title} (${draft.reference})`,
    subject: LETTER_TYPE_LABELS[draft.type],
    creator: draft.councilName,
    description: `Template ${template.version}`,
    styles: {
      default: {
        document: { run: { font: BODY_FONT, size: BODY_SIZE_HALF_POINTS, language: { value: 'en-GB' } } }
      }
    },
    sections: [
      {
        children: [
          ...letterHead(draft),
          new Paragraph({ text: salutationOf(draft), spacing: { before: 240, after: 240 } }),
          new Paragraph({ text: template.title, heading: HeadingLevel.HEADING_1 }),
          ...textParagraphs(template.opening),
          ...itemSections(draft),
          ...textParagraphs(closingOf(draft, template.closing)),
          new Paragraph({ text: 'Yours sincerely', spacing: { before: 240, after: 480 } }),
          new Paragraph({ text: draft.signatory.name }),
          new Paragraph({ text: draft.signatory.jobTitle })
        ]
      }
    ]
  });
}
