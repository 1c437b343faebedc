// Browser entry of the local host page: renders the real UI tree with a local context.
// Persona, theme and mode come from the query string so the persona switcher and tests
// can drive them without any SPFx or Teams runtime.
//
// Two data modes:
// - the default (until the proxy lands): the in-memory data-port fake with demo
//   data, for axe and keyboard tests that need no SharePoint;
// - `?store=sharepoint`: PnPjs in the browser against same-origin `/sites/ccm/_api` (the host server
//   proxies it to the emulator) as the chosen persona, via the emulator's user header.
import { spfi, DefaultHeaders, DefaultInit } from '@pnp/sp';
import { BrowserFetchWithRetry, DefaultParse } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/attachments';
import { mountApp } from '../../src/ui/mount';
import { type HostInfo, type HostTheme, toAppMode } from '../../src/ui/host/hostInfo';
import type { AppServices } from '../../src/ui/services/AppServices';
import { createCaseServiceClient } from '../../src/ui/services/caseServiceClient';
import { systemClock } from '../../src/ui/services/clock';
import { sectionGuidanceSource } from '../../src/ui/services/guidance';
import { resolveRoles, withUserRoles } from '../../src/ui/services/roles';
import type { RoleAssignments } from '../../src/domain';
import { createSharePointCaseStore } from '../../src/data/sharepoint/caseStore';
import { LocalEmulatorUser } from '../emulator/pnp-local-user';
import { createMemoryStore } from '../../test/ui/fakes/memoryStore';
import { seedDemo, USERS } from '../../test/ui/fakes/fixtures';
import { testServices } from '../../test/ui/fakes/services';
import { LOCAL_HOST_USERS, findLocalUser } from './localUsers';
import { renderPersonaBanner } from './personaBanner';

function themeFromQuery(value: string | undefined): HostTheme {
  return value === 'dark' || value === 'contrast' ? value : 'light';
}

const params = new URLSearchParams(window.location.search);
// Until server.ts proxies /sites/ccm to the emulator, the demo store is the default; ?store=sharepoint opts in.
const useMemory = params.get('store') !== 'sharepoint';

async function emulatorServices(login: string): Promise<AppServices> {
  const sp = spfi(`${window.location.origin}/sites/ccm`).using(DefaultHeaders(), DefaultInit(), BrowserFetchWithRetry(), DefaultParse(), LocalEmulatorUser(login));
  const store = createSharePointCaseStore(sp);
  const [groups, assignments] = await Promise.all([
    sp.web.currentUser.groups().then((rows) => rows.map((group) => group.Title)),
    store.settings.get<RoleAssignments>('roleAssignments').then((value) => value ?? {})
  ]);
  const roles = resolveRoles(groups, assignments, login);
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
      const response = await fetch(path, { method: init.method, body: init.body, headers: { 'Content-Type': 'application/json', 'X-Emulator-User': login } });
      return { ok: response.ok, status: response.status, json: () => response.json() };
    }),
    currentUser: { login, displayName: login },
    roles,
    roleAssignments: withUserRoles(assignments, login, roles),
    clock: systemClock,
    guidance: sectionGuidanceSource(systemClock.today),
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
    const persona = (params.get('as') ?? 'staff') as keyof typeof USERS;
    const demo = USERS[persona] ?? USERS.staff;
    const store = createMemoryStore();
    seedDemo(store);
    const services = testServices(demo, { store });
    renderPersonaBanner(Object.keys(USERS), persona);
    mountApp(root, { kind: 'local', theme, mode, user: { login: demo.login, displayName: demo.displayName }, deepLink }, services);
    return;
  }
  const user = findLocalUser(params.get('as') ?? undefined) ?? LOCAL_HOST_USERS[0];
  renderPersonaBanner(LOCAL_HOST_USERS.map((u) => u.key), user.key);
  const host: HostInfo = { kind: 'local', theme, mode, user: { login: user.login, displayName: user.displayName, email: user.email }, deepLink };
  const services = await emulatorServices(user.login);
  mountApp(root, host, { ...services, currentUser: host.user });
}

start().catch((error: unknown) => {
  const root = document.getElementById('root');
  if (root) root.textContent = `The local host page could not start: ${error instanceof Error ? error.message : String(error)}. Is the emulator running?`;
});
