// A loopback HTTP proxy that adds a modelled network latency to every request it forwards and
// records when each request arrived and when its answer was finished. The actions benchmark
// puts one in front of the emulator and one in front of the case service for each hop a real
// tenant has (browser to SharePoint Online, browser to the case service, Teams to the bot, the
// service to SharePoint and to the Bot Connector), so that requests made one after another
// really do wait one after another, as they would over the internet.
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

/** Who calls whom. The first three start at the person's client; the last two inside the service. */
export type Hop = 'browser→SharePoint' | 'browser→service' | 'Teams→service' | 'service→SharePoint' | 'service→Bot Connector';

export const CLIENT_HOPS: ReadonlySet<Hop> = new Set<Hop>(['browser→SharePoint', 'browser→service', 'Teams→service']);

export interface RecordedRequest {
  hop: Hop;
  method: string;
  path: string;
  status: number;
  /** For a $batch: the requests inside it ("GET /sites/ccm/_api/..."), in order. */
  inner?: string[];
  /** performance.now() when the request reached the proxy. */
  start: number;
  /** performance.now() when the answer was finished (latency included). */
  end: number;
}

/** Every proxied request, in the order each was answered. */
export class RequestLog {
  public readonly entries: RecordedRequest[] = [];
  private readonly open = new Set<number>();
  private nextId = 0;

  public began(): number {
    const id = this.nextId++;
    this.open.add(id);
    return id;
  }

  public finished(id: number, entry: RecordedRequest): void {
    this.open.delete(id);
    this.entries.push(entry);
  }

  /** Requests still waiting for their answer. */
  public get inFlight(): number {
    return this.open.size;
  }

  /** The requests that began at or after `since` (a performance.now() instant). */
  public since(since: number): RecordedRequest[] {
    return this.entries.filter((entry) => entry.start >= since);
  }
}

export interface LatencyProxy {
  url: string;
  close(): Promise<void>;
}

export interface LatencyProxyOptions {
  /** The origin requests go on to (e.g. http://127.0.0.1:4323). */
  target: string;
  hop: Hop;
  /** The modelled latency of one round trip, in ms: added once per request, before it is forwarded. */
  latencyMs: number;
  log: RequestLog;
}

// Hop-by-hop headers are the proxy's own business (RFC 9110 section 7.6.1).
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade'
]);

function endToEnd(headers: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  const out: http.OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name.toLowerCase())) out[name] = value;
  }
  return out;
}

const BATCH_PART = /^(GET|POST|PUT|PATCH|MERGE|DELETE) (\S+) HTTP\/1\.1/gm;

/** Reads the parts of a $batch body as it streams past (the stream itself is still piped on unchanged). */
function batchParts(request: http.IncomingMessage): string[] {
  const parts: string[] = [];
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    for (const match of Buffer.concat(chunks).toString('utf8').matchAll(BATCH_PART)) {
      parts.push(`${match[1]} ${new URL(match[2], 'http://localhost').pathname}`);
    }
  });
  return parts;
}

/**
 * Starts the proxy on a free loopback port. The Host header is passed on unchanged, so the
 * emulator writes addresses that lead back through whoever called it.
 */
export async function startLatencyProxy(options: LatencyProxyOptions): Promise<LatencyProxy> {
  const target = new URL(options.target);
  const server = http.createServer((request, response) => {
    const start = performance.now();
    const id = options.log.began();
    const method = request.method ?? 'GET';
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    request.pause();
    const inner = path.endsWith('/$batch') ? batchParts(request) : undefined;
    response.on('close', () =>
      options.log.finished(id, {
        hop: options.hop,
        method,
        path,
        status: response.statusCode,
        ...(inner ? { inner } : {}),
        start,
        end: performance.now()
      })
    );
    setTimeout(() => {
      const upstream = http.request(
        { hostname: target.hostname, port: target.port, method, path: request.url, headers: endToEnd(request.headers) },
        (answer) => {
          response.writeHead(answer.statusCode ?? 502, answer.statusMessage, endToEnd(answer.headers));
          answer.pipe(response);
        }
      );
      upstream.on('error', (error) => {
        if (response.headersSent) response.destroy(error);
        else response.writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not reachable: ${error.message}`);
      });
      request.pipe(upstream);
    }, options.latencyMs);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      })
  };
}
