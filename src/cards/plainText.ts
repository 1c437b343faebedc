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
// Also removed: U+FFFE/U+FFFF and unpaired surrogates, which are not characters at all and turn
// into replacement marks (or break the card) on their way to Teams.
const INVISIBLE_CONTROLS: RegExp =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point: they are removed.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const MARKUP_CHARACTERS: RegExp = /[\\`*_{}[\]()#+\-.!<>|~:&]/g;

export const DEFAULT_TEXT_LIMIT: number = 1000;

export function literal(text: string | undefined, maxLength: number = DEFAULT_TEXT_LIMIT): string {
  const cleaned = (text ?? '').replace(INVISIBLE_CONTROLS, '').replace(/\r\n?/g, '\n');
  if (cleaned.length <= maxLength) return cleaned;
  // Clipped by whole characters: cutting inside a surrogate pair would leave half an emoji.
  let clipped = '';
  for (const character of cleaned) {
    if (clipped.length + character.length > maxLength - 1) break;
    clipped += character;
  }
  return `${clipped}…`;
}

/** One-line values (names, references). */
export function literalLine(text: string | undefined, maxLength: number = 200): string {
  return literal((text ?? '').replace(/\s+/g, ' ').trim(), maxLength);
}

export function markdownEscaped(text: string | undefined, maxLength: number = DEFAULT_TEXT_LIMIT): string {
  return literal(text, maxLength).replace(MARKUP_CHARACTERS, (ch) => `\\${ch}`);
}
