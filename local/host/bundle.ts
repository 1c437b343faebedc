import * as path from 'node:path';
import { build, type Metafile } from 'esbuild';
import { cachedBuild } from './bundleCache';
import { fluentPerPackageImports } from './fluentImports';

/** One file of the local host page's bundle, served from memory under ASSET_PREFIX. */
export interface HostAsset {
  contentType: string;
  body: string;
}

export const ASSET_PREFIX = '/assets/';
export const ENTRY_PATH = `${ASSET_PREFIX}main.js`;

/**
 * Bundles the local host page with esbuild (about a second) into memory. The SPFx build
 * is for tenants; this is the same React tree with a local context, for development and
 * browser tests only. Never part of the .sppkg. ES modules with code splitting, so the
 * screens the UI loads with `import()` arrive as separate chunks, as in the web part, and
 * first render does not wait for every screen to be parsed.
 */
/**
 * The chunks the SharePoint mode fetches at once with `import()` (its services; the home screen,
 * the usual first screen). The page names them in `<link rel="modulepreload">`, so the browser
 * fetches and compiles them beside the entry instead of after the entry has run.
 */
const PRELOADED_ENTRY_POINTS: readonly string[] = ['local/host/emulatorServices.ts', 'src/ui/screens/home/HomeScreen.tsx'];

export interface HostBundle {
  assets: Map<string, HostAsset>;
  /**
   * Every chunk the entry imports, however deep (asset paths), for `<link rel="modulepreload">`:
   * otherwise the browser finds each level of imports only once the level above has arrived
   * and been parsed, one round trip per level before the first render.
   */
  entryImports: string[];
  /**
   * The chunks of PRELOADED_ENTRY_POINTS alone (SharePoint mode). Not what they import: under a
   * slow CPU, compiling those beside the entry delayed the first render (measured with
   * bench:first-render), while the services and home chunks themselves are wanted at once.
   */
  preloads: string[];
}

/** The given output files and every file they import statically, however deep (esbuild's metafile). */
function staticClosure(outputs: Metafile['outputs'], roots: readonly string[]): string[] {
  const seen = new Set<string>();
  const waiting = [...roots];
  while (waiting.length > 0) {
    const file = waiting.pop() as string;
    if (seen.has(file) || outputs[file] === undefined) continue;
    seen.add(file);
    for (const imported of outputs[file].imports) if (imported.kind === 'import-statement') waiting.push(imported.path);
  }
  return [...seen];
}

/** The host page's bundle: from the disk cache while no file it was built from has changed (bundleCache.ts). */
export async function bundleHostPage(): Promise<HostBundle> {
  const cached = await cachedBuild(async () => {
    const built = await buildHostPage();
    return {
      value: { assets: [...built.bundle.assets], entryImports: built.bundle.entryImports, preloads: built.bundle.preloads },
      inputFiles: built.inputFiles
    };
  });
  return { assets: new Map(cached.assets), entryImports: cached.entryImports, preloads: cached.preloads };
}

/** Bundles with esbuild; also names every file read (for the cache), this file and the plugin's among them. */
async function buildHostPage(): Promise<{ bundle: HostBundle; inputFiles: string[] }> {
  const outdir = path.join(__dirname, 'out');
  const result = await build({
    entryPoints: [path.join(__dirname, 'main.tsx')],
    bundle: true,
    write: false,
    format: 'esm',
    splitting: true,
    target: 'es2020',
    minify: true,
    // Linked maps (served beside each file) keep scripts small to parse; devtools fetch them on demand.
    sourcemap: 'linked',
    outdir,
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.ts': 'ts', '.tsx': 'tsx' },
    logLevel: 'silent',
    metafile: true,
    plugins: [fluentPerPackageImports()]
  });
  const assets = new Map<string, HostAsset>();
  for (const file of result.outputFiles) {
    const name = path.relative(outdir, file.path).split(path.sep).join('/');
    const contentType = name.endsWith('.map') ? 'application/json; charset=utf-8' : 'text/javascript; charset=utf-8';
    assets.set(`${ASSET_PREFIX}${name}`, { contentType, body: file.text });
  }
  if (!assets.has(ENTRY_PATH)) throw new Error('esbuild returned no entry bundle for the local host page.');
  const outputs = result.metafile.outputs;
  const assetPathOf = (file: string): string => `${ASSET_PREFIX}${path.relative(outdir, path.resolve(file)).split(path.sep).join('/')}`;
  const entryChunk = Object.keys(outputs).find((file) => assetPathOf(file) === ENTRY_PATH) as string;
  const preloads = Object.keys(outputs).filter((file) => {
    const entryPoint = outputs[file].entryPoint;
    return entryPoint !== undefined && PRELOADED_ENTRY_POINTS.indexOf(entryPoint.split(path.sep).join('/')) >= 0;
  });
  const entryImports = staticClosure(outputs, [entryChunk]).filter((file) => file !== entryChunk);
  const inputFiles = Object.keys(result.metafile.inputs)
    .filter((input) => !/^[a-z-]+:/.test(input)) // plugin namespaces name no file
    .map((input) => path.resolve(input));
  inputFiles.push(__filename, path.join(__dirname, 'fluentImports.ts'), path.join(__dirname, 'bundleCache.ts'));
  return { bundle: { assets, entryImports: entryImports.map(assetPathOf), preloads: preloads.map(assetPathOf) }, inputFiles };
}
