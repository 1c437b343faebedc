import { createHash } from 'node:crypto';
import type * as http from 'node:http';
import type { HostAsset } from './bundle';

/** A strong entity tag per asset path: the bundle never changes while a server runs. */
export function entityTagsOf(assets: ReadonlyMap<string, HostAsset>): Map<string, string> {
  const tags = new Map<string, string>();
  for (const [pathname, asset] of assets) {
    tags.set(pathname, `"${createHash('sha1').update(asset.body).digest('base64url')}"`);
  }
  return tags;
}

/**
 * Serves one bundle file with `no-cache` and an entity tag, so that the browser asks again on
 * every page load (a restarted `npm start` with changed code is never served stale) but gets a
 * 304 while nothing changed, and keeps the file in its HTTP cache. Chromium only keeps the
 * compiled code of a script (V8's code cache) for a script that is in its HTTP cache: with
 * `no-store` every page load of the browser tests compiled the whole bundle again.
 */
export function serveAsset(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  asset: HostAsset,
  tags: ReadonlyMap<string, string>
): void {
  const tag = tags.get(new URL(request.url ?? '/', 'http://localhost').pathname);
  const headers: http.OutgoingHttpHeaders = { 'Content-Type': asset.contentType, 'Cache-Control': 'no-cache' };
  if (tag) headers.ETag = tag;
  if (tag && request.headers['if-none-match'] === tag) {
    response.writeHead(304, headers).end();
    return;
  }
  response.writeHead(200, headers).end(request.method === 'HEAD' ? undefined : asset.body);
}
