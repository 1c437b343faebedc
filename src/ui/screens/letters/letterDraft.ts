// Everything needed to produce one letter. Plain data, so the form, the generator and the
// tests share one shape.
import type { IsoDate, LetterChannel, LetterType } from '../../../domain';
import type { LetterContent, LetterContext } from '../../../domain/letters';
import type { LetterLogo } from './letterLogo';

export interface LetterRecipient {
  readonly name: string;
  /** Postal address, one line per line; empty for email. */
  readonly addressLines: readonly string[];
}

export interface LetterSignatory {
  readonly name: string;
  readonly jobTitle: string;
}

export interface LetterDraft {
  readonly type: LetterType;
  readonly context: LetterContext;
  /** Content keyed by letter item, as the Letter entity stores it. */
  readonly content: LetterContent;
  readonly recipient: LetterRecipient;
  readonly signatory: LetterSignatory;
  /** Case or FOI request reference printed as "Our reference". */
  readonly reference: string;
  readonly date: IsoDate;
  readonly channel: LetterChannel;
  /** Printed at the top; configuration, not code. */
  readonly councilName: string;
  /** The council's postal address, printed under its name (Settings councilDetails, administration screen). */
  readonly councilAddressLines?: readonly string[];
  /** The council's logo, fetched when the letter is produced (Council details, administration screen). */
  readonly councilLogo?: LetterLogo;
  /** "Dear ..." as the officer left it; "Dear <full name>" when not given (never a guessed title). */
  readonly salutation?: string;
}
