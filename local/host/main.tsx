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
import { spfi, DefaultHeaders, DefaultInit } from '@pnp/sp';
import { BrowserFetchWithRetry, DefaultParse } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/attachments';
import '@pnp/sp/batching';
import { mountApp } from '../../src/ui/mount';
import { type CurrentUser, type HostInfo, type HostTheme, toAppMode } from '../../src/ui/host/hostInfo';
import type { AppServices } from '../../src/ui/services/AppServices';
import { createCaseServiceClient } from '../../src/ui/services/caseServiceClient';
import { systemClock } from '../../src/ui/services/clock';
import { sectionGuidanceSource } from '../../src/ui/services/guidance';
import { createPeopleDirectory } from '../../src/ui/services/people';
import { resolveRoles, withUserRoles } from '../../src/ui/services/roles';
import type { RoleAssignments } from '../../src/domain';
import { createSharePointCaseStore } from '../../src/data/sharepoint/caseStore';
import { LocalEmulatorUser } from '../emulator/pnp-local-user';
import { LOCAL_HOST_USERS, findLocalUser, type LocalHostUser } from './localUsers';
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

/** A loopback Entra token for the persona, from the host server (local only), renewed on a 401. */
function tokenSource(user: LocalHostUser): (renew: boolean) => Promise<string> {
  let token: Promise<string> | undefined;
  return (renew) => {
    if (!token || renew) {
      token = fetch(`/local-auth/token?as=${encodeURIComponent(user.key)}`).then(async (response) => {
        if (!response.ok) throw new Error(`the local token endpoint answered ${response.status}`);
        return ((await response.json()) as { token: string }).token;
      });
      token.catch(() => {
        token = undefined;
      });
    }
    return token;
  };
}

function currentUserOf(user: LocalHostUser): CurrentUser {
  return { id: user.entraObjectId, login: user.login, displayName: user.title, email: user.email };
}

async function emulatorServices(user: LocalHostUser): Promise<AppServices> {
  const sp = spfi(`${window.location.origin}/sites/ccm`).using(
    DefaultHeaders(),
    DefaultInit(),
    BrowserFetchWithRetry(),
    DefaultParse(),
    LocalEmulatorUser(user.login)
  );
  const store = createSharePointCaseStore(sp);
  // Who the user is, in one $batch round trip: their groups and the role assignments.
  const [batched, execute] = sp.batched();
  const reads = Promise.all([
    batched.web.currentUser.groups().then((rows) => rows.map((group) => group.Title)),
    createSharePointCaseStore(batched)
      .settings.get<RoleAssignments>('roleAssignments')
      .then((value) => value ?? {})
  ]);
  reads.catch(() => undefined); // settled inside execute(); the error is seen below
  await execute();
  const [groups, assignments] = await reads;
  const roles = resolveRoles(groups, assignments, user.entraObjectId);
  const token = tokenSource(user);
  const sendOnce = async (path: string, init: { method: 'GET' | 'POST'; body?: string }, renew: boolean): Promise<Response> =>
    fetch(path, {
      method: init.method,
      body: init.body,
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await token(renew)}` }
    });
  return {
    store,
    attachments: {
      add: async (incidentId, file) => {
        const stored = await store.incidents.get(incidentId);
        const item = sp.web.lists.getByTitle('Incidents').items.getById(stored.itemId);
        await item.attachmentFiles.add(file.name, file.content);
        return { name: file.name, url: `/sites/ccm/Lists/Incidents/Attachments/${stored.itemId}/${file.name}` };
      }
    },
    caseService: createCaseServiceClient(async (path, init) => {
      if (!config.caseService) {
        return {
          ok: false,
          status: 503,
          json: async () => ({ message: 'The case service is not running with this local page. Start everything with npm start.' })
        };
      }
      const first = await sendOnce(path, init, false);
      const response = first.status === 401 ? await sendOnce(path, init, true) : first;
      return { ok: response.ok, status: response.status, json: () => response.json() };
    }),
    currentUser: currentUserOf(user),
    roles,
    roleAssignments: withUserRoles(assignments, user.entraObjectId, roles),
    clock: systemClock,
    guidance: sectionGuidanceSource(systemClock.today),
    // The personas are the local directory: names keyed by their Entra object ids.
    people: createPeopleDirectory(
      LOCAL_HOST_USERS.map((persona) => ({ id: persona.entraObjectId, displayName: persona.title, email: persona.email }))
    ),
    newRequestKey: () => crypto.randomUUID()
  };
}

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
  const host: HostInfo = { kind: 'local', theme, mode, user: currentUserOf(user), deepLink };
  mountApp(root, host, emulatorServices(user));
}

start().catch((error: unknown) => {
  const root = document.getElementById('root');
  if (root)
    root.textContent = `The local host page could not start: ${error instanceof Error ? error.message : String(error)}. Is the emulator running?`;
});
