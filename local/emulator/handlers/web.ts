import { randomBytes } from 'node:crypto';
import { EmuResponse, jsonBody, RequestContext } from '../http/context';
import { PathSegment } from '../http/resource-path';
import { checkEntityBody } from '../http/entity-body';
import { entityResponse } from '../http/entity-response';
import { emptyResponse, jsonResponse } from '../http/responses';
import { expectEnd, unsupportedMethod, unsupportedSegment } from '../http/unsupported';
import { Permission, serialisePermissions } from '../security/base-permissions';
import { handleFile, handleFolder, handleWebFolders } from './files';
import { handleList, handleLists } from './lists';
import { currentUser, ensureUser, handleGroups, handleUsers } from './principals';
import { handleRoleAssignments, handleRoleInheritance, Securable } from './role-assignments';
import { handleRoleDefinitions } from './role-definitions';
import { listNotFoundByTitle, notImplemented } from '../http/sp-error';

/** SP.Web properties a MERGE may set; the rest SPO defines answer 501 (see entity-body.ts). */
const WEB_UPDATABLE: ReadonlySet<string> = new Set(['Title', 'Description']);

function webProperties(ctx: RequestContext): Record<string, unknown> {
  const site = ctx.store.site;
  return {
    AllowRssFeeds: true,
    AlternateCssUrl: '',
    AppInstanceId: '00000000-0000-0000-0000-000000000000',
    Configuration: 0,
    // SP.Web dates carry no Z (reference §1.1).
    Created: site.created.replace(/Z$/, ''),
    CustomMasterUrl: `${ctx.sitePath}/_catalogs/masterpage/seattle.master`,
    Description: site.description ?? '',
    HasUniqueRoleAssignments: true,
    Id: site.webId,
    IsMultilingual: true,
    Language: 2057,
    LastItemModifiedDate: site.created,
    MasterUrl: `${ctx.sitePath}/_catalogs/masterpage/seattle.master`,
    ServerRelativeUrl: ctx.sitePath,
    SiteLogoUrl: '',
    Title: site.title,
    Url: ctx.webUrl,
    WebTemplate: 'STS'
  };
}

function webSecurable(ctx: RequestContext): Securable {
  return {
    editLink: 'Web',
    assignments: () => ctx.store.site.webRoleAssignments,
    hasUniqueRoleAssignments: () => true,
    // The root web always has unique permissions, so breaking is a no-op; there is nothing to
    // inherit from, so resetting is refused rather than answered with a 200 that did nothing.
    breakInheritance: () => undefined,
    resetInheritance: () => {
      throw notImplemented('resetting role inheritance on the root web');
    },
    requireManagePermissions: () => ctx.permissions.requireWeb(ctx.user, Permission.ManagePermissions)
  };
}

/** POST /_api/contextinfo (reference §9.1): top-level FormDigestValue in JSON light. */
export function contextInfo(ctx: RequestContext): EmuResponse {
  const now = new Date();
  const stamp = `${now
    .toUTCString()
    .replace(/^\w{3}, /, '')
    .replace(' GMT', '')} -0000`;
  const info = {
    FormDigestTimeoutSeconds: 1800,
    FormDigestValue: `0x${randomBytes(64).toString('hex').toUpperCase()},${stamp}`,
    LibraryVersion: '16.0.25919.12007',
    SiteFullUrl: ctx.webUrl,
    SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
    WebFullUrl: ctx.webUrl
  };
  if (ctx.format === 'verbose') {
    return jsonResponse(ctx, {
      d: {
        GetContextWebInformation: {
          __metadata: { type: 'SP.ContextWebInformation' },
          ...info,
          SupportedSchemaVersions: { __metadata: { type: 'Collection(Edm.String)' }, results: info.SupportedSchemaVersions }
        }
      }
    });
  }
  const body = ctx.format === 'minimal' ? { 'odata.metadata': `${ctx.webUrl}/_api/$metadata#SP.ContextWebInformation`, ...info } : info;
  return jsonResponse(ctx, body);
}

function pathArg(segment: PathSegment): string {
  return String(segment.named.decodedurl ?? segment.positional[0] ?? '');
}

/** `/_api/web/...` dispatch. */
export function handleWeb(ctx: RequestContext, rest: PathSegment[]): EmuResponse {
  const [next, ...tail] = rest;
  if (!next) {
    if (ctx.method === 'GET') {
      const entity = { type: 'SP.Web', id: `${ctx.webUrl}/_api/Web`, editLink: 'Web', properties: webProperties(ctx) };
      return entityResponse(ctx, entity, 'SP.ApiData.Webs/@Element');
    }
    if (ctx.method === 'MERGE' || ctx.method === 'PATCH') {
      ctx.permissions.requireWeb(ctx.user, Permission.ManageWeb);
      const body = jsonBody(ctx);
      checkEntityBody(ctx, body, 'SP.Web', WEB_UPDATABLE);
      if (typeof body.Title === 'string') ctx.store.site.title = body.Title;
      if (typeof body.Description === 'string') ctx.store.site.description = body.Description;
      ctx.store.changed();
      return emptyResponse(204);
    }
    throw unsupportedMethod(ctx.method, 'SP.Web');
  }
  const inheritance = handleRoleInheritance(ctx, webSecurable(ctx), next, tail);
  if (inheritance) return inheritance;
  switch (next.name) {
    case 'lists':
      return handleLists(ctx, next, tail);
    case 'getlist': {
      const url = pathArg(next).replace(/\/+$/, '');
      const list = ctx.store.listByUrl(url);
      if (!list || list.record.rootFolderUrl.toLowerCase() !== url.toLowerCase()) throw listNotFoundByTitle(url, ctx.webUrl);
      return handleList(ctx, list, tail);
    }
    case 'currentuser':
      return currentUser(ctx, tail);
    case 'siteusers':
    case 'getuserbyid':
      return handleUsers(ctx, next, tail);
    case 'ensureuser':
      expectEnd(ctx.method, tail, 'SP.User', 'POST');
      return ensureUser(ctx);
    case 'sitegroups':
    case 'associatedownergroup':
    case 'associatedmembergroup':
    case 'associatedvisitorgroup':
      return handleGroups(ctx, next, tail);
    case 'roledefinitions':
      return handleRoleDefinitions(ctx, next, tail);
    case 'roleassignments':
      return handleRoleAssignments(ctx, webSecurable(ctx), tail);
    case 'effectivebasepermissions': {
      expectEnd(ctx.method, tail, 'SP.BasePermissions', 'GET');
      const perms = serialisePermissions(ctx.permissions.forWeb(ctx.user));
      return jsonResponse(ctx, ctx.format === 'verbose' ? { d: { EffectiveBasePermissions: perms } } : perms);
    }
    case 'folders':
      return handleWebFolders(ctx, tail);
    case 'getfolderbyserverrelativepath':
    case 'getfolderbyserverrelativeurl':
      return handleFolder(ctx, pathArg(next), tail);
    case 'getfilebyserverrelativepath':
    case 'getfilebyserverrelativeurl':
      return handleFile(ctx, pathArg(next), tail);
    default:
      throw unsupportedSegment('SP.Web', next);
  }
}
