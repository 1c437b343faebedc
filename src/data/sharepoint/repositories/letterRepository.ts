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
    const existing = await this.find(id);
    if (existing) {
      return existing;
    }
    const withId: Letter = { ...letter, id };
    await this.uploadWithRecord(`${id}.json`, JSON.stringify(withId), () => withId, caseId, true);
    return this.get(id);
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
    const { url } = await this.uploadWithRecord(name, file.bytes, letter, file.caseId, same !== undefined);
    return { stored: await this.get(id), url };
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

  /** Uploads a file to the library root and writes the letter's columns on its item. */
  private async uploadWithRecord(
    fileName: string,
    content: string | ArrayBuffer,
    letterAt: (url: string) => Letter,
    caseId: string | undefined,
    overwrite: boolean
  ): Promise<{ url: string; letterId: string }> {
    const folder = this._sp.web.lists.getByTitle(this.gateway.definition.title).rootFolder;
    try {
      const added = await folder.files.addUsingPath(fileName, content, { Overwrite: overwrite });
      const item = await folder.files.getByUrl(fileName).getItem<Record<string, unknown>>('Id', CLIENT_REQUEST_KEY);
      const letter = letterAt(added.ServerRelativeUrl);
      await item.update(fieldValues({ ...this.mapper.toFields(letter, { caseId }), [CLIENT_REQUEST_KEY]: letter.id }));
      return { url: added.ServerRelativeUrl, letterId: letter.id };
    } catch (error) {
      throw toDataError(error, this.gateway.definition);
    }
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
