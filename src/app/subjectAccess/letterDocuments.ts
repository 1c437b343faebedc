// The letters' Word documents for a subject access export (BR-23: "letters and their documents").
// A letter produced as a document keeps the file's address in its `documentUrl` field (the
// Letters library item IS the letter); each file is read with the DPO's own permissions, so the
// export hands over the documents the person was sent, not a rebuilt copy. A file no longer
// there is listed as missing; a library the DPO's groups do not open is a gap, never "none".

import { letterDocumentPath, type LetterDocumentListing, type SubjectAccessGap } from '../../domain';
import type { Case } from '../../domain/model';
import { ForbiddenError } from '../../data/errors';
import type { CaseStore } from '../../data/ports';

/** One letter's document as read: where it goes in the zip file, and its bytes. */
export interface LetterDocumentFile {
  letterId: string;
  packagedAs: string;
  bytes: ArrayBuffer;
}

/** The file's name as the library keeps it: the last part of its server-relative address. */
export function fileNameOfDocumentUrl(documentUrl: string): string {
  return documentUrl.slice(documentUrl.lastIndexOf('/') + 1);
}

/**
 * Reads every letter document of the cases, all at once. Two letters never share a file name
 * (the library names each after its letter id), so each has its own place in the zip file.
 */
export async function readLetterDocuments(
  store: Pick<CaseStore, 'letterFiles'>,
  cases: readonly Case[],
  gaps: SubjectAccessGap[]
): Promise<{ listings: Record<string, LetterDocumentListing>; files: LetterDocumentFile[] }> {
  const withDocuments = cases
    .flatMap((kase) => kase.letters)
    .filter((letter) => typeof letter.fields.documentUrl === 'string' && letter.fields.documentUrl !== '');
  const listings: Record<string, LetterDocumentListing> = {};
  const files: LetterDocumentFile[] = [];
  const library = store.letterFiles;
  await Promise.all(
    withDocuments.map(async (letter) => {
      const fileName = fileNameOfDocumentUrl(letter.fields.documentUrl);
      let bytes: ArrayBuffer | undefined;
      try {
        bytes = library ? await library.open(letter.fields.documentUrl) : undefined;
      } catch (error) {
        if (!(error instanceof ForbiddenError)) throw error;
        if (!gaps.some((gap) => gap.section === 'letters')) {
          gaps.push({
            section: 'letters',
            reason: 'Your SharePoint groups do not open the Letters library, so the letters’ documents could not be added.'
          });
        }
      }
      if (bytes === undefined) {
        listings[letter.id] = { fileName, missing: true };
        return;
      }
      const packagedAs = letterDocumentPath(fileName);
      listings[letter.id] = { fileName, packagedAs };
      files.push({ letterId: letter.id, packagedAs, bytes });
    })
  );
  // One order whatever order the reads finished in: the zip file is the same for the same records.
  files.sort((a, b) => (a.packagedAs < b.packagedAs ? -1 : a.packagedAs > b.packagedAs ? 1 : 0));
  return { listings, files };
}
