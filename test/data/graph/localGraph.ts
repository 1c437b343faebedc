// A small stand-in for Microsoft Graph over real HTTP, for the people directory's tests.
// It answers the calls the directory makes the way Graph does (shapes from the Graph docs):
// POST /v1.0/directoryObjects/getByIds, GET /v1.0/users?$filter=id in (...) and
// GET /v1.0/users?$search="displayName:..." (refused without ConsistencyLevel: eventual),
// with Graph's error body, and can refuse (403) or throttle (429 with Retry-After).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GraphUserRecord {
  id: string;
  displayName: string;
  mail: string;
  userPrincipalName: string;
}

export interface LocalGraph {
  url: string;
  /** Every request: method, path with query, and the ConsistencyLevel header. */
  requests: { method: string; path: string; consistencyLevel?: string; body?: unknown }[];
  /** getByIds answers 403 Authorization_RequestDenied (no Directory.Read.All consent). */
  refuseGetByIds: boolean;
  /** getByIds answers users with only @odata.type and id (limited information). */
  limitedGetByIds: boolean;
  /** Every call answers 403 (no consent at all). */
  refuseAll: boolean;
  /** The next n calls answer 429 with this Retry-After (seconds). */
  throttle(n: number, retryAfterSeconds: number): void;
  close(): Promise<void>;
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'Content-Type': 'application/json; odata.metadata=minimal', ...headers });
  response.end(JSON.stringify(body));
}

function graphError(code: string, message: string): unknown {
  return { error: { code, message, innerError: { date: '2026-11-28T10:00:00', 'request-id': 'local', 'client-request-id': 'local' } } };
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return chunks.length === 0 ? undefined : JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

const USER_TYPE = '#microsoft.graph.user';

export async function startLocalGraph(users: readonly GraphUserRecord[]): Promise<LocalGraph> {
  let throttleLeft = 0;
  let retryAfter = 0;
  const byId = new Map(users.map((user) => [user.id.toLowerCase(), user]));
  const state: Omit<LocalGraph, 'url' | 'close' | 'throttle'> = {
    requests: [],
    refuseGetByIds: false,
    limitedGetByIds: false,
    refuseAll: false
  };

  const server = createServer((request, response) => {
    const handle = async (): Promise<void> => {
      const url = new URL(request.url ?? '/', 'http://graph.local');
      const body = request.method === 'POST' ? await readJson(request) : undefined;
      const consistency = request.headers.consistencylevel;
      state.requests.push({
        method: request.method ?? '',
        path: `${url.pathname}${url.search}`,
        consistencyLevel: typeof consistency === 'string' ? consistency : undefined,
        body
      });
      if (!/^Bearer \S+/.test(request.headers.authorization ?? '')) {
        return send(response, 401, graphError('InvalidAuthenticationToken', 'Access token is empty.'));
      }
      if (throttleLeft > 0) {
        throttleLeft -= 1;
        return send(response, 429, graphError('TooManyRequests', 'Too many requests.'), { 'Retry-After': String(retryAfter) });
      }
      if (state.refuseAll)
        return send(response, 403, graphError('Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'));

      if (request.method === 'POST' && url.pathname === '/v1.0/directoryObjects/getByIds') {
        if (state.refuseGetByIds) {
          return send(response, 403, graphError('Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'));
        }
        const { ids, types } = (body ?? {}) as { ids?: unknown; types?: unknown };
        if (!Array.isArray(ids) || ids.length === 0 || ids.length > 1000) {
          return send(response, 400, graphError('Request_BadRequest', 'The ids collection must hold between 1 and 1000 ids.'));
        }
        if (Array.isArray(types) && !types.every((type) => String(type).toLowerCase() === 'user')) {
          return send(response, 400, graphError('Request_BadRequest', 'Only user is served here.'));
        }
        const found = ids.map((id) => byId.get(String(id).toLowerCase())).filter((user): user is GraphUserRecord => user !== undefined);
        return send(response, 200, {
          '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#directoryObjects',
          value: found.map((user) =>
            state.limitedGetByIds ? { '@odata.type': USER_TYPE, id: user.id } : { '@odata.type': USER_TYPE, accountEnabled: true, ...user }
          )
        });
      }

      if (request.method === 'GET' && url.pathname === '/v1.0/users') {
        const filter = url.searchParams.get('$filter');
        const search = url.searchParams.get('$search');
        const top = Number(url.searchParams.get('$top') ?? '100');
        let rows: GraphUserRecord[];
        if (filter !== null) {
          const match = /^id in \((.*)\)$/.exec(filter);
          if (!match) return send(response, 400, graphError('Request_UnsupportedQuery', `Unsupported query: ${filter}`));
          const ids = match[1].split(',').map((part) => part.trim().replace(/^'(.*)'$/, '$1'));
          if (ids.length > 15) return send(response, 400, graphError('Request_UnsupportedQuery', 'Too many values in the in operator.'));
          rows = ids.map((id) => byId.get(id.toLowerCase())).filter((user): user is GraphUserRecord => user !== undefined);
        } else if (search !== null) {
          if (consistency !== 'eventual') {
            return send(
              response,
              400,
              graphError(
                'Request_UnsupportedQuery',
                "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'"
              )
            );
          }
          const term = /^"displayName:(.*)"$/.exec(search);
          if (!term) return send(response, 400, graphError('Request_UnsupportedQuery', `Unsupported $search: ${search}`));
          const text = term[1].toLowerCase();
          rows = users.filter((user) =>
            user.displayName
              .toLowerCase()
              .split(/\s+/)
              .some((word) => word.startsWith(text))
          );
        } else {
          rows = [...users];
        }
        return send(response, 200, {
          '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users(id,displayName,mail,userPrincipalName)',
          value: rows.slice(0, top)
        });
      }
      return send(response, 404, graphError('Request_ResourceNotFound', `No route ${request.method} ${url.pathname}`));
    };
    handle().catch((error: unknown) => send(response, 500, graphError('InternalServerError', String(error))));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const graph: LocalGraph = Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    throttle: (n: number, seconds: number) => {
      throttleLeft = n;
      retryAfter = seconds;
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
  });
  return graph;
}
