import { spfi, SPFx } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/attachments';
import '@pnp/sp/site-users/web';
import { AadHttpClient } from '@microsoft/sp-http';
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import { createSharePointCaseStore } from '../../data/sharepoint/caseStore';
import type { RoleAssignments } from '../../domain';
import type { AppServices } from '../../ui/services/AppServices';
import { createCaseServiceClient, type ServiceSend } from '../../ui/services/caseServiceClient';
import { systemClock } from '../../ui/services/clock';
import { sectionGuidanceSource } from '../../ui/services/guidance';
import { resolveRoles, withUserRoles } from '../../ui/services/roles';
import type { CurrentUser } from '../../ui/host/hostInfo';

export interface ServiceEndpoint {
  /** Base URL of the case service, e.g. https://ccm-service.example.gov.uk */
  url: string;
  /** Entra application id URI the service accepts tokens for. */
  resource: string;
}

/**
 * The composition root for SharePoint and Teams, loaded lazily with the UI chunk so the
 * entry bundle stays small: PnPjs with the SPFx behavior, the data ports over it, and the
 * case service client over AadHttpClient (the user's token).
 */
export async function composeServices(
  context: WebPartContext,
  user: CurrentUser,
  endpoint: ServiceEndpoint | undefined
): Promise<AppServices> {
  const sp = spfi().using(SPFx(context));
  const store = createSharePointCaseStore(sp);
  const [groups, assignments] = await Promise.all([
    sp.web.currentUser.groups().then((rows) => rows.map((group) => group.Title)),
    store.settings.get<RoleAssignments>('roleAssignments').then((value) => value ?? {})
  ]);
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
    attachments: {
      add: async (incidentId, file) => {
        const stored = await store.incidents.get(incidentId);
        const item = sp.web.lists.getByTitle('Incidents').items.getById(stored.itemId);
        await item.attachmentFiles.add(file.name, file.content);
        const info = await item.attachmentFiles.getByName(file.name)();
        return { name: info.FileName, url: info.ServerRelativeUrl };
      }
    },
    caseService: createCaseServiceClient(send),
    currentUser: user,
    roles,
    roleAssignments: withUserRoles(assignments, user.id, roles),
    clock: systemClock,
    guidance: sectionGuidanceSource(systemClock.today),
    newRequestKey: () =>
      typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`
  };
}
