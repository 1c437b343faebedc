import { GraphError, graphCall, type GraphCallOptions, type GraphHttp } from './graphHttp';

/*
 * Staff names from Microsoft Graph, with the delegated permission User.ReadBasic.All.
 *
 * Names for ids: POST /v1.0/directoryObjects/getByIds (up to 1,000 ids per call, types
 * ['user']). Graph documents Directory.Read.All for it; with only User.ReadBasic.All a tenant
 * may refuse it (403) or return users with no displayName. Either way the ids left over are
 * asked for through GET /v1.0/users?$filter=id in (...), which User.ReadBasic.All allows
 * (15 ids per filter, as Graph limits `in` lists on directory objects).
 *
 * Search: GET /v1.0/users?$search="displayName:..." with ConsistencyLevel: eventual, which
 * matches any word of the name ("Rhodes" finds "Cara Rhodes").
 */

export interface GraphUser {
  id: string;
  displayName: string;
  mail?: string;
}

interface GraphUserRow {
  '@odata.type'?: string;
  id?: unknown;
  displayName?: unknown;
  mail?: unknown;
  userPrincipalName?: unknown;
}

interface GraphCollection {
  value?: GraphUserRow[];
}

export const GET_BY_IDS_LIMIT = 1000;
export const FILTER_IN_LIMIT = 15;
const SEARCH_TOP = 10;
const SELECT = 'id,displayName,mail,userPrincipalName';

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

function toUser(row: GraphUserRow): GraphUser | undefined {
  if (typeof row.id !== 'string' || typeof row.displayName !== 'string' || row.displayName.trim() === '') return undefined;
  const mail = typeof row.mail === 'string' && row.mail !== '' ? row.mail : undefined;
  return { id: row.id.toLowerCase(), displayName: row.displayName, mail };
}

function usersOf(body: GraphCollection): GraphUser[] {
  return (body.value ?? []).map(toUser).filter((user): user is GraphUser => user !== undefined);
}

/** An id as an OData string literal; object ids are GUIDs, anything else is refused. */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function byFilter(http: GraphHttp, ids: readonly string[], options: GraphCallOptions): Promise<GraphUser[]> {
  const found: GraphUser[] = [];
  for (const part of chunks(ids, FILTER_IN_LIMIT)) {
    const list = part.map((id) => `'${id}'`).join(',');
    const path = `/v1.0/users?$filter=${encodeURIComponent(`id in (${list})`)}&$select=${SELECT}`;
    found.push(...usersOf(await graphCall<GraphCollection>(http, { method: 'GET', path }, options)));
  }
  return found;
}

/**
 * The users behind these object ids. Ids Graph does not know are simply absent from the
 * answer. Throws GraphError when Graph refuses even the users filter (no consent yet).
 */
export async function usersByIds(http: GraphHttp, ids: readonly string[], options: GraphCallOptions = {}): Promise<GraphUser[]> {
  const wanted = ids.map((id) => id.toLowerCase()).filter((id, index, all) => GUID.test(id) && all.indexOf(id) === index);
  const found: GraphUser[] = [];
  let getByIdsRefused = false;
  for (const part of chunks(wanted, GET_BY_IDS_LIMIT)) {
    if (!getByIdsRefused) {
      try {
        const body = await graphCall<GraphCollection>(
          http,
          { method: 'POST', path: '/v1.0/directoryObjects/getByIds', body: { ids: part, types: ['user'] } },
          options
        );
        found.push(...usersOf(body));
      } catch (error) {
        if (!(error instanceof GraphError) || error.status !== 403) throw error;
        getByIdsRefused = true;
      }
    }
    const named = new Set(found.map((user) => user.id));
    const missing = part.filter((id) => !named.has(id));
    // Users getByIds did not name (refused, or returned without a name) get the filter; an
    // id no one has (a deleted account) costs one more small call and stays unnamed.
    if (getByIdsRefused || missing.length > 0) found.push(...(await byFilter(http, getByIdsRefused ? part : missing, options)));
  }
  return found;
}

/** Up to ten users whose name has a word starting with `text` (two letters or more). */
export async function searchUsers(http: GraphHttp, text: string, options: GraphCallOptions = {}): Promise<GraphUser[]> {
  // Quotes and backslashes would end the $search phrase early.
  const term = text.replace(/["\\]/g, ' ').trim();
  if (term.length < 2) return [];
  const search = encodeURIComponent(`"displayName:${term}"`);
  const path = `/v1.0/users?$search=${search}&$select=${SELECT}&$top=${SEARCH_TOP}`;
  const body = await graphCall<GraphCollection>(http, { method: 'GET', path, headers: { ConsistencyLevel: 'eventual' } }, options);
  return usersOf(body).sort((a, b) => a.displayName.localeCompare(b.displayName, 'en-GB'));
}
