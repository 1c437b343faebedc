import * as path from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles the local host page with esbuild (about a second) into memory. The SPFx build
 * is for tenants; this is the same React tree with a local context, for development and
 * browser tests only. Never part of the .sppkg.
 */
export async function bundleHostPage(): Promise<{ script: string; sourceMap: string }> {
  const result = await build({
    entryPoints: [path.join(__dirname, 'main.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    minify: true,
    // A linked map (served beside the bundle) keeps the script small to parse; devtools fetch the map on demand.
    sourcemap: 'linked',
    outdir: 'out',
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.ts': 'ts', '.tsx': 'tsx' },
    logLevel: 'silent'
  });
  const script = result.outputFiles.find((file) => file.path.endsWith('.js'));
  const sourceMap = result.outputFiles.find((file) => file.path.endsWith('.js.map'));
  if (!script || !sourceMap) throw new Error('esbuild returned no bundle for the local host page.');
  return { script: script.text, sourceMap: sourceMap.text };
}
