/**
 * Who a staff id belongs to. People are recorded by Entra object id (see hostInfo.ts); the
 * screens show the name from this directory and keep the id as the value. Hosts provide it:
 * the web part from Microsoft Graph (resolvingPeopleDirectory.ts over src/data/graph), the
 * local host page from the personas, tests from the fixtures.
 *
 * Named `DirectoryPerson`, not `Person`: the domain's `Person` is the customer. The case
 * service has its own `Directory` (src/service/directory.ts, from CCM_DIRECTORY) for the
 * names on cards; the UI cannot import service code, so this is the browser's counterpart
 * with the same fields (id, displayName).
 */
export interface DirectoryPerson {
  /** The domain's user id: the Entra object id. */
  id: string;
  displayName: string;
  email?: string;
}

export interface PeopleDirectory {
  /** The person's name, or undefined when the directory does not know the id (yet). */
  displayName(id: string): string | undefined;
  /** Everyone the directory knows, by name. */
  list(): readonly DirectoryPerson[];
  /**
   * Asks for the names of ids the directory does not know yet (a screen calls it for the ids
   * it shows). Never rejects: an id that cannot be named stays unnamed and shows as the id.
   */
  resolve(ids: readonly string[]): Promise<void>;
  /** People whose name has a word starting with `text`, for choosing a person. */
  search(text: string): Promise<readonly DirectoryPerson[]>;
  /** Called after names arrive from resolve(); returns the way to stop listening. */
  subscribe(listener: () => void): () => void;
}

/** Whether any word of the name starts with the text (case-insensitive), as Graph's $search. */
export function nameMatches(displayName: string, text: string): boolean {
  const term = text.trim().toLocaleLowerCase('en-GB');
  if (term === '') return false;
  const name = displayName.toLocaleLowerCase('en-GB');
  return name.startsWith(term) || name.split(/[\s'-]+/).some((word) => word.startsWith(term));
}

/** A directory over a fixed list. Ids match case-insensitively (GUIDs come in either case). */
export function createPeopleDirectory(people: readonly DirectoryPerson[]): PeopleDirectory {
  const byId = new Map<string, DirectoryPerson>();
  for (const person of people) {
    const key = person.id.toLowerCase();
    if (!byId.has(key) && person.displayName.trim() !== '') byId.set(key, person);
  }
  const sorted = Array.from(byId.values()).sort((a, b) => a.displayName.localeCompare(b.displayName, 'en-GB'));
  return {
    displayName: (id) => byId.get(id.toLowerCase())?.displayName,
    list: () => sorted,
    // A fixed list knows everyone it will ever know.
    resolve: async () => undefined,
    search: async (text) => sorted.filter((person) => nameMatches(person.displayName, text)),
    subscribe: () => () => undefined
  };
}

/** A directory that knows no one: screens fall back to the id. */
export const EMPTY_PEOPLE_DIRECTORY: PeopleDirectory = createPeopleDirectory([]);

/**
 * The name part of a SharePoint login or email: `i:0#.f|membership|cara.rhodes@council.gov.uk`
 * gives `cara.rhodes`. Used when only the login is known.
 */
export function loginNamePart(login: string): string {
  const claim = login.split('|');
  const account = claim[claim.length - 1];
  const at = account.indexOf('@');
  return at > 0 ? account.slice(0, at) : account;
}

/** The name to show for an id: the directory's name, else the id itself (never blank). */
export function personLabel(people: PeopleDirectory, id: string): string {
  return people.displayName(id) ?? id;
}
