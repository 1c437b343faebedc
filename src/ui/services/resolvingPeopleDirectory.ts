import { nameMatches, type DirectoryPerson, type PeopleDirectory } from './people';

/** Where a resolving directory gets names: in the web part, Microsoft Graph (src/data/graph). */
export interface PeopleLookup {
  /** The people behind these ids; ids it cannot name are left out. May reject. */
  byIds(ids: readonly string[]): Promise<readonly DirectoryPerson[]>;
  /** People whose name matches the text. May reject. */
  search(text: string): Promise<readonly DirectoryPerson[]>;
}

export interface ResolvingDirectoryOptions {
  /** People known from the start (the signed-in user, members of the CCM groups). */
  known?: readonly DirectoryPerson[];
  /**
   * How long resolve() gathers ids before one lookup, so the several names a screen shows
   * (each PersonName asks for its own) go to Graph as one getByIds call.
   */
  batchDelayMs?: number;
  /** Told when a lookup fails (for the console); the ids then show as ids. */
  onError?(error: unknown): void;
}

/**
 * A PeopleDirectory that names ids on demand: a cache of everyone named so far, batched
 * lookups of the unknown ids, and the id itself when the lookup refuses (no admin consent
 * yet) or fails. An id is looked up once per page: a refused id is not asked again, so a
 * tenant without consent gets one failed call per batch, not one per render.
 */
export function createResolvingPeopleDirectory(lookup: PeopleLookup, options: ResolvingDirectoryOptions = {}): PeopleDirectory {
  const batchDelayMs = options.batchDelayMs ?? 10;
  const byId = new Map<string, DirectoryPerson>();
  const asked = new Map<string, Promise<void>>();
  const listeners = new Set<() => void>();
  let waiting: { ids: string[]; done: Promise<void> } | undefined;
  let sorted: DirectoryPerson[] | undefined;

  const learn = (people: readonly DirectoryPerson[]): boolean => {
    let changed = false;
    for (const person of people) {
      const key = person.id.toLowerCase();
      if (person.displayName.trim() === '' || byId.get(key)?.displayName === person.displayName) continue;
      byId.set(key, { ...person, id: key });
      changed = true;
    }
    if (changed) sorted = undefined;
    return changed;
  };
  const notify = (): void => listeners.forEach((listener) => listener());
  learn(options.known ?? []);

  const lookUpBatch = async (ids: string[]): Promise<void> => {
    try {
      if (learn(await lookup.byIds(ids))) notify();
    } catch (error) {
      options.onError?.(error);
    }
  };

  const startBatch = (): { ids: string[]; done: Promise<void> } => {
    const batch: { ids: string[]; done: Promise<void> } = { ids: [], done: Promise.resolve() };
    batch.done = new Promise<void>((resolve) => {
      setTimeout(() => {
        waiting = undefined;
        lookUpBatch(batch.ids).then(resolve, resolve);
      }, batchDelayMs);
    });
    return batch;
  };

  return {
    displayName: (id) => byId.get(id.toLowerCase())?.displayName,
    list: () => {
      sorted = sorted ?? Array.from(byId.values()).sort((a, b) => a.displayName.localeCompare(b.displayName, 'en-GB'));
      return sorted;
    },
    resolve: async (ids) => {
      const pending: Promise<void>[] = [];
      for (const raw of ids) {
        const id = raw.trim().toLowerCase();
        if (id === '' || byId.has(id)) continue;
        const earlier = asked.get(id);
        if (earlier) {
          pending.push(earlier);
          continue;
        }
        waiting = waiting ?? startBatch();
        waiting.ids.push(id);
        asked.set(id, waiting.done);
        pending.push(waiting.done);
      }
      await Promise.all(pending);
    },
    search: async (text) => {
      try {
        const found = await lookup.search(text);
        if (learn(found)) notify();
        return found;
      } catch (error) {
        options.onError?.(error);
        // Without the directory, offer the people already known by name.
        return Array.from(byId.values()).filter((person) => nameMatches(person.displayName, text));
      }
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }
  };
}
