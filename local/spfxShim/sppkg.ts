// What the SPFx shim serves from the built .sppkg itself: the files of its ClientSideAssets
// (the release bundle, its chunks and strings) and the web part's component manifest (its
// loader configuration), so that the files run are the very files a tenant would install.
import * as fs from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';

export interface ShippedWebPart {
  sppkgPath: string;
  solutionId: string;
  /** ClientSideAssets by file name. */
  assets: Map<string, Buffer>;
  /** The component manifest's loaderConfig (entryModuleId, scriptResources). */
  loaderConfig: { entryModuleId: string; scriptResources: Record<string, unknown> };
}

export const DEFAULT_SPPKG = path.join(__dirname, '..', '..', 'sharepoint', 'solution', 'customer-case-management.sppkg');

/** Thrown, with what to do, when `npm run build` has not produced the .sppkg. */
export class MissingBuildError extends Error {
  public constructor(sppkgPath: string) {
    super(
      `The shipped bundle is missing: ${sppkgPath} does not exist. Run \`npm run build\` first (CI builds before it tests: .ci/run). ` +
        'The shipped-bundle tests and benchmarks load the files packed into the .sppkg and nothing else.'
    );
    this.name = 'MissingBuildError';
  }
}

const ATTRIBUTES: Record<'ComponentManifest' | 'ProductID', RegExp> = {
  ComponentManifest: /ComponentManifest="([^"]*)"/,
  ProductID: /ProductID="([^"]*)"/
};

function xmlAttribute(xml: string, name: keyof typeof ATTRIBUTES): string | undefined {
  const match = ATTRIBUTES[name].exec(xml);
  if (!match) return undefined;
  return match[1]
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

export async function readShippedWebPart(sppkgPath: string = DEFAULT_SPPKG): Promise<ShippedWebPart> {
  if (!fs.existsSync(sppkgPath)) throw new MissingBuildError(sppkgPath);
  const zip = await JSZip.loadAsync(fs.readFileSync(sppkgPath));
  const assets = new Map<string, Buffer>();
  let loaderConfig: ShippedWebPart['loaderConfig'] | undefined;
  let solutionId = '';
  for (const [name, file] of Object.entries(zip.files)) {
    if (file.dir) continue;
    if (name.startsWith('ClientSideAssets/')) assets.set(name.slice('ClientSideAssets/'.length), await file.async('nodebuffer'));
    if (/WebPart_[0-9a-f-]+\.xml$/.test(name)) {
      const manifest = xmlAttribute(await file.async('string'), 'ComponentManifest');
      if (manifest) loaderConfig = (JSON.parse(manifest) as { loaderConfig: ShippedWebPart['loaderConfig'] }).loaderConfig;
    }
    if (name === 'AppManifest.xml') solutionId = xmlAttribute(await file.async('string'), 'ProductID') ?? '';
  }
  if (!loaderConfig) throw new Error(`${sppkgPath} holds no web part component manifest.`);
  if (assets.size === 0) throw new Error(`${sppkgPath} holds no ClientSideAssets (includeClientSideAssets must be true).`);
  return { sppkgPath, solutionId, assets, loaderConfig };
}
