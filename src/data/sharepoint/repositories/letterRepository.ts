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
import { ValidationFailedError } from '../../errors';

/** How many numbered names to try before refusing (a day's letters for one reference). */
const MAX_NAME_TRIES: number = 50;

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
    await this.uploadWithRecord(`${id}.json`, JSON.stringify(withId), () => withId, caseId);
    return this.get(id);
  }

  /**
   * Keeps a finished letter document (the .docx) in the library, with the letter's record in
   * its columns: the item is the case's Letter (not yet sent). The file name is the letter's
   * own readable name, so saving the same letter again replaces the file, keeps the letter's
   * id, and a retried upload is harmless.
   */
  public async saveDocument(file: LetterDocumentToSave): Promise<{ stored: Stored<Letter>; url: string }> {
    // The document's address is kept with the letter, so the Letters screen can offer the
    // produced letter again when the officer comes back to it.
    const letterWithId = (existingId: string | undefined, url: string): Letter => ({
      id: existingId ?? newId(),
      caseId: file.caseId,
      type: file.type,
      templateVersion: file.templateVersion,
      channel: file.channel ?? 'letter',
      fields: { ...file.fields, reference: file.reference, documentUrl: url }
    });
    for (let attempt = 1; ; attempt += 1) {
      const target = await this.nameFreeFor(file);
      try {
        // A new name is added without overwriting: if another officer took it a moment ago,
        // SharePoint refuses and the next free name is found.
        const { url, letterId } = await this.uploadWithRecord(target.name, file.bytes, letterWithId, file.caseId, target.replaces);
        return { stored: await this.get(letterId), url };
      } catch (error) {
        const taken = !target.replaces && /already exists/i.test(error instanceof Error ? error.message : '');
        if (!taken || attempt >= 3) throw error;
      }
    }
  }

  /**
   * The file name to save under: the readable name when the library has no such file or the
   * file there is this case's letter of the same type (saved again: replaced); otherwise the
   * same name numbered " (2)", " (3)"… so another case's letter is never overwritten and its
   * record never moved to this case (issue 14: two references that reduce to one file name).
   */
  private async nameFreeFor(file: LetterDocumentToSave): Promise<{ name: string; replaces: boolean }> {
    const folder = this._sp.web.lists.getByTitle(this.gateway.definition.title).rootFolder;
    const dot = file.fileName.lastIndexOf('.');
    const [stem, extension] = dot > 0 ? [file.fileName.slice(0, dot), file.fileName.slice(dot)] : [file.fileName, ''];
    for (let n = 1; n <= MAX_NAME_TRIES; n += 1) {
      const candidate = n === 1 ? file.fileName : `${stem} (${n})${extension}`;
      let holder: Record<string, unknown> | undefined;
      try {
        holder = await folder.files.getByUrl(candidate).getItem<Record<string, unknown>>('CaseRef', 'LetterType');
      } catch (error) {
        const mapped = toDataError(error, this.gateway.definition);
        if (mapped.kind === 'NotFound') return { name: candidate, replaces: false };
        throw mapped;
      }
      if (holder.CaseRef === file.caseId && holder.LetterType === file.type) return { name: candidate, replaces: true };
    }
    throw new ValidationFailedError(`The Letters library already holds ${MAX_NAME_TRIES} letters named like ${file.fileName}.`, []);
  }

  /**
   * Uploads a file to the library root and writes the letter's columns on its item. The
   * letter is built once the item is known, from the id the item already carries (a file
   * saved again) or a new one.
   */
  private async uploadWithRecord(
    fileName: string,
    content: string | ArrayBuffer,
    letterWithId: (existingId: string | undefined, url: string) => Letter,
    caseId: string | undefined,
    overwrite: boolean = true
  ): Promise<{ url: string; letterId: string }> {
    const folder = this._sp.web.lists.getByTitle(this.gateway.definition.title).rootFolder;
    try {
      const added = await folder.files.addUsingPath(fileName, content, { Overwrite: overwrite });
      const item = await folder.files.getByUrl(fileName).getItem<Record<string, unknown>>('Id', CLIENT_REQUEST_KEY);
      const existingId = item[CLIENT_REQUEST_KEY];
      const letter = letterWithId(typeof existingId === 'string' && existingId !== '' ? existingId : undefined, added.ServerRelativeUrl);
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
      }
    };
  }

  public update(stored: Stored<Letter>, next: Letter, caseId?: string): Promise<Stored<Letter>> {
    return this.updateWith(stored, next, { caseId });
  }
}
