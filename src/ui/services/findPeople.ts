import type { Person } from '../../domain/model';
import type { CaseStore, Stored } from './appStore';
import { readTogether } from './readTogether';

/**
 * The customers behind a list of rows, each looked up once, in one $batch round trip rather
 * than one request per row. A customer who cannot be read (removed, or not visible to this
 * user) is simply absent from the map.
 */
export async function findPeople(store: CaseStore, personIds: readonly string[]): Promise<Map<string, Stored<Person>>> {
  const unique = Array.from(new Set(personIds.filter((id) => id !== '')));
  const found = await readTogether(store, (batched) => Promise.all(unique.map((id) => batched.persons.find(id).catch(() => undefined))));
  const people = new Map<string, Stored<Person>>();
  found.forEach((person, index) => {
    if (person) people.set(unique[index], person);
  });
  return people;
}
