import type { GraphRequest, ResponseType } from '@microsoft/microsoft-graph-client';
import type { GraphHttp } from '../../data/graph';
import type { DirectoryPerson } from '../../ui/services/people';
import type { PeopleLookup } from '../../ui/services/resolvingPeopleDirectory';
import { searchUsers, usersByIds, type GraphUser } from '../../data/graph';

/** What this code needs of SPFx's MSGraphClientV3 (and of the Graph JS client it wraps). */
export interface GraphApiClient {
  api(path: string): GraphRequest;
}

// ResponseType.RAW, without importing the Graph client's runtime into the bundle (SPFx
// already has it inside MSGraphClientV3). RAW gives the fetch Response for every status, so
// graphCall sees 403 and 429 with their headers instead of a thrown GraphError object.
const RAW = 'raw' as ResponseType;

/**
 * GraphHttp over MSGraphClientV3 (`context.msGraphClientFactory.getClient('3')`), which
 * gets the user's token for Microsoft Graph with the permissions the admin consented to.
 */
export function msGraphHttp(client: GraphApiClient): GraphHttp {
  return async (request) => {
    // '/v1.0/users?...' -> version 'v1.0' and path '/users?...' (the client adds the version).
    const match = /^\/(v1\.0|beta)(\/.*)$/.exec(request.path);
    if (!match) throw new Error(`Graph path without a version: ${request.path}`);
    const call = client
      .api(match[2])
      .version(match[1])
      .headers({ ...(request.headers ?? {}) })
      .responseType(RAW);
    const response = (await (request.method === 'GET' ? call.get() : call.post(request.body))) as Response;
    return {
      status: response.status,
      header: (name) => response.headers.get(name) ?? undefined,
      json: () => response.json() as Promise<unknown>
    };
  };
}

function toPerson(user: GraphUser): DirectoryPerson {
  return { id: user.id, displayName: user.displayName, email: user.mail };
}

/** The people directory's lookup over Microsoft Graph (names by id, and search). */
export function graphPeopleLookup(http: GraphHttp): PeopleLookup {
  return {
    byIds: async (ids) => (await usersByIds(http, ids)).map(toPerson),
    search: async (text) => (await searchUsers(http, text)).map(toPerson)
  };
}
