import * as path from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles the local host page with esbuild (about a second) into memory. The SPFx build
 * is for tenants; this is the same React tree with a local context, for development and
 * browser tests only. Never part of the .sppkg.
 */
export async function bundleHostPage(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(__dirname, 'main.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    minify: true,
    sourcemap: 'inline',
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.ts': 'ts', '.tsx': 'tsx' },
    logLevel: 'silent'
  });
  return result.outputFiles[0].text;
}
