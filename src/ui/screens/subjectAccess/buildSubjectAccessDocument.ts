// Lays out the subject access bundle as a Word document: real heading styles (Heading 1 for
// each part, Heading 2 for each record) so Word's navigation pane and screen readers move
// through it; every third party's name highlighted and followed by its flag, "[TP3]", so the
// mark survives printing in black and white. Only the lazily loaded chunk imports this file
// (the docx library is large).
import { Document, HeadingLevel, HighlightColor, Paragraph, TextRun } from 'docx';
import type { ReadableBundle, ReadableLine, ReadableRun } from '../../../domain';
import { withoutForbiddenCharacters as clean } from '../../../domain/validation/plainText';

const BODY_FONT: string = 'Arial';
const BODY_SIZE_HALF_POINTS: number = 24;

function runsOf(runs: readonly ReadableRun[]): TextRun[] {
  return runs.flatMap((run) =>
    run.thirdPartyRef === undefined
      ? [new TextRun({ text: clean(run.text) })]
      : [
          new TextRun({ text: clean(run.text), highlight: HighlightColor.YELLOW }),
          new TextRun({ text: ` [${run.thirdPartyRef}]`, bold: true, highlight: HighlightColor.YELLOW })
        ]
  );
}

function lineParagraph(line: ReadableLine): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text: `${clean(line.label)}: `, bold: true }), ...runsOf(line.value)],
    spacing: { after: 80 }
  });
}

export function buildSubjectAccessDocument(readable: ReadableBundle, councilName: string): Document {
  const children: Paragraph[] = [
    new Paragraph({ text: clean(readable.title), heading: HeadingLevel.TITLE }),
    new Paragraph({
      text: 'Names of other people are highlighted and marked [TPn]: they are flagged for the data protection officer to consider redacting before this is disclosed. Nothing has been removed.',
      spacing: { after: 200 }
    }),
    ...readable.summary.map(lineParagraph)
  ];
  for (const section of readable.sections) {
    children.push(new Paragraph({ text: clean(section.heading), heading: HeadingLevel.HEADING_1 }));
    if (section.note) children.push(new Paragraph({ text: clean(section.note) }));
    for (const record of section.records) {
      children.push(new Paragraph({ text: clean(record.heading), heading: HeadingLevel.HEADING_2 }));
      children.push(...record.lines.map(lineParagraph));
    }
  }
  children.push(new Paragraph({ text: clean(readable.thirdParties.heading), heading: HeadingLevel.HEADING_1 }));
  if (readable.thirdParties.lines.length === 0) children.push(new Paragraph({ text: 'No one else is identified in these records.' }));
  children.push(...readable.thirdParties.lines.map(lineParagraph));
  return new Document({
    title: clean(readable.title),
    subject: 'Subject access request (UK GDPR Article 15)',
    creator: clean(councilName),
    styles: { default: { document: { run: { font: BODY_FONT, size: BODY_SIZE_HALF_POINTS, language: { value: 'en-GB' } } } } },
    sections: [{ children }]
  });
}
