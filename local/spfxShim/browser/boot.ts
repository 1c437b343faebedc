// The shim page's script: registers the SPFx contracts and React 17 (which SharePoint's loader
// provides to web parts by component id), loads the web part's entry from the asset base path
// with the AMD loader, and runs the web part's lifecycle in one element, as a SharePoint page
// or a Teams tab would.
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { AmdLoader } from './amdLoader';
import { identifyToEmulator, spCoreLibrary, spHttp, spPropertyPane, spWebPartBase, webPartContext, type ShimConfig } from './spfxContracts';

interface ScriptResource {
  type: 'path' | 'localizedPath' | 'component';
  path?: string;
  defaultPath?: string;
  paths?: Record<string, string>;
  id?: string;
  version?: string;
}

export interface ShimBootConfig extends ShimConfig {
  /** Where the .sppkg's ClientSideAssets are served (ends with '/'). */
  assetBase: string;
  loaderConfig: { entryModuleId: string; scriptResources: Record<string, ScriptResource> };
  properties: Record<string, unknown>;
}

/** The components SharePoint's loader hands to SPComponentLoader.loadComponentById (by the ids SPFx gives them). */
const COMPONENT_IDS: Record<string, string> = {
  '0d910c1c-13b9-4e1c-9aa4-b008c5e42d7d': 'react',
  'aa0a46ec-1505-43cd-a44a-93f3a5aa460a': 'react-dom',
  'c07208f0-ea3b-4c1a-9965-ac1b825211a6': '@microsoft/sp-http',
  '7263c7d0-1d6a-45ec-8d85-d4d1d234171b': '@microsoft/sp-core-library',
  'f9e737b7-f0df-4597-ba8c-3060f82380db': '@microsoft/sp-property-pane',
  '974a7777-0990-4136-8fa6-95d80114c2e0': '@microsoft/sp-webpart-base'
};

interface ShimWebPart {
  __shimInitialise(context: unknown, properties: Record<string, unknown>, domElement: HTMLElement): void;
  onInit(): Promise<void>;
  render(): void;
}

async function boot(config: ShimBootConfig): Promise<void> {
  identifyToEmulator(config);
  const http = spHttp(config);
  const provided: Record<string, unknown> = {
    react: React,
    'react-dom': ReactDOM,
    '@microsoft/sp-http': http,
    '@microsoft/sp-core-library': spCoreLibrary(),
    '@microsoft/sp-property-pane': spPropertyPane(),
    '@microsoft/sp-webpart-base': spWebPartBase()
  };
  const loadComponentById = async (id: string, version: string): Promise<unknown> => {
    const name = COMPONENT_IDS[id];
    if (!name) throw new Error(`The SPFx shim does not provide component ${id} (${version}).`);
    return provided[name];
  };
  provided['@microsoft/sp-loader'] = { SPComponentLoader: { loadComponentById } };

  const paths = new Map<string, string>();
  for (const [name, resource] of Object.entries(config.loaderConfig.scriptResources)) {
    const file =
      resource.type === 'path'
        ? resource.path
        : resource.type === 'localizedPath'
          ? (resource.paths?.['en-GB'] ?? resource.defaultPath)
          : undefined;
    if (file) paths.set(name, config.assetBase + file);
  }
  const loader = new AmdLoader(paths);
  for (const [name, resource] of Object.entries(config.loaderConfig.scriptResources)) {
    if (resource.type !== 'component') continue;
    if (!(name in provided)) throw new Error(`The web part needs ${name}, which the SPFx shim does not provide.`);
    loader.provide(name, provided[name]);
  }
  const amd = loader.define as typeof loader.define & { amd: object };
  amd.amd = {};
  (window as unknown as { define: unknown }).define = amd;

  const entry = (await loader.load(config.loaderConfig.entryModuleId)) as { default: new () => ShimWebPart };
  const webPart = new entry.default();
  const element = document.getElementById('ccm-web-part') as HTMLElement;
  webPart.__shimInitialise(webPartContext(config, http), config.properties, element);
  await webPart.onInit();
  webPart.render();
}

const bootConfig = (window as unknown as { __CCM_SHIM__: ShimBootConfig }).__CCM_SHIM__;
boot(bootConfig).catch((error: unknown) => {
  console.error('The SPFx shim could not start the web part.', error);
  document.body.setAttribute('data-shim-failed', String(error));
});
