// Browser entry of the local host page: renders the real UI tree with a local context.
// Persona, theme and mode come from the query string so the persona switcher and tests
// can drive them without any SPFx or Teams runtime.
//
// Two data modes:
// - SharePoint (the default when the host server has an emulator attached, `npm start`):
//   PnPjs in the browser against same-origin `/sites/ccm/_api` (the host server proxies it
//   to the emulator) as the chosen persona, via the emulator's user header; the case service
//   at same-origin `/api` with a loopback Entra token for the persona's object id;
// - `?store=memory` (or no emulator attached): the in-memory data-port fake with demo data,
//   for axe and keyboard tests that need no SharePoint.
import { mountApp } from '../../src/ui/mount';
import { type HostInfo, type HostTheme, toAppMode } from '../../src/ui/host/hostInfo';
import { LOCAL_HOST_USERS, currentUserOf, findLocalUser } from './localUsers';
import { renderPersonaBanner } from './personaBanner';
import { LOCAL_CONFIG_GLOBAL, type LocalHostConfig } from './page';

function themeFromQuery(value: string | undefined): HostTheme {
  return value === 'dark' || value === 'contrast' ? value : 'light';
}

const params = new URLSearchParams(window.location.search);
const config: LocalHostConfig = (window as unknown as Record<string, LocalHostConfig | undefined>)[LOCAL_CONFIG_GLOBAL] ?? {
  sharePoint: false,
  caseService: false
};
const requestedStore = params.get('store');
const useMemory = requestedStore === 'memory' || (requestedStore !== 'sharepoint' && !config.sharePoint);

async function start(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('The local host page has no #root element.');
  const theme = themeFromQuery(params.get('theme') ?? undefined);
  const mode = toAppMode(params.get('mode'));
  const deepLink = { caseId: params.get('case') ?? undefined };
  if (useMemory) {
    const { startMemoryMode } = await import(/* webpackChunkName: 'local-memory-mode' */ './memoryMode');
    startMemoryMode(root, params.get('as') ?? undefined, { theme, mode, deepLink });
    return;
  }
  const user = findLocalUser(params.get('as') ?? undefined) ?? LOCAL_HOST_USERS[0];
  renderPersonaBanner(
    LOCAL_HOST_USERS.map((u) => u.key),
    user.key
  );
  // The app paints its starting shell at once and fills in when the user's first reads answer.
  const host: HostInfo = {
    kind: 'local',
    theme,
    mode,
    user: currentUserOf(user),
    deepLink
  };
  const services = import(/* webpackChunkName: 'local-emulator-services' */ './emulatorServices').then((module) =>
    module.emulatorServices(user, config.caseService, mode === 'app' && !deepLink.caseId)
  );
  mountApp(root, host, services);
}

start().catch((error: unknown) => {
  const root = document.getElementById('root');
  if (root)
    root.textContent = `The local host page could not start: ${error instanceof Error ? error.message : String(error)}. Is the emulator running?`;
});
