// The SPFx shim's page server: a minimal stand-in for a SharePoint page (or a Teams tab) that
// runs the RELEASE build of the web part, the files packed into the .sppkg, under a minimal
// SPFx host (browser/boot.ts). The .sppkg's ClientSideAssets are served under the path a
// tenant's app catalogue would use; the site (/sites/ccm), the case service (/api) and the
// loopback token (/local-auth/token) are passed to the local host server, which proxies the
// emulator and the case service; Microsoft Graph is answered from the personas (graphAnswer.ts).
//   GET /?as=<persona>[&case=<id>][&host=teams]
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { build } from 'esbuild';
import { findLocalUser } from '../host/localUsers';
import { answerGraph, readBody } from './graphAnswer';
import { readShippedWebPart, type ShippedWebPart } from './sppkg';

export interface SpfxShimOptions {
  /** The local host server (it proxies /sites/ccm to the emulator and /api to the case service, and issues tokens). */
  upstreamUrl: string;
  sppkgPath?: string;
  port?: number;
  /** Sees each request for a file of the .sppkg (the test checks the lazy chunks come from the asset base path). */
  onAsset?: (name: string, found: boolean) => void;
}

export interface RunningSpfxShim {
  url: string;
  /** Where the .sppkg's ClientSideAssets are served, e.g. /sites/appcatalog/ClientSideAssets/<solution id>/. */
  assetBasePath: string;
  shipped: ShippedWebPart;
  close(): Promise<void>;
}

/** The case service resource the web part is configured with (any value: the shim's AadHttpClient checks it matches). */
export const SHIM_SERVICE_RESOURCE = 'api://ccm-local-service';

async function bundleBoot(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(__dirname, 'browser', 'boot.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent'
  });
  return result.outputFiles[0].text;
}

function pageHtml(config: unknown, kind: 'sharepoint' | 'teams'): string {
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Customer Case Management (${kind === 'teams' ? 'Teams tab' : 'SharePoint page'}, SPFx shim)</title></head>
<body>
<div id="ccm-web-part"></div>
<script>window.__CCM_SHIM__ = ${json};</script>
<script src="/_shim/boot.js"></script>
</body>
</html>`;
}

function forward(request: http.IncomingMessage, response: http.ServerResponse, upstream: URL): void {
  const outgoing = http.request(
    { hostname: upstream.hostname, port: upstream.port, method: request.method, path: request.url, headers: request.headers },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.statusMessage, answer.headers);
      answer.pipe(response);
    }
  );
  outgoing.on('error', (error) => {
    if (response.headersSent) response.destroy(error);
    else
      response
        .writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8' })
        .end(`The local host server is not reachable (${error.message}).`);
  });
  request.pipe(outgoing);
}

export async function startSpfxShim(options: SpfxShimOptions): Promise<RunningSpfxShim> {
  const shipped = await readShippedWebPart(options.sppkgPath);
  const boot = await bundleBoot();
  const upstream = new URL(options.upstreamUrl);
  const assetBasePath = `/sites/appcatalog/ClientSideAssets/${shipped.solutionId}/`;
  let origin = '';

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const method = request.method ?? 'GET';
    if (url.pathname.startsWith(assetBasePath)) {
      const name = decodeURIComponent(url.pathname.slice(assetBasePath.length));
      const asset = shipped.assets.get(name);
      options.onAsset?.(name, asset !== undefined);
      if (!asset) response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not in the .sppkg');
      else response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' }).end(asset);
      return;
    }
    if (url.pathname === '/_shim/boot.js') {
      response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' }).end(boot);
      return;
    }
    if (url.pathname.startsWith('/graph/')) {
      readBody(request)
        .then((body) => {
          const answer = answerGraph(method, url, body) ?? {
            status: 404,
            body: { error: { code: 'NotFound', message: 'Not answered by the shim.' } }
          };
          response.writeHead(answer.status, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(answer.body));
        })
        .catch((error: unknown) => response.writeHead(500).end(String(error)));
      return;
    }
    if (url.pathname === '/' || url.pathname === '/index.html') {
      const persona = findLocalUser(url.searchParams.get('as') ?? undefined);
      if (!persona) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('No such persona: ?as=<persona key>.');
        return;
      }
      const kind = url.searchParams.get('host') === 'teams' ? 'teams' : 'sharepoint';
      const config = {
        siteUrl: `${origin}/sites/ccm`,
        user: {
          key: persona.key,
          login: persona.login,
          displayName: persona.title,
          email: persona.email,
          entraObjectId: persona.entraObjectId
        },
        teams: kind === 'teams' ? { subPageId: url.searchParams.get('case') ?? '', theme: 'default' } : undefined,
        serviceUrl: origin,
        serviceResource: SHIM_SERVICE_RESOURCE,
        graphBase: `${origin}/graph`,
        assetBase: `${origin}${assetBasePath}`,
        loaderConfig: shipped.loaderConfig,
        properties: { mode: 'app', serviceUrl: origin, serviceResource: SHIM_SERVICE_RESOURCE }
      };
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(pageHtml(config, kind));
      return;
    }
    forward(request, response, upstream);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/`,
    assetBasePath,
    shipped,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      })
  };
}
