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
    const letterWithId = (existingId: string | undefined): Letter => ({
      id: existingId ?? newId(),
      caseId: file.caseId,
      type: file.type,
      templateVersion: file.templateVersion,
      channel: file.channel ?? 'letter',
      fields: { ...file.fields, reference: file.reference }
    });
    const { url, letterId } = await this.uploadWithRecord(file.fileName, file.bytes, letterWithId, file.caseId);
    return { stored: await this.get(letterId), url };
  }

  /**
   * Uploads a file to the library root and writes the letter's columns on its item. The
   * letter is built once the item is known, from the id the item already carries (a file
   * saved again) or a new one.
   */
  private async uploadWithRecord(
    fileName: string,
    content: string | ArrayBuffer,
    letterWithId: (existingId: string | undefined) => Letter,
    caseId: string | undefined
  ): Promise<{ url: string; letterId: string }> {
    const folder = this._sp.web.lists.getByTitle(this.gateway.definition.title).rootFolder;
    try {
      const added = await folder.files.addUsingPath(fileName, content, { Overwrite: true });
      const item = await folder.files.getByUrl(fileName).getItem<Record<string, unknown>>('Id', CLIENT_REQUEST_KEY);
      const existingId = item[CLIENT_REQUEST_KEY];
      const letter = letterWithId(typeof existingId === 'string' && existingId !== '' ? existingId : undefined);
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
