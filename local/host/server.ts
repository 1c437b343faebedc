import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { bundleHostPage } from './bundle';
import { hostPageHtml } from './page';

export interface HostServerOptions {
  port?: number;
  host?: string;
}

export interface RunningHostServer {
  url: string;
  close(): Promise<void>;
}

const BUNDLE_PATH = '/host.js';

/** Serves the local host page and its bundle on loopback. */
export async function startHostServer(options: HostServerOptions = {}): Promise<RunningHostServer> {
  const script = await bundleHostPage();
  const server = http.createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (pathname === BUNDLE_PATH) {
      response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' }).end(script);
      return;
    }
    if (pathname === '/' || pathname === '/index.html') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(hostPageHtml(BUNDLE_PATH));
      return;
    }
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve) => server.listen(options.port ?? 4321, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
  };
}
