// Serves the bare React 17 + Fluent UI v9 page (main.tsx), bundled with the local host page's
// esbuild settings (ES modules, minified, Fluent's per-package imports), for the first-render
// benchmark's yardstick.
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { build } from 'esbuild';
import { fluentPerPackageImports } from '../host/fluentImports';

export interface RunningBarePage {
  url: string;
  close(): Promise<void>;
}

const PAGE = `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Bare React 17 + Fluent UI v9</title>
<style>html, body, #root { margin: 0; height: 100%; font-family: 'Segoe UI', system-ui, sans-serif; }</style></head>
<body><div id="root"></div><script type="module" src="/assets/main.js"></script></body>
</html>`;

export async function startBarePage(): Promise<RunningBarePage> {
  const outdir = path.join(__dirname, 'out');
  const result = await build({
    entryPoints: [path.join(__dirname, 'main.tsx')],
    bundle: true,
    write: false,
    format: 'esm',
    splitting: true,
    target: 'es2020',
    minify: true,
    outdir,
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.ts': 'ts', '.tsx': 'tsx' },
    logLevel: 'silent',
    plugins: [fluentPerPackageImports()]
  });
  const assets = new Map(
    result.outputFiles.map((file) => [`/assets/${path.relative(outdir, file.path).split(path.sep).join('/')}`, file.text])
  );
  const server = http.createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const asset = assets.get(pathname);
    if (asset) response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' }).end(asset);
    else if (pathname === '/') response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(PAGE);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      })
  };
}
