import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/folders';
import '@pnp/sp/files';
import type { Letter } from '../../../domain/model';
import type { LetterDocumentStore, LetterDocumentToSave, LetterRepository } from '../../ports/repositories';
import type { CreateOptions, Stored } from '../../ports/stored';
import { CLIENT_REQUEST_KEY } from '../../schema';
import { eq } from '../../odata';
import type { ListGateway } from '../listGateway';
import { toDataError } from '../errorMapping';
import type { OptionalCaseRefs } from '../mappers/caseChildMappers';
import { letterMapper } from '../mappers/caseChildMappers';
import { SpEntityRepository, newId } from './entityRepository';
import { fieldValues } from '../values';
import { NotFoundError, ValidationFailedError } from '../../errors';
import { clippedToLength, FILE_NAME_MAX_LENGTH, safeFileName } from '../../../domain/validation/fileNames';

/**
 * The library's name for a letter's document: its readable name (already made safe) with the
 * letter's id before the extension, "2026-11-28 CCM-2026-0042 Restriction decision letter
 * <id>.docx". The id makes the name one letter's alone (issue 14: two references can reduce to
 * the same readable name); the readable part is what gets shortened, never the id, so the name
 * stays within FILE_NAME_MAX_LENGTH.
 */
export function letterFileNameWithId(readableName: string, letterId: string): string {
  const dot = readableName.lastIndexOf('.');
  const hasExtension = dot > 0 && /^[\p{L}\p{N}]{1,16}$/u.test(readableName.slice(dot + 1));
  const [stem, extension] = hasExtension ? [readableName.slice(0, dot), readableName.slice(dot)] : [readableName, ''];
  const tail = ` ${letterId}${extension}`;
  return `${clippedToLength(stem, FILE_NAME_MAX_LENGTH - tail.length).replace(/[\s.]+$/, '')}${tail}`;
}

/** A file just uploaded to the Letters library: its server-relative address. */
interface AddedFile {
  url: string;
}

/**
 * Letters live in a document library: SharePoint refuses items.add there, so a create
 * uploads `<id>.json` (the letter's content record) and then sets its columns. The file
 * name is the id, so a retried create finds the file it already uploaded.
 */
export class SpLetterRepository extends SpEntityRepository<Letter, OptionalCaseRefs> implements LetterRepository {
  private readonly _sp: SPFI;

  public constructor(sp: SPFI, gateway: ListGateway) {
    super(gateway, letterMapper);
    this._sp = sp;
  }

  public listByCase(caseId: string): Promise<Stored<Letter>[]> {
    return this.list({ filter: eq('CaseRef', caseId) }, 1000);
  }

  public async create(letter: Letter, caseId: string | undefined, options: CreateOptions = {}): Promise<Stored<Letter>> {
    const id = letter.id || options.requestKey || newId();
    const withId: Letter = { ...letter, id };
    const fileName = `${id}.json`;
    let added: AddedFile;
    try {
      // No look first: SharePoint refuses to upload over a file of the same name, and only a
      // retry can find one there (the name is the letter's id).
      added = await this.addFile(fileName, JSON.stringify(withId), false);
    } catch (error) {
      const existing = await this.find(id);
      if (existing) return existing; // A retry whose first attempt finished.
      if (!(error instanceof ValidationFailedError)) throw error;
      // A first attempt that stopped between the file and its columns: its file is replaced.
      added = await this.addFile(fileName, JSON.stringify(withId), true);
    }
    return this.setColumns(fileName, added, () => withId, caseId);
  }

  /**
   * Keeps a finished letter document (the .docx) in the library, with the letter's record in
   * its columns: the item is the case's Letter (not yet sent). The file is named after the
   * letter and carries its id ("<readable name> <id>.docx", issue 14), so two letters can never
   * share a file however their references reduce. Saving the same letter again (this case's
   * unsent letter of the same type under the same readable name) replaces only its own file and
   * keeps its id; any other save is a new letter, uploaded without overwriting anything.
   */
  public async saveDocument(file: LetterDocumentToSave): Promise<{ stored: Stored<Letter>; url: string }> {
    const readable = safeFileName(file.fileName);
    if (!readable.ok) {
      throw new ValidationFailedError(readable.message, [{ field: 'fileName', message: readable.message }]);
    }
    const same = await this.sameLetter(file, readable.name);
    const id = same?.value.id ?? newId();
    const name = letterFileNameWithId(readable.name, id);
    const checked = safeFileName(name);
    if (!checked.ok || checked.name !== name) {
      // Ids are UUIDs, so this means a letter record with a hand-made id: refuse, never guess a name.
      const message =
        'This letter could not be given a safe file name in the Letters library, so it was not saved. Ask for help if this happens again.';
      throw new ValidationFailedError(message, [{ field: 'fileName', message }]);
    }
    // The document's address is kept with the letter, so the Letters screen can offer the
    // produced letter again when the officer comes back to it.
    const letter = (url: string): Letter => ({
      id,
      caseId: file.caseId,
      type: file.type,
      templateVersion: file.templateVersion,
      channel: file.channel ?? 'letter',
      fields: { ...file.fields, reference: file.reference, documentUrl: url }
    });
    // Only this letter's own file is ever replaced: a new letter's name is new, and SharePoint
    // refuses (rather than overwrites) should a file of that name somehow exist already.
    const added = await this.addFile(name, file.bytes, same !== undefined);
    await this.setColumns(name, added, letter, file.caseId);
    // Read back: the Letters screen records this letter as sent under the etag of a read, the
    // form SharePoint gives a library item's etag on a read.
    return { stored: await this.get(id), url: added.url };
  }

  /** This case's unsent letter of the same type whose document has this readable name: the letter being saved again. */
  private async sameLetter(file: LetterDocumentToSave, readableName: string): Promise<Stored<Letter> | undefined> {
    if (file.caseId === undefined) return undefined;
    const letters = await this.listByCase(file.caseId);
    return letters.find(({ value }) => {
      const documentUrl = value.fields.documentUrl;
      if (value.type !== file.type || value.sentOn !== undefined || typeof documentUrl !== 'string') return false;
      // ServerRelativeUrl is not percent-encoded: its last part is the file name as stored.
      return documentUrl.slice(documentUrl.lastIndexOf('/') + 1) === letterFileNameWithId(readableName, value.id);
    });
  }

  private rootFolder(): ReturnType<SPFI['web']['lists']['getByTitle']>['rootFolder'] {
    return this._sp.web.lists.getByTitle(this.gateway.definition.title).rootFolder;
  }

  /** Uploads a file to the library root (a file cannot join a $batch). */
  private async addFile(fileName: string, content: string | ArrayBuffer, overwrite: boolean): Promise<AddedFile> {
    try {
      const added = await this.rootFolder().files.addUsingPath(fileName, content, { Overwrite: overwrite });
      return { url: added.ServerRelativeUrl };
    } catch (error) {
      throw toDataError(error, this.gateway.definition);
    }
  }

  /**
   * Writes the letter's columns on the uploaded file's item. The letter as stored is what was
   * written, under the etag SharePoint answered the write with (as every other update here):
   * nothing is read back.
   */
  private async setColumns(
    fileName: string,
    added: AddedFile,
    letterAt: (url: string) => Letter,
    caseId: string | undefined
  ): Promise<Stored<Letter>> {
    let itemId: number;
    try {
      itemId = (await this.rootFolder().files.getByUrl(fileName).getItem<{ Id: number }>('Id')).Id;
    } catch (error) {
      throw toDataError(error, this.gateway.definition);
    }
    const letter = letterAt(added.url);
    const columns = fieldValues({ ...this.mapper.toFields(letter, { caseId }), [CLIENT_REQUEST_KEY]: letter.id });
    const etag = await this.gateway.update(itemId, '*', columns);
    return { value: letter, etag, itemId };
  }

  /** The library as the optional LetterDocumentStore port of the case store. */
  public asDocumentStore(): LetterDocumentStore {
    return {
      save: async (file) => {
        const { stored, url } = await this.saveDocument(file);
        return { url, letterId: stored.value.id, etag: stored.etag };
      },
      open: (documentUrl) => this.openDocument(documentUrl)
    };
  }

  /** The document's bytes as the reader may read them; undefined when the file is not there. */
  public async openDocument(documentUrl: string): Promise<ArrayBuffer | undefined> {
    try {
      return await this._sp.web.getFileByServerRelativePath(documentUrl).getBuffer();
    } catch (error) {
      const mapped = toDataError(error, this.gateway.definition);
      if (mapped instanceof NotFoundError) return undefined;
      throw mapped;
    }
  }

  public update(stored: Stored<Letter>, next: Letter, caseId?: string): Promise<Stored<Letter>> {
    return this.updateWith(stored, next, { caseId });
  }
}
