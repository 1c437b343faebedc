import * as React from 'react';
import type { Person } from '../../../domain';
import { useAppServices } from '../../services/AppServices';
import { readTogether } from '../../services/readTogether';

export interface CustomerSearch {
  query: string;
  setQuery(query: string): void;
  /** Undefined until a search has run. */
  results: Person[] | undefined;
  searchError: unknown;
  search(): Promise<void>;
}

/** The customer search behind CustomerPicker: run on demand, not per keystroke. */
export function useCustomerSearch(initialQuery: string): CustomerSearch {
  const { store } = useAppServices();
  const [query, setQuery] = React.useState(initialQuery);
  const [results, setResults] = React.useState<Person[] | undefined>(undefined);
  const [searchError, setSearchError] = React.useState<unknown>(undefined);

  const search = async (): Promise<void> => {
    setSearchError(undefined);
    try {
      // The same indexed name search as Check a customer: found however the name is typed,
      // and under the list view threshold however many customers the council has.
      const matches = await store.persons.findIdsByName(query.trim(), 10);
      const found = await readTogether(store, (reads) => Promise.all(matches.map((match) => reads.persons.find(match.personId))));
      setResults(found.flatMap((row) => (row ? [row.value] : [])));
    } catch (failure) {
      setSearchError(failure);
    }
  };

  return { query, setQuery, results, searchError, search };
}
