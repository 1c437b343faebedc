import * as React from 'react';
import { displayName } from '../../../domain';
import { useAppServices } from '../../services/AppServices';
import { readTogether } from '../../services/readTogether';
import { plainWords } from '../../components/errorWords';

export interface FoundPerson {
  personId: string;
  name: string;
  /** The name form that matched, when it is not the current name (an alias, a previous name). */
  matchedAs?: string;
  address?: string;
}

export type SearchState =
  | { status: 'idle' }
  | { status: 'searching' }
  | { status: 'done'; query: string; people: FoundPerson[] }
  | { status: 'failed'; message: string };

const MOST_PEOPLE = 20;

/** Finds people by name (the indexed name search staff use), each once, with their current name and first address. */
export function usePersonSearch(): { search: SearchState; find(query: string): Promise<void> } {
  const { store } = useAppServices();
  const [search, setSearch] = React.useState<SearchState>({ status: 'idle' });
  const find = React.useCallback(
    async (query: string): Promise<void> => {
      setSearch({ status: 'searching' });
      try {
        const matches = await store.persons.findIdsByName(query, MOST_PEOPLE);
        const found = await readTogether(store, (reads) => Promise.all(matches.map((match) => reads.persons.find(match.personId))));
        const seen = new Set<string>();
        const list: FoundPerson[] = [];
        matches.forEach((match, index) => {
          if (seen.has(match.personId)) return;
          seen.add(match.personId);
          const person = found[index]?.value;
          const name = person ? displayName(person) : match.nameAsRecorded;
          list.push({
            personId: match.personId,
            name,
            ...(match.nameAsRecorded !== name ? { matchedAs: match.nameAsRecorded } : {}),
            ...(person && person.addresses.length > 0 ? { address: person.addresses[0] } : {})
          });
        });
        setSearch({ status: 'done', query, people: list });
      } catch (error) {
        setSearch({ status: 'failed', message: plainWords(error) });
      }
    },
    [store]
  );
  return { search, find };
}
