import { spfi, SPFx } from '@pnp/sp';
import { readRoleAssignmentsAtStart } from '../../ui/services/roleAssignmentsAtStart';
import { publishedGuidanceSource, readStaffGuidanceAtStart } from '../../ui/services/guidanceAtStart';
import { readClosuresAtStart, readTimeFramesAtStart } from '../../ui/services/timeFrames';
import { readCouncilDetailsAtStart } from '../../ui/services/councilDetails';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/batching';
import { AadHttpClient } from '@microsoft/sp-http';
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import { createSharePointCaseStore } from '../../data/sharepoint/caseStore';
import { GROUPS } from '../../data/schema';
import type { AppServices } from '../../ui/services/AppServices';
import { createCaseServiceClient, type ServiceSend } from '../../ui/services/caseServiceClient';
import { systemClock } from '../../ui/services/clock';
import { loginNamePart, type DirectoryPerson, type PeopleDirectory } from '../../ui/services/people';
import { createResolvingPeopleDirectory } from '../../ui/services/resolvingPeopleDirectory';
import type { GraphHttp } from '../../data/graph';
import { graphPeopleLookup, msGraphHttp } from './msGraphHttp';
import { resolveRoles, withUserRoles } from '../../ui/services/roles';
import { startHomeSummaryReads } from '../../ui/screens/home/homeSummaryReads';
import type { CurrentUser } from '../../ui/host/hostInfo';

export interface ServiceEndpoint {
  /** Base URL of the case service, e.g. https://ccm-service.example.gov.uk */
  url: string;
  /** Entra application id URI the service accepts tokens for. */
  resource: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface SiteUserRow {
  Title: string;
  LoginName: string;
  Email?: string;
}

/**
 * Staff names known before any Graph call, from the members of the CCM groups the site
 * already has (one read per group; a group the user cannot read is skipped) plus the
 * signed-in user.
 *
 * The domain's ids are Entra object ids, but SharePoint's site users do not carry the object
 * id: the login claim (`i:0#.f|membership|upn`) holds the UPN. So a member is keyed by the
 * object id only where SharePoint exposes one (a login whose name part is a GUID); otherwise
 * the member is listed under their login, and a name with no Title shows the login's name
 * part (`cara.rhodes`). Every other object id is named by Microsoft Graph (see peopleFrom).
 */
async function readPeople(sp: ReturnType<typeof spfi>, user: CurrentUser): Promise<DirectoryPerson[]> {
  const titles = GROUPS.filter((group) => group.key !== 'serviceAccounts').map((group) => group.title);
  const reads = await Promise.allSettled(
    titles.map((title) => sp.web.siteGroups.getByName(title).users.select('Title', 'LoginName', 'Email')<SiteUserRow[]>())
  );
  const people: DirectoryPerson[] = [];
  if (user.id !== '') people.push({ id: user.id, displayName: user.displayName || loginNamePart(user.login), email: user.email });
  for (const read of reads) {
    if (read.status !== 'fulfilled') continue;
    for (const row of read.value) {
      const namePart = loginNamePart(row.LoginName);
      people.push({
        id: GUID.test(namePart) ? namePart.toLowerCase() : row.LoginName,
        displayName: row.Title || namePart,
        email: row.Email || undefined
      });
    }
  }
  return people;
}

/**
 * The people directory: the names known from SharePoint, and Microsoft Graph for every other
 * object id a screen shows (directoryObjects/getByIds, batched and cached) and for choosing a
 * person (users $search). MSGraphClientV3 is fetched on the first lookup, not before the first
 * render. Needs the admin to approve User.ReadBasic.All for "SharePoint Online Web Client
 * Extensibility" (config/package-solution.json); until then ids show as ids.
 */
function peopleFrom(context: WebPartContext, known: readonly DirectoryPerson[]): PeopleDirectory {
  let client: ReturnType<typeof context.msGraphClientFactory.getClient> | undefined;
  const http: GraphHttp = async (request) => {
    client = client ?? context.msGraphClientFactory.getClient('3');
    return msGraphHttp(await client)(request);
  };
  return createResolvingPeopleDirectory(graphPeopleLookup(http), {
    known,
    onError: (error) => console.warn('Customer Case Management: staff names could not be read from Microsoft Graph.', error)
  });
}

/**
 * The composition root for SharePoint and Teams, loaded lazily with the UI chunk so the
 * entry bundle stays small: PnPjs with the SPFx behavior, the data ports over it, and the
 * case service client over AadHttpClient (the user's token). `opensHome`: the app opens on the
 * home screen, so its reads join the first $batch (see FirstScreenReads).
 */
export async function composeServices(
  context: WebPartContext,
  user: CurrentUser,
  endpoint: ServiceEndpoint | undefined,
  opensHome: boolean
): Promise<AppServices> {
  const sp = spfi().using(SPFx(context));
  const store = createSharePointCaseStore(sp);
  // One $batch round trip: the user's groups, the role assignments, the CCM groups' members
  // (names), the time frames in effect, the closure days, the staff guidance and the first screen's reads. Every read is started before execute() sends them.
  const [batched, execute] = sp.batched();
  const batchedStore = createSharePointCaseStore(batched);
  const whoReads = Promise.all([
    batched.web.currentUser.groups().then((rows) => rows.map((group) => group.Title)),
    readRoleAssignmentsAtStart(batchedStore),
    readPeople(batched, user),
    readTimeFramesAtStart(batchedStore, systemClock.today()),
    readClosuresAtStart(batchedStore),
    readStaffGuidanceAtStart(batchedStore),
    readCouncilDetailsAtStart(batchedStore)
  ]);
  const home = opensHome ? startHomeSummaryReads(batchedStore, user.id, systemClock.today()) : undefined;
  whoReads.catch(() => undefined); // settled inside execute(); the error is seen below
  await execute();
  const [groups, assignments, people, timeFrames, corporateClosures, staffGuidance, councilDetails] = await whoReads;
  const roles = resolveRoles(groups, assignments, user.id);

  const send: ServiceSend = async (path, init) => {
    if (!endpoint)
      return {
        ok: false,
        status: 503,
        json: async () => ({
          message: 'The approvals service is not set up for this site. Ask the administrator to set its address in the web part settings.'
        })
      };
    const client = await context.aadHttpClientFactory.getClient(endpoint.resource);
    const options = { headers: { 'Content-Type': 'application/json' }, body: init.body };
    const response =
      init.method === 'GET'
        ? await client.get(endpoint.url + path, AadHttpClient.configurations.v1)
        : await client.post(endpoint.url + path, AadHttpClient.configurations.v1, options);
    return { ok: response.ok, status: response.status, json: () => response.json() };
  };

  return {
    store,
    caseService: createCaseServiceClient(send),
    currentUser: user,
    roles,
    roleAssignments: withUserRoles(assignments, user.id, roles),
    timeFrames,
    corporateClosures,
    councilDetails,
    clock: systemClock,
    guidance: publishedGuidanceSource(systemClock.today, staffGuidance),
    people: peopleFrom(context, people),
    newRequestKey: () =>
      typeof crypto !== 'undefined' && 'randomUUID' in crypto
        ? crypto.randomUUID()
        : `${Date.now()}-${Math.random().toString(36).slice(2)}`,
    // Provisioning is a chunk of its own, fetched only when an administrator checks the site.
    siteProvisioning: {
      check: () =>
        import(/* webpackChunkName: 'ccm-provisioning' */ '../../data/provisioning/siteProvisioning').then((m) =>
          m.createSiteProvisioning(sp).check()
        ),
      upgrade: () =>
        import(/* webpackChunkName: 'ccm-provisioning' */ '../../data/provisioning/siteProvisioning').then((m) =>
          m.createSiteProvisioning(sp).upgrade()
        )
    },
    firstScreen: { home }
  };
}
