import { personNameKeys, queryNameKeys } from '../../../domain/people/nameSearchKey';
import type { Person } from '../../../domain/model';
import { eq, or } from '../../odata';
import type { PersonNameMatch } from '../../ports/repositories';
import type { ListGateway } from '../listGateway';
import { text } from '../values';

/** The request key of one search key row: the same on every write, so a retry adds nothing twice. */
function rowKey(personId: string, key: string): string {
  return `${personId}|${key}`.slice(0, 255);
}

/**
 * The PersonNameKeys list: one row per way a person's name may be typed (domain
 * personNameKeys). Rows are added, never removed, so a previous name stays findable.
 */
export class PersonNameKeyIndex {
  private readonly _gateway: ListGateway;

  public constructor(gateway: ListGateway) {
    this._gateway = gateway;
  }

  /** The keys already stored for a person (read before adding a renamed person's new keys). */
  public async keysOf(personId: string): Promise<string[]> {
    const rows = await this._gateway.page({ filter: eq('PersonRef', personId) }, 500);
    return rows.map((row) => text(row.NameKey));
  }

  /** Adds the person's keys that are not yet stored, in one round trip; each row names the form it came from. */
  public async addKeysOf(person: Person, stored: readonly string[]): Promise<void> {
    const have = new Set(stored);
    const forms = [
      { asRecorded: `${person.names.given} ${person.names.family}`.trim(), keys: personNameKeys({ names: person.names, aliases: [] }) },
      ...person.aliases.map((alias) => ({
        asRecorded: alias,
        keys: personNameKeys({ names: { given: '', family: '' }, aliases: [alias] })
      }))
    ];
    const rows: { values: Record<string, unknown>; requestKey: string }[] = [];
    for (const form of forms) {
      for (const key of form.keys) {
        if (have.has(key)) continue;
        have.add(key);
        rows.push({
          values: { Title: (form.asRecorded || key).slice(0, 255), NameKey: key, PersonRef: person.id },
          requestKey: rowKey(person.id, key)
        });
      }
    }
    await this._gateway.createAll(rows);
  }

  /** Everyone who answers to what was typed, each once, in the order SharePoint returned them. */
  public async find(query: string, top: number): Promise<PersonNameMatch[]> {
    const keys = queryNameKeys(query);
    if (keys.length === 0) return [];
    // Equality on the indexed key: one or two values, never a prefix (see nameSearchKey.ts).
    const filter = keys.length === 1 ? eq('NameKey', keys[0]) : or(...keys.map((key) => eq('NameKey', key)));
    const rows = await this._gateway.page({ filter }, top);
    const matches = new Map<string, PersonNameMatch>();
    for (const row of rows) {
      const personId = text(row.PersonRef);
      if (!matches.has(personId)) matches.set(personId, { personId, nameAsRecorded: text(row.Title) });
    }
    return [...matches.values()];
  }
}
