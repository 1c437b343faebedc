/**
 * Text that came from a customer or a member of staff is shown as text, never as markup.
 *
 * The builders put such text only in `TextRun`s: the Adaptive Cards spec never applies
 * Markdown to a TextRun, so "[click](https://evil)", "**bold**" and "<at>Everyone</at>"
 * show exactly as typed. TextBlocks and FactSets (which do render Markdown) carry only
 * fixed wording. `literal` additionally removes invisible characters that could hide or
 * reorder text (bidi overrides, zero-width spaces) and clips very long values.
 * `markdownEscaped` is for the rare place where user text must sit inside Markdown.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are removed.
const INVISIBLE_CONTROLS: RegExp = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g;
const MARKUP_CHARACTERS: RegExp = /[\\`*_{}[\]()#+\-.!<>|~:&]/g;

export const DEFAULT_TEXT_LIMIT: number = 1000;

export function literal(text: string | undefined, maxLength: number = DEFAULT_TEXT_LIMIT): string {
  const cleaned = (text ?? '').replace(INVISIBLE_CONTROLS, '').replace(/\r\n?/g, '\n');
  return cleaned.length > maxLength ? `${cleaned.slice(0, maxLength - 1)}…` : cleaned;
}

/** One-line values (names, references). */
export function literalLine(text: string | undefined, maxLength: number = 200): string {
  return literal((text ?? '').replace(/\s+/g, ' ').trim(), maxLength);
}

export function markdownEscaped(text: string | undefined, maxLength: number = DEFAULT_TEXT_LIMIT): string {
  return literal(text, maxLength).replace(MARKUP_CHARACTERS, (ch) => `\\${ch}`);
}
