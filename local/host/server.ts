import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ENTRY_PATH, bundleHostPage } from './bundle';
import { entityTagsOf, serveAsset } from './assetCaching';
import { hostPageHtml, type LocalHostConfig } from './page';
import { findLocalUser } from './localUsers';

export interface HostServerOptions {
  port?: number;
  host?: string;
  /** The emulator's origin or site URL (e.g. http://127.0.0.1:4323/sites/ccm): `/sites/ccm/*` is proxied there. */
  sharePointUrl?: string;
  /** The case service's origin (e.g. http://127.0.0.1:3978): `/api/*` (not `/api/messages`) is proxied there. */
  caseServiceUrl?: string;
  /** Issues a loopback Entra token for an object id (the case service's `issueToken`), for `GET /local-auth/token?as=<persona>`. */
  issueToken?: (entraObjectId: string) => Promise<string>;
  /** Sees every proxied request (the first-render benchmark counts them). */
  onProxy?: (request: { target: 'sharePoint' | 'caseService'; method: string; path: string }) => void;
}

export interface RunningHostServer {
  url: string;
  close(): Promise<void>;
}

const SITE_PREFIX = '/sites/ccm';

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

function forwardHeaders(headers: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  const out: http.OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name.toLowerCase())) out[name] = value;
  }
  return out;
}

/**
 * Streams one request to `origin` with the same method, path, query, headers (the Host header
 * too, so the emulator writes URLs the browser can follow back through this proxy) and body.
 */
function proxy(request: http.IncomingMessage, response: http.ServerResponse, origin: URL, label: string): void {
  const upstream = http.request(
    {
      protocol: origin.protocol,
      hostname: origin.hostname,
      port: origin.port,
      method: request.method,
      path: request.url,
      headers: forwardHeaders(request.headers)
    },
    (answer) => {
      const headers: http.OutgoingHttpHeaders = {};
      for (const [name, value] of Object.entries(answer.headers)) {
        if (value !== undefined && !HOP_BY_HOP.has(name.toLowerCase())) headers[name] = value;
      }
      response.writeHead(answer.statusCode ?? 502, answer.statusMessage, headers);
      answer.pipe(response);
    }
  );
  upstream.on('error', (error) => {
    if (response.headersSent) {
      response.destroy(error);
      return;
    }
    response
      .writeHead(502, { 'Content-Type': 'application/json; charset=utf-8' })
      .end(JSON.stringify({ message: `The local ${label} is not reachable (${error.message}).` }));
  });
  request.pipe(upstream);
}

function originOf(url: string | undefined): URL | undefined {
  return url ? new URL(new URL(url).origin) : undefined;
}

/**
 * Serves the local host page and its bundle on loopback and, when given, proxies the
 * emulator (`/sites/ccm/*`) and the case service (`/api/*`) on the same origin, so the
 * browser needs no CORS and the page is shaped like a SharePoint page calling its own site.
 */
export async function startHostServer(options: HostServerOptions = {}): Promise<RunningHostServer> {
  const { assets, preloads, entryImports } = await bundleHostPage();
  const sharePoint = originOf(options.sharePointUrl);
  const caseService = originOf(options.caseServiceUrl);
  const config: LocalHostConfig = {
    sharePoint: sharePoint !== undefined,
    caseService: caseService !== undefined && options.issueToken !== undefined
  };
  const html = hostPageHtml(ENTRY_PATH, config, preloads, entryImports);
  const assetTags = entityTagsOf(assets);

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const pathname = url.pathname;
    const method = request.method ?? 'GET';
    if (sharePoint && (pathname === SITE_PREFIX || pathname.startsWith(`${SITE_PREFIX}/`))) {
      options.onProxy?.({ target: 'sharePoint', method, path: pathname });
      proxy(request, response, sharePoint, 'SharePoint emulator');
      return;
    }
    if (caseService && pathname.startsWith('/api/') && pathname !== '/api/messages') {
      options.onProxy?.({ target: 'caseService', method, path: pathname });
      proxy(request, response, caseService, 'case service');
      return;
    }
    if (method !== 'GET' && method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (pathname === '/local-auth/token' && options.issueToken) {
      // Local only: a loopback Entra token for a persona, as the tab would get from Entra ID.
      const persona = findLocalUser(url.searchParams.get('as') ?? undefined);
      if (!persona) {
        response.writeHead(404, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify({ message: 'No such persona.' }));
        return;
      }
      options
        .issueToken(persona.entraObjectId)
        .then((token) =>
          response
            .writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
            .end(JSON.stringify({ token }))
        )
        .catch((error: unknown) => response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(String(error)));
      return;
    }
    const asset = assets.get(pathname);
    if (asset) {
      serveAsset(request, response, asset, assetTags);
      return;
    }
    if (pathname === '/' || pathname === '/index.html') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
      return;
    }
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4321, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      })
  };
}
