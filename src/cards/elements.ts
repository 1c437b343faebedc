import type { CardElement } from './types';
import { literal, literalLine } from './plainText';

/**
 * Small element helpers. Text from people goes through `userText`/`facts`, which use
 * TextRuns (never Markdown); `trustedText` is only for fixed wording in this package.
 */

export function heading(trustedWording: string): CardElement {
  return { type: 'TextBlock', text: trustedWording, weight: 'Bolder', size: 'Medium', wrap: true, style: 'heading' };
}

export function trustedText(wording: string, options: Readonly<Record<string, unknown>> = {}): CardElement {
  return { type: 'TextBlock', text: wording, wrap: true, ...options };
}

export interface Run {
  text: string;
  /** Styling is chosen by the builder, never by the text. */
  weight?: 'Bolder';
  isSubtle?: boolean;
}

/** A paragraph mixing fixed wording and people's text, none of it Markdown. */
export function runs(parts: readonly Run[], options: Readonly<Record<string, unknown>> = {}): CardElement {
  return {
    type: 'RichTextBlock',
    inlines: parts.map((part) => ({
      type: 'TextRun',
      text: literal(part.text),
      ...(part.weight ? { weight: part.weight } : {}),
      ...(part.isSubtle ? { isSubtle: true } : {})
    })),
    ...options
  };
}

export function userText(text: string | undefined, options: Readonly<Record<string, unknown>> = {}): CardElement {
  return runs([{ text: text ?? '' }], options);
}

export interface Fact {
  /** Fixed wording. */
  title: string;
  /** Raw value, possibly typed by a person. */
  value: string;
}

/**
 * Label/value rows. Not a FactSet: FactSet values render Markdown, and these values
 * include names and references typed by people.
 */
export function facts(rows: readonly Fact[]): CardElement {
  return {
    type: 'Container',
    items: rows
      .filter((row) => row.value.trim() !== '')
      .map((row) => ({
        type: 'ColumnSet',
        spacing: 'Small',
        columns: [
          { type: 'Column', width: 2, items: [trustedText(row.title, { weight: 'Bolder' })] },
          {
            type: 'Column',
            width: 5,
            items: [{ type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: literalLine(row.value, 400) }] }]
          }
        ]
      }))
  };
}

export function section(title: string, items: readonly CardElement[]): CardElement {
  return { type: 'Container', spacing: 'Medium', separator: true, items: [trustedText(title, { weight: 'Bolder' }), ...items] };
}

export function bulletList(lines: readonly string[]): CardElement[] {
  return lines.map((line) => userText(`• ${line}`, { spacing: 'Small' }));
}

export function openLink(title: string, url: string): CardElement {
  return { type: 'Action.OpenUrl', title, url };
}
