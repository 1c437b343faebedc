// What free text may hold, checked at every boundary (issue 14): the tab's forms, the service
// API and card actions. SharePoint stores text as XML and letters are Word (XML) documents, so
// characters XML 1.0 forbids (NUL, most C0 controls, U+FFFE/U+FFFF, lone surrogates) would be
// stored and then break a letter or a search; over-long text would be stored and never read.

import { MULTI_LINE_TEXT_MAX, SINGLE_LINE_TEXT_MAX } from './limits';

/**
 * Longest text each kind of field takes, in SharePoint's own measure (UTF-16 code units, as
 * its column limits count them; the field validators in fieldValidators.ts count the same way),
 * so nothing accepted here is refused by the list.
 */
export const TEXT_LIMITS = {
  /** A name, a title, one line: SharePoint's single line of text. */
  line: SINGLE_LINE_TEXT_MAX,
  /** Reasons, comments, outcomes: the approver's or reviewer's words (a note column; a page at most by choice). */
  reasons: 4000,
  /** What happened: the incident narrative, an appeal statement. SharePoint's note column. */
  narrative: MULTI_LINE_TEXT_MAX
} as const;

export type TextLimit = keyof typeof TEXT_LIMITS;

// Tab, line feed and carriage return are allowed; every other C0 control, U+FFFE, U+FFFF and
// unpaired surrogates are not. (Matching control characters is the point here.)
const FORBIDDEN: RegExp =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

const EVERY_FORBIDDEN: RegExp =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** True when the text holds a character XML 1.0 forbids (so SharePoint or a Word letter would break). */
export function hasForbiddenCharacters(value: string): boolean {
  return FORBIDDEN.test(value);
}

/**
 * The text without the characters XML 1.0 forbids. For output that must be XML whatever it is
 * given (a Word letter): input boundaries refuse such text instead, and say so.
 */
export function withoutForbiddenCharacters(value: string): string {
  return value.replace(EVERY_FORBIDDEN, '');
}

/** The problem with a piece of text, in plain words, or undefined when it may be stored. `label` reads inside a sentence: "the reasons". */
export function plainTextProblem(value: string, limit: TextLimit, label: string): string | undefined {
  if (hasForbiddenCharacters(value)) {
    return `There are characters in ${label} that cannot be stored (control or invalid characters, often from copying and pasting). Retype the text and try again.`;
  }
  const max = TEXT_LIMITS[limit];
  const length = value.length;
  if (length > max) {
    return `Too long: ${length.toLocaleString('en-GB')} characters in ${label}, at most ${max.toLocaleString('en-GB')}. Shorten it and try again.`;
  }
  return undefined;
}
