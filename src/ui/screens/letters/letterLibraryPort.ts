// Saving a finished letter to the Letters document library. The data ports do not yet have
// a file upload call, so the screen asks the store for this optional capability and, when
// the host does not provide it, still offers the download and says the file was not saved.
import type { CaseId, LetterChannel, LetterType } from '../../../domain';

export interface LetterFileToSave {
  readonly fileName: string;
  readonly bytes: ArrayBuffer;
  readonly type: LetterType;
  readonly caseId?: CaseId;
  readonly reference: string;
  readonly templateVersion: string;
  /** Content keyed by letter item, stored with the file as the Letter's fields. */
  readonly fields: Readonly<Record<string, string>>;
  /** How the letter is to go, as chosen when it was written. */
  readonly channel?: LetterChannel;
}

export interface SavedLetterFile {
  /** Where the file now lives, for a link. */
  readonly url: string;
  /**
   * The id of the Letter the library keeps with the file. Recording the letter as sent uses
   * this id, so the case keeps one letter (the document, then sent), not two.
   */
  readonly letterId: string;
  /** The library item's etag as saved. */
  readonly etag: string;
}

export interface LetterLibraryPort {
  save(file: LetterFileToSave): Promise<SavedLetterFile>;
}

/** The store's letter library, when the host provides one. */
export function letterLibraryOf(store: object): LetterLibraryPort | undefined {
  const candidate = (store as { letterFiles?: Partial<LetterLibraryPort> }).letterFiles;
  return candidate && typeof candidate.save === 'function' ? (candidate as LetterLibraryPort) : undefined;
}
