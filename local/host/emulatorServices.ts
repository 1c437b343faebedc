// The local host page's SharePoint mode: the services over PnPjs against same-origin
import { readRoleAssignmentsAtStart } from '../../src/ui/services/roleAssignmentsAtStart';
import { publishedGuidanceSource, readStaffGuidanceAtStart } from '../../src/ui/services/guidanceAtStart';
import { readClosuresAtStart, readTimeFramesAtStart } from '../../src/ui/services/timeFrames';
import { readCouncilDetailsAtStart } from '../../src/ui/services/councilDetails';
// `/sites/ccm/_api` (the host server proxies it to the emulator) as the chosen persona, and the
// case service at `/api` with a loopback Entra token. A chunk of its own, fetched as the page
// starts, so the starting shell paints while PnPjs and the data layer load (as the web part
// loads its composition root lazily).
import { spfi, DefaultHeaders, DefaultInit } from '@pnp/sp';
import { BrowserFetchWithRetry, DefaultParse } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import type { AppServices } from '../../src/ui/services/AppServices';
import { createCaseServiceClient } from '../../src/ui/services/caseServiceClient';
import { systemClock } from '../../src/ui/services/clock';
import { createPeopleDirectory } from '../../src/ui/services/people';
import { resolveRoles, withUserRoles } from '../../src/ui/services/roles';
import { startHomeSummaryReads } from '../../src/ui/screens/home/homeSummaryReads';
import { createSharePointCaseStore } from '../../src/data/sharepoint/caseStore';
import { LocalEmulatorUser } from '../emulator/pnp-local-user';
import { LOCAL_HOST_USERS, currentUserOf, type LocalHostUser } from './localUsers';

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

/**
 * `opensHome`: the app opens on the home screen, so its reads join the first $batch (see
 * FirstScreenReads) and the whole first screen is one round trip.
 */
export async function emulatorServices(user: LocalHostUser, caseServiceRunning: boolean, opensHome: boolean): Promise<AppServices> {
  const sp = spfi(`${window.location.origin}/sites/ccm`).using(
    DefaultHeaders(),
    DefaultInit(),
    BrowserFetchWithRetry(),
    DefaultParse(),
    LocalEmulatorUser(user.login)
  );
  const store = createSharePointCaseStore(sp);
  // Who the user is (their groups and the role assignments), the time frames in effect, the
  // council's closure days, the staff guidance and the first screen's reads, in one $batch round trip.
  const [batched, execute] = sp.batched();
  const batchedStore = createSharePointCaseStore(batched);
  const reads = Promise.all([
    batched.web.currentUser.groups().then((rows) => rows.map((group) => group.Title)),
    readRoleAssignmentsAtStart(batchedStore),
    readTimeFramesAtStart(batchedStore, systemClock.today()),
    readClosuresAtStart(batchedStore),
    readStaffGuidanceAtStart(batchedStore),
    readCouncilDetailsAtStart(batchedStore)
  ]);
  const home = opensHome ? startHomeSummaryReads(batchedStore, user.entraObjectId, systemClock.today()) : undefined;
  reads.catch(() => undefined); // settled inside execute(); the error is seen below
  await execute();
  const [groups, assignments, timeFrames, corporateClosures, staffGuidance, councilDetails] = await reads;
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
    caseService: createCaseServiceClient(async (path, init) => {
      if (!caseServiceRunning) {
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
    timeFrames,
    corporateClosures,
    councilDetails,
    clock: systemClock,
    guidance: publishedGuidanceSource(systemClock.today, staffGuidance),
    // The personas are the local directory: names keyed by their Entra object ids.
    people: createPeopleDirectory(
      LOCAL_HOST_USERS.map((persona) => ({ id: persona.entraObjectId, displayName: persona.title, email: persona.email }))
    ),
    newRequestKey: () => crypto.randomUUID(),
    // As the web part: provisioning as the persona, loaded only when an administrator checks the site.
    siteProvisioning: {
      check: () =>
        import(/* webpackChunkName: 'ccm-provisioning' */ '../../src/data/provisioning/siteProvisioning').then((m) =>
          m.createSiteProvisioning(sp).check()
        ),
      upgrade: () =>
        import(/* webpackChunkName: 'ccm-provisioning' */ '../../src/data/provisioning/siteProvisioning').then((m) =>
          m.createSiteProvisioning(sp).upgrade()
        )
    },
    firstScreen: { home }
  };
}
