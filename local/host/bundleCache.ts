// A disk cache for the local host page's bundle, so that the browser test files (about twenty,
// each with its own host page) and a restarted `npm start` do not each pay esbuild's full build
// (about 7 s of CPU on this machine's two cores; measured in issue 15) for sources that have not
// changed. The cache is valid while every file esbuild read for the build (its metafile inputs,
// node_modules included, plus the build's own configuration files) still has the same size and
// modification time; any difference, a missing file or an unreadable cache means a fresh build.
// A new source file can only change the bundle through a file that imports it, whose time then
// changes. Set CCM_HOST_BUNDLE_CACHE=0 to always build.
import * as fs from 'node:fs';
import * as path from 'node:path';

const CACHE_FILE = path.join(__dirname, '..', '..', 'node_modules', '.cache', 'ccm-host-page', 'bundle.json');
const FORMAT = 'ccm-host-bundle/1';
/** The checkout the cache belongs to: a copied node_modules (a second checkout) must not use another's bundle. */
const CHECKOUT = path.join(__dirname, '..', '..');

interface CacheFile<T> {
  format: string;
  checkout: string;
  /** Absolute path -> "size:mtimeMs" when the bundle was built. */
  inputs: Record<string, string>;
  value: T;
}

function fingerprint(file: string): string | undefined {
  try {
    const stat = fs.statSync(file);
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return undefined;
  }
}

function readValid<T>(): T | undefined {
  if (process.env.CCM_HOST_BUNDLE_CACHE === '0') return undefined;
  try {
    const cached = JSON.parse(fs.readFileSync(CACHE_FILE, 'utf8')) as CacheFile<T>;
    if (cached.format !== FORMAT || cached.checkout !== CHECKOUT) return undefined;
    const unchanged = Object.entries(cached.inputs).every(([file, print]) => fingerprint(file) === print);
    return unchanged ? cached.value : undefined;
  } catch {
    return undefined;
  }
}

function write<T>(inputFiles: readonly string[], value: T): void {
  const inputs: Record<string, string> = {};
  for (const file of inputFiles) {
    const print = fingerprint(file);
    if (print === undefined) return; // a file went away during the build: do not cache this one
    inputs[file] = print;
  }
  try {
    fs.mkdirSync(path.dirname(CACHE_FILE), { recursive: true });
    // Written beside and renamed: two test workers building at once never leave a torn file.
    const temporary = `${CACHE_FILE}.${process.pid}.${Date.now()}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify({ format: FORMAT, checkout: CHECKOUT, inputs, value } satisfies CacheFile<T>));
    fs.renameSync(temporary, CACHE_FILE);
  } catch {
    // A read-only node_modules only costs the next build its time.
  }
}

/**
 * The cached value while its inputs are unchanged, else `build()`'s (then cached). `build`
 * returns the value and the absolute paths of the files it read.
 */
export async function cachedBuild<T>(build: () => Promise<{ value: T; inputFiles: readonly string[] }>): Promise<T> {
  const cached = readValid<T>();
  if (cached !== undefined) return cached;
  const built = await build();
  write(built.inputFiles, built.value);
  return built.value;
}
