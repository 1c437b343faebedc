import type { Letter } from '../../../domain';
import type { LetterValidation } from '../../../domain/letters';
import type { LetterDraft } from './letterDraft';

export type LetterProduction =
  | { status: 'idle' }
  | { status: 'working' }
  | { status: 'refused'; validation: LetterValidation }
  | {
      status: 'done';
      fileName: string;
      file: Blob;
      /** What the document was made from, so the letter recorded as sent is exactly that one. */
      draft: LetterDraft;
      templateVersion: string;
      savedUrl?: string;
      /** The Letter the library keeps with the file: recording it as sent updates this one. */
      savedLetterId?: string;
      saveError?: unknown;
      /** Why the letter has no logo though one is configured (it could not be fetched or read). */
      logoProblem?: string;
    }
  | { status: 'failed'; error: unknown };

/** A letter produced earlier for this case and type and not yet recorded as sent. */
export interface EarlierLetter {
  readonly letter: Letter;
  readonly producedOn: string | undefined;
  readonly url: string | undefined;
  /** The same letter as a production, so it can be recorded as sent. */
  readonly production: Extract<LetterProduction, { status: 'done' }>;
}
