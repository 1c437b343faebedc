// The Letters library for the in-memory fake store, behaving like the SharePoint one where
// the Letters screen can tell: a saved document becomes an unsent Letter on its case (the
// library item IS the case's letter), saving the same file again keeps that letter's id, and
// the answer carries the letter's id and etag. As in SharePoint, the library is its own list:
// saving a document does not move the case's etag.
import type { LetterDocumentStore, SavedLetterDocument } from '../ports';
import type { Letter } from '../../domain';
import type { MemoryStore } from './memoryStore';

export interface MemoryLetterLibrary extends LetterDocumentStore {
  /** File names saved, in order, for assertions. */
  readonly savedFileNames: string[];
}

export function memoryLetterLibrary(store: MemoryStore): MemoryLetterLibrary {
  const idByFileName = new Map<string, string>();
  const savedFileNames: string[] = [];
  const bytesByUrl = new Map<string, ArrayBuffer>();
  let letterVersion = 0;
  return {
    savedFileNames,
    save: async (file): Promise<SavedLetterDocument> => {
      const row = store.tables.cases.all().filter((stored) => stored.value.id === file.caseId)[0];
      if (!row) throw new Error(`No case ${String(file.caseId)} for the letter ${file.fileName}`);
      const letterId = idByFileName.get(file.fileName) ?? `letter-document-${idByFileName.size + 1}`;
      idByFileName.set(file.fileName, letterId);
      savedFileNames.push(file.fileName);
      const url = `/sites/ccm/Letters/${file.fileName}`;
      bytesByUrl.set(url, file.bytes.slice(0));
      const letter: Letter = {
        id: letterId,
        caseId: file.caseId,
        type: file.type,
        templateVersion: file.templateVersion,
        channel: file.channel ?? 'letter',
        fields: { ...file.fields, reference: file.reference, documentUrl: url }
      };
      const others = row.value.letters.filter((kept) => kept.id !== letterId);
      store.tables.cases.replaceKeepingEtag({ ...row.value, letters: others.concat([letter]) });
      letterVersion += 1;
      return { url, letterId, etag: `"letter-${letterVersion}"` };
    },
    open: async (documentUrl: string): Promise<ArrayBuffer | undefined> => bytesByUrl.get(documentUrl)?.slice(0)
  };
}
