import { displayName, hasCircumstances, type Person } from '../../../domain/model';
import { ConflictError, ForbiddenError } from '../../errors';
import { startsWith } from '../../odata';
import type { PersonNameMatch, PersonRepository } from '../../ports/repositories';
import type { CreateOptions, Stored } from '../../ports/stored';
import type { ListGateway } from '../listGateway';
import { etagOf } from '../listGateway';
import { personDetailsMapper, type PersonDetailsRecord } from '../mappers/personDetailsMapper';
import { personMapper } from '../mappers/personMapper';
import { fieldValues } from '../values';
import { changedFields, SpEntityRepository } from './entityRepository';
import { PersonNameKeyIndex } from './personNameKeyIndex';

function detailsOf(person: Person): PersonDetailsRecord {
  return {
    id: person.id,
    representatives: person.representatives,
    reasonableAdjustments: person.reasonableAdjustments,
    vulnerabilityFlags: person.vulnerabilityFlags,
    statutoryRoles: person.statutoryRoles,
    isCarerOrRepresentativeFor: person.isCarerOrRepresentativeFor
  };
}

function withDetails(stored: Stored<Person>, details: PersonDetailsRecord): Stored<Person> {
  // The person's own id stays: the details item is keyed by it and holds nothing else of theirs.
  return { ...stored, value: { ...stored.value, ...details, id: stored.value.id } };
}

/**
 * A person across two lists: Persons (who they are and how to reach them: staff read it) and
 * PersonDetails (their needs and circumstances: only those who may read the whole case), with
 * their name search keys (PersonNameKeys) written beside each create and update, so whoever adds
 * or renames a person makes them findable in the same action.
 *
 * The Persons item's etag is the person's: an update always writes that item first, under the
 * etag it was read with, and only then the details. So a stale save is refused before anything
 * is written, and a change to the details alone still meets someone else's save as a conflict.
 */
export class SpPersonRepository extends SpEntityRepository<Person> implements PersonRepository {
  private readonly _keys: PersonNameKeyIndex;
  private readonly _details: ListGateway;

  public constructor(gateway: ListGateway, keysGateway: ListGateway, detailsGateway: ListGateway) {
    super(gateway, personMapper);
    this._keys = new PersonNameKeyIndex(keysGateway);
    this._details = detailsGateway;
  }

  public async findWithDetails(id: string): Promise<Stored<Person> | undefined> {
    // Both reads start before either is awaited, so inside a $batch they travel together.
    const [row, details] = await Promise.all([this.gateway.findByRequestKey(id), this._details.findByRequestKey(id)]);
    if (!row) return undefined;
    const stored = this.toStored(row);
    return details ? withDetails(stored, personDetailsMapper.fromRow(details)) : stored;
  }

  /**
   * As findWithDetails, for a screen that must open whatever the user's groups: a refused
   * details read gives the person without them, and says so. Both reads start at once, so
   * inside a $batch nothing is asked for after the batch has gone.
   */
  public async readWithDetails(id: string): Promise<{ stored: Stored<Person> | undefined; detailsRefused: boolean }> {
    const details = this._details.findByRequestKey(id).then(
      (row) => ({ row, refused: false }),
      (error: unknown) => {
        if (error instanceof ForbiddenError) return { row: undefined, refused: true };
        throw error;
      }
    );
    const [row, read] = await Promise.all([this.gateway.findByRequestKey(id), details]);
    if (!row) return { stored: undefined, detailsRefused: read.refused };
    const stored = this.toStored(row);
    return { stored: read.row ? withDetails(stored, personDetailsMapper.fromRow(read.row)) : stored, detailsRefused: read.refused };
  }

  public async create(value: Person, options?: CreateOptions): Promise<Stored<Person>> {
    const created = await this.createWith(value, undefined, options);
    const person: Person = { ...value, id: created.value.id };
    // Staff add people with a name and a way to reach them only, so they need no access to the details.
    if (hasCircumstances(person)) await this._writeDetails(person);
    await this._keys.addKeysOf(created.value, []);
    return withDetails(created, detailsOf(person));
  }

  public async update(stored: Stored<Person>, next: Person): Promise<Stored<Person>> {
    const id = stored.value.id;
    const person: Person = { ...next, id };
    const identity = changedFields(personMapper.toFields(stored.value, undefined), personMapper.toFields(person, undefined));
    const details = changedFields(
      personDetailsMapper.toFields(detailsOf(stored.value), undefined),
      personDetailsMapper.toFields(detailsOf(person), undefined)
    );
    if (Object.keys(identity).length === 0 && Object.keys(details).length === 0) return { ...stored, value: person };
    let etag: string;
    try {
      // The gate: written even when only the details change (its unchanged title), so its etag moves.
      const gate = Object.keys(identity).length > 0 ? identity : { Title: displayName(person).slice(0, 255) };
      etag = await this.gateway.update(stored.itemId, stored.etag, fieldValues(gate));
    } catch (error) {
      if (error instanceof ConflictError) {
        throw new ConflictError<Stored<Person>>(error.message, await this._current(id));
      }
      throw error;
    }
    if (Object.keys(details).length > 0) await this._writeDetails(person);
    await this._keys.addKeysOf(person, await this._keys.keysOf(id));
    return { value: person, etag, itemId: stored.itemId };
  }

  public searchByFamilyName(prefix: string, top: number = 50): Promise<Stored<Person>[]> {
    return this.list({ filter: startsWith('FamilyName', prefix.normalize('NFC')) }, top);
  }

  public findIdsByName(query: string, top: number = 50): Promise<PersonNameMatch[]> {
    return this._keys.find(query, top);
  }

  /** The person as now stored, for a conflict: with the details when this user may read them. */
  private async _current(id: string): Promise<Stored<Person> | undefined> {
    return this.findWithDetails(id).catch(() => this.find(id));
  }

  /**
   * The person's PersonDetails item, added or brought in line. Written after the Persons item
   * passed its etag check, so this save is the latest: the item's own etag is read fresh.
   */
  private async _writeDetails(person: Person): Promise<void> {
    const fields = personDetailsMapper.toFields(detailsOf(person), undefined);
    const row = await this._details.findByRequestKey(person.id);
    if (!row) {
      await this._details.create(fields, person.id);
      return;
    }
    const changes = changedFields(personDetailsMapper.toFields(personDetailsMapper.fromRow(row), undefined), fields);
    if (Object.keys(changes).length > 0) await this._details.update(row.Id, etagOf(row), fieldValues(changes));
  }
}
