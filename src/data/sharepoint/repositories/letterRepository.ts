import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/folders';
import '@pnp/sp/files';
import type { Letter } from '../../../domain/model';
import type { LetterRepository } from '../../ports/repositories';
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
    const folder = this._sp.web.lists.getByTitle(this.gateway.definition.title).rootFolder;
    const fileName = `${id}.json`;
    try {
      await folder.files.addUsingPath(fileName, JSON.stringify(withId), { Overwrite: true });
      const item = await folder.files.getByUrl(fileName).getItem<{ Id: number }>('Id');
      await item.update(fieldValues({ ...this.mapper.toFields(withId, { caseId }), [CLIENT_REQUEST_KEY]: id }));
    } catch (error) {
      throw toDataError(error, this.gateway.definition);
    }
    return this.get(id);
  }

  public update(stored: Stored<Letter>, next: Letter, caseId?: string): Promise<Stored<Letter>> {
    return this.updateWith(stored, next, { caseId });
  }
}
