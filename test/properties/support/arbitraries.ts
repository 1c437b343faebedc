// Text as people and programs really send it (issue 14): any Unicode, plus the characters that
// break something somewhere: SharePoint's forbidden file-name characters, XML 1.0's forbidden
// controls, lone surrogates, Unicode spaces and line breaks, invisible and bidi controls,
// spreadsheet formula starters and CSV/markup punctuation. Shared by every property file so
// each boundary is tried with the same hostile alphabet.
import fc from 'fast-check';

/** One character that is trouble somewhere. Lone surrogates are single UTF-16 units on purpose. */
export const TROUBLE_CHARACTERS: readonly string[] = [
  ...'"*:<>?/\\|#%~&{}[]()!`^$\',;=+-@_.',
  ' ',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000B',
  '\u000C',
  '\u001F',
  '\u007F',
  '\u0085',
  '\u00A0',
  '\u2028',
  '\u2029',
  '\u200B',
  '\u200E',
  '\u202E',
  '\u2066',
  '\uFEFF',
  '\uFFFD',
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '\u{1F600}',
  '\u{10FFFF}',
  'e\u0301',
  'ﬁ',
  'İ',
  'ß',
  'Ω',
  '秀',
  'ŵ',
  '＝'
];

/** A character: often ordinary, often trouble, sometimes any code point at all. */
export const character: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') },
  { weight: 3, arbitrary: fc.constantFrom(...TROUBLE_CHARACTERS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) }
);

/** Text of everyday length built from `character`. */
export function hostileText(maxLength: number = 80): fc.Arbitrary<string> {
  return fc.string({ unit: character, maxLength });
}

/**
 * Text around and far beyond a limit: a short piece repeated to a length just under, at or just
 * over the limit, or anywhere up to twice it, so lengths of tens of thousands cost nothing to
 * generate (and shrink to the shortest piece that still fails). Cutting to length may split a
 * surrogate pair, which is one more kind of trouble.
 */
export function sizedText(limit: number): fc.Arbitrary<string> {
  const repeated = (lengths: fc.Arbitrary<number>): fc.Arbitrary<string> =>
    fc
      .tuple(fc.string({ unit: character, minLength: 1, maxLength: 4 }), lengths)
      .map(([piece, length]) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length));
  return fc.oneof(
    hostileText(40),
    repeated(fc.integer({ min: Math.max(0, limit - 3), max: limit + 3 })),
    repeated(fc.integer({ min: 0, max: limit * 2 }))
  );
}

/** What XML 1.0 forbids, written out here rather than taken from the code under test. */
const XML_FORBIDDEN: RegExp =
  // eslint-disable-next-line no-control-regex -- the point is to match exactly these.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/** Text a person could really type and SharePoint could store: no XML-forbidden characters. */
export const storableCharacter: fc.Arbitrary<string> = character.filter((c) => !XML_FORBIDDEN.test(c));

/** True when every surrogate in the text is half of a pair (the text can be encoded as UTF-8). */
export function isWellFormed(text: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

/** The shape of a plain-words message: a sentence, with nothing a program would say. */
export function isPlainWords(message: unknown): boolean {
  return (
    typeof message === 'string' &&
    /^[A-Z"“]/.test(message) &&
    /[.!?]"?$/.test(message) &&
    !/\bat [\w.<>]+ \(|node_modules|\/work\/|\bundefined\b|\bnull\b|\[object |TypeError|RangeError|Error:/.test(message)
  );
}
