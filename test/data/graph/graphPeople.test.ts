// The web part's people directory against Microsoft Graph, at the protocol level: real HTTP
// to a local server that answers as Graph does (test/data/graph/localGraph.ts).
import { Client, HTTPMessageHandler, type Context, type Middleware } from '@microsoft/microsoft-graph-client';
import { GraphError, searchUsers, usersByIds, type GraphHttp } from '../../../src/data/graph';
import { personLabel } from '../../../src/ui/services/people';
import { createResolvingPeopleDirectory } from '../../../src/ui/services/resolvingPeopleDirectory';
import { graphPeopleLookup, msGraphHttp } from '../../../src/webparts/customerCaseManagement/msGraphHttp';
import { startLocalGraph, type GraphUserRecord, type LocalGraph } from './localGraph';

function objectId(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

const CARA: GraphUserRecord = {
  id: objectId(1),
  displayName: 'Cara Rhodes',
  mail: 'cara.rhodes@council.gov.uk',
  userPrincipalName: 'cara.rhodes@council.gov.uk'
};
const DEV: GraphUserRecord = {
  id: objectId(2),
  displayName: 'Dev Rhodes-Patel',
  mail: 'dev.patel@council.gov.uk',
  userPrincipalName: 'dev.patel@council.gov.uk'
};
const SIOBHAN: GraphUserRecord = {
  id: objectId(3),
  displayName: 'Siobhán O\u2019Neill',
  mail: 'siobhan.oneill@council.gov.uk',
  userPrincipalName: 'siobhan.oneill@council.gov.uk'
};
const MANY: GraphUserRecord[] = Array.from({ length: 1200 }, (_, i) => ({
  id: objectId(100 + i),
  displayName: `Officer ${i}`,
  mail: `officer.${i}@council.gov.uk`,
  userPrincipalName: `officer.${i}@council.gov.uk`
}));

/** GraphHttp over fetch with a bearer token, as a host other than SPFx would provide it. */
function fetchHttp(base: string): GraphHttp {
  return async (request) => {
    const response = await fetch(base + request.path, {
      method: request.method,
      headers: { Authorization: 'Bearer local-token', 'Content-Type': 'application/json', ...(request.headers ?? {}) },
      body: request.body === undefined ? undefined : JSON.stringify(request.body)
    });
    return { status: response.status, header: (name) => response.headers.get(name) ?? undefined, json: () => response.json() };
  };
}

const noWait = { sleep: async () => undefined };

describe('people directory over Microsoft Graph (local Graph over HTTP)', () => {
  let graph: LocalGraph;
  let http: GraphHttp;

  beforeEach(async () => {
    graph = await startLocalGraph([CARA, DEV, SIOBHAN, ...MANY]);
    http = fetchHttp(graph.url);
  });

  afterEach(async () => {
    await graph.close();
  });

  test('names ids with one getByIds call (types user); unknown ids and logins are left out', async () => {
    const found = await usersByIds(http, [CARA.id.toUpperCase(), DEV.id, objectId(99999), 'i:0#.f|membership|cara.rhodes@council.gov.uk']);
    expect(found).toEqual([
      { id: CARA.id, displayName: 'Cara Rhodes', mail: 'cara.rhodes@council.gov.uk' },
      { id: DEV.id, displayName: 'Dev Rhodes-Patel', mail: 'dev.patel@council.gov.uk' }
    ]);
    const posts = graph.requests.filter((r) => r.path === '/v1.0/directoryObjects/getByIds');
    expect(posts).toHaveLength(1);
    expect(posts[0].body).toEqual({ ids: [CARA.id, DEV.id, objectId(99999)], types: ['user'] });
    // The unknown id is asked for once more by the filter (it might be a user getByIds could not name).
    expect(graph.requests.filter((r) => r.path.startsWith('/v1.0/users?'))).toHaveLength(1);
  });

  test('more than 1,000 ids go in calls of at most 1,000', async () => {
    const found = await usersByIds(
      http,
      MANY.map((user) => user.id)
    );
    expect(found).toHaveLength(1200);
    const sizes = graph.requests.filter((r) => r.method === 'POST').map((r) => (r.body as { ids: string[] }).ids.length);
    expect(sizes).toEqual([1000, 200]);
  });

  test('when getByIds is refused (403, no Directory.Read.All), the users filter names them, 15 ids a call', async () => {
    graph.refuseGetByIds = true;
    const ids = MANY.slice(0, 20).map((user) => user.id);
    const found = await usersByIds(http, ids);
    expect(found.map((user) => user.displayName)).toEqual(MANY.slice(0, 20).map((user) => user.displayName));
    const filters = graph.requests.filter((r) => r.path.startsWith('/v1.0/users?'));
    expect(filters).toHaveLength(2);
    expect(decodeURIComponent(filters[0].path)).toContain(`$filter=id in ('${ids[0]}',`);
    expect(decodeURIComponent(filters[0].path)).toContain('$select=id,displayName,mail,userPrincipalName');
  });

  test('users returned without a name (limited information) are named through the filter', async () => {
    graph.limitedGetByIds = true;
    const found = await usersByIds(http, [CARA.id, SIOBHAN.id]);
    expect(found.map((user) => user.displayName).sort()).toEqual(['Cara Rhodes', 'Siobhán O\u2019Neill']);
  });

  test('429 with Retry-After: waits the seconds Graph asks, then succeeds', async () => {
    graph.throttle(2, 3);
    const waits: number[] = [];
    const found = await usersByIds(http, [CARA.id], {
      sleep: async (ms) => {
        waits.push(ms);
      }
    });
    expect(found.map((user) => user.displayName)).toEqual(['Cara Rhodes']);
    expect(waits).toEqual([3000, 3000]);
    expect(graph.requests.filter((r) => r.method === 'POST')).toHaveLength(3);
  });

  test('429 that does not stop gives up after the retries with a typed error', async () => {
    graph.throttle(10, 1);
    await expect(usersByIds(http, [CARA.id], { ...noWait, maxRetries: 2 })).rejects.toMatchObject({
      name: 'GraphError',
      status: 429,
      code: 'TooManyRequests'
    });
    expect(graph.requests).toHaveLength(3);
  });

  test('a real wait on Retry-After: 1 takes about a second', async () => {
    graph.throttle(1, 1);
    const started = Date.now();
    await usersByIds(http, [CARA.id]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  test('403 on everything (no consent) is a GraphError naming Graph\u2019s code', async () => {
    graph.refuseAll = true;
    const error = await usersByIds(http, [CARA.id], noWait).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ status: 403, code: 'Authorization_RequestDenied' });
  });

  test('search sends ConsistencyLevel: eventual and $search on displayName, matching any word', async () => {
    const found = await searchUsers(http, 'rho');
    expect(found.map((user) => user.displayName)).toEqual(['Cara Rhodes', 'Dev Rhodes-Patel']);
    const request = graph.requests[0];
    expect(request.consistencyLevel).toBe('eventual');
    expect(new URL(request.path, graph.url).searchParams.get('$search')).toBe('"displayName:rho"');
    // Quotes cannot break out of the phrase; one letter asks nothing.
    await searchUsers(http, 'O"Ne');
    expect(new URL(graph.requests[1].path, graph.url).searchParams.get('$search')).toBe('"displayName:O Ne"');
    expect(await searchUsers(http, 'c')).toEqual([]);
    expect(graph.requests).toHaveLength(2);
  });

  describe('the resolving directory on top', () => {
    test('ids asked for by several components at once go to Graph in one call, and are never asked twice', async () => {
      const people = createResolvingPeopleDirectory(graphPeopleLookup(http));
      const changes = jest.fn();
      people.subscribe(changes);
      expect(people.displayName(CARA.id)).toBeUndefined();
      await Promise.all([people.resolve([CARA.id]), people.resolve([DEV.id, CARA.id]), people.resolve([SIOBHAN.id])]);
      expect(graph.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
      expect(people.displayName(CARA.id.toUpperCase())).toBe('Cara Rhodes');
      expect(personLabel(people, SIOBHAN.id)).toBe('Siobhán O\u2019Neill');
      expect(changes).toHaveBeenCalledTimes(1);
      await people.resolve([CARA.id, DEV.id]);
      expect(graph.requests).toHaveLength(1);
      expect(people.list().map((p) => p.displayName)).toEqual(['Cara Rhodes', 'Dev Rhodes-Patel', 'Siobhán O\u2019Neill']);
    });

    test('when Graph refuses, the id is shown, the error is reported once, and the id is not asked again', async () => {
      graph.refuseAll = true;
      const errors: unknown[] = [];
      const people = createResolvingPeopleDirectory(graphPeopleLookup(http), {
        known: [{ id: objectId(2), displayName: 'Dev Rhodes-Patel' }],
        onError: (error) => errors.push(error)
      });
      await people.resolve([CARA.id, DEV.id]);
      expect(personLabel(people, CARA.id)).toBe(CARA.id);
      expect(personLabel(people, DEV.id)).toBe('Dev Rhodes-Patel');
      expect(errors).toHaveLength(1);
      const calls = graph.requests.length;
      await people.resolve([CARA.id]);
      expect(graph.requests).toHaveLength(calls);
      // Search falls back to the people already known by name.
      expect((await people.search('rhod')).map((p) => p.displayName)).toEqual(['Dev Rhodes-Patel']);
    });
  });

  describe("through the Microsoft Graph JS client (what SPFx's MSGraphClientV3 wraps)", () => {
    /**
     * The Graph JS client with its own HTTP handler. Its default chain drops the token for any
     * host but https Graph (so a local server never gets it); here a one-line middleware adds
     * it, as MSGraphClientV3 adds the user's token in SPFx.
     */
    function sdkClient(): Client {
      const bearer: Middleware & { next?: Middleware } = {
        execute: async (context: Context) => {
          context.options = {
            ...context.options,
            headers: { ...(context.options?.headers as Record<string, string>), Authorization: 'Bearer sdk-token' }
          };
          await bearer.next?.execute(context);
        },
        setNext: (next: Middleware) => {
          bearer.next = next;
        }
      };
      return Client.initWithMiddleware({
        baseUrl: `${graph.url}/`,
        defaultVersion: 'v1.0',
        middleware: [bearer, new HTTPMessageHandler()]
      });
    }

    test('getByIds, the filter and search go over the client with version, headers and body intact', async () => {
      const lookup = graphPeopleLookup(msGraphHttp(sdkClient()));
      expect((await lookup.byIds([CARA.id])).map((p) => [p.displayName, p.email])).toEqual([['Cara Rhodes', 'cara.rhodes@council.gov.uk']]);
      expect((await lookup.search('Rhodes')).map((p) => p.displayName)).toEqual(['Cara Rhodes', 'Dev Rhodes-Patel']);
      expect(graph.requests.map((r) => [r.method, r.path.split('?')[0], r.consistencyLevel])).toEqual([
        ['POST', '/v1.0/directoryObjects/getByIds', undefined],
        ['GET', '/v1.0/users', 'eventual']
      ]);
      expect(graph.requests[0].body).toEqual({ ids: [CARA.id], types: ['user'] });
    });

    test('a 403 from getByIds comes back as a status (raw response), so the filter takes over', async () => {
      graph.refuseGetByIds = true;
      const lookup = graphPeopleLookup(msGraphHttp(sdkClient()));
      expect((await lookup.byIds([SIOBHAN.id])).map((p) => p.displayName)).toEqual(['Siobhán O\u2019Neill']);
      expect(graph.requests.map((r) => r.path.split('?')[0])).toEqual(['/v1.0/directoryObjects/getByIds', '/v1.0/users']);
    });
  });
});
