// How many round trips a person waits for, one after another, when they press a button: the
// longest chain of requests in which each starts only after the one before it was answered.
// Requests that overlap in time are one round trip. A request from the person's client to the
// case service costs its own round trip plus the longest such chain the service made inside
// it (to SharePoint or the Bot Connector) before answering; what the service does after it
// has answered is off the person's critical path and is reported apart.
import { CLIENT_HOPS, type RecordedRequest } from './latencyProxy';

export interface CriticalPath {
  /** Sequential round trips on the critical path. */
  roundTrips: number;
  /** The chain itself, in order (nested service calls follow their client request, indented). */
  chain: string[];
  /** Requests the client made in the window. */
  clientRequests: number;
  /** Requests the service made while a client request waited for it. */
  nestedRequests: number;
  /** Requests the service made after it had answered (the person does not wait for them). */
  backgroundRequests: number;
}

/** The longest chain of requests, each starting after the previous one ended, with its length. */
function longestChain(requests: readonly RecordedRequest[], weight: (request: RecordedRequest) => number): RecordedRequest[] {
  const sorted = [...requests].sort((a, b) => a.start - b.start || a.end - b.end);
  const depth: number[] = [];
  const previous: number[] = [];
  sorted.forEach((request, index) => {
    let best = -1;
    for (let earlier = 0; earlier < index; earlier++) {
      if (sorted[earlier].end <= request.start && (best < 0 || depth[earlier] > depth[best])) best = earlier;
    }
    depth[index] = weight(request) + (best < 0 ? 0 : depth[best]);
    previous[index] = best;
  });
  if (sorted.length === 0) return [];
  let last = depth.indexOf(Math.max(...depth));
  const chain: RecordedRequest[] = [];
  while (last >= 0) {
    chain.unshift(sorted[last]);
    last = previous[last];
  }
  return chain;
}

function describe(request: RecordedRequest): string {
  const parts = request.inner?.length ? `: ${request.inner.join('; ')}` : '';
  return `${request.hop} ${request.method} ${request.path} (${request.status})${parts}`;
}

/** The critical path of the requests recorded during one action. */
export function criticalPath(requests: readonly RecordedRequest[]): CriticalPath {
  const client = requests.filter((request) => CLIENT_HOPS.has(request.hop));
  const server = requests.filter((request) => !CLIENT_HOPS.has(request.hop));
  const isInside = (inner: RecordedRequest, outer: RecordedRequest): boolean => inner.start >= outer.start && inner.end <= outer.end;
  const servesClient = (request: RecordedRequest): boolean => request.hop !== 'browser→SharePoint';
  const nestedIn = (outer: RecordedRequest): RecordedRequest[] =>
    servesClient(outer) ? server.filter((inner) => isInside(inner, outer)) : [];
  const nestedChain = new Map(client.map((request) => [request, longestChain(nestedIn(request), () => 1)]));
  const chain = longestChain(client, (request) => 1 + (nestedChain.get(request)?.length ?? 0));
  const nested = new Set(client.flatMap((request) => nestedIn(request)));
  return {
    roundTrips: chain.reduce((sum, request) => sum + 1 + (nestedChain.get(request)?.length ?? 0), 0),
    chain: chain.flatMap((request) => [describe(request), ...(nestedChain.get(request) ?? []).map((inner) => `  ${describe(inner)}`)]),
    clientRequests: client.length,
    nestedRequests: nested.size,
    backgroundRequests: server.length - nested.size
  };
}
