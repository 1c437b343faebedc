import { randomUUID } from 'node:crypto';
import { EmuResponse, jsonBody, RequestContext } from '../http/context';
import { checkEntityBody } from '../http/entity-body';
import { collectionResponse, entityResponse } from '../http/entity-response';
import { Entity } from '../http/odata-format';
import { isExpanded } from '../http/select';
import { PathSegment } from '../http/resource-path';
import { emptyResponse, jsonResponse, scalarResponse } from '../http/responses';
import { accessDenied, listNotFoundById, listNotFoundByTitle, SpError } from '../http/sp-error';
import { expectEnd, unsupportedMethod, unsupportedSegment } from '../http/unsupported';
import { hasPermission, Permission, serialisePermissions } from '../security/base-permissions';
import { defaultFields } from '../store/builtin-fields';
import { internalNameFromTitle, toSpDate } from '../store/field-types';
import { ListState } from '../store/list-state';
import { ListRecord } from '../store/model';
import { handleFields } from './fields';
import { folderEntity, handleFolder } from './files';
import { handleItems } from './items';
import { handleRoleAssignments, handleRoleInheritance, Securable } from './role-assignments';

/**
 * SP.List properties a create or MERGE may set. Title, Description, ReadSecurity and
 * WriteSecurity have behaviour; the others have none in the emulator and are stored and
 * echoed back. Any other property SPO defines answers 501; one it does not define, 400.
 */
const LIST_UPDATABLE: ReadonlySet<string> = new Set([
  'Title',
  'Description',
  'ReadSecurity',
  'WriteSecurity',
  'Hidden',
  'EnableVersioning',
  'EnableAttachments',
  'EnableMinorVersions',
  'MajorVersionLimit',
  'NoCrawl',
  'OnQuickLaunch',
  'ContentTypesEnabled',
  'AllowContentTypes',
  'EnableFolderCreation',
  'DraftVersionVisibility',
  'ForceCheckout',
  'ExcludeFromOfflineClient'
]);

/** On create SPO also takes the template (SP.ListCreationInformation). */
const LIST_CREATABLE: ReadonlySet<string> = new Set([...LIST_UPDATABLE, 'BaseTemplate']);

export function listEntity(ctx: RequestContext, list: ListState): Entity {
  const r = list.record;
  const link = `Web/Lists(guid'${r.id}')`;
  const properties: Record<string, unknown> = {
    AllowContentTypes: false,
    BaseTemplate: r.baseTemplate,
    BaseType: r.baseTemplate === 101 ? 1 : 0,
    ContentTypesEnabled: false,
    Created: r.created,
    Description: r.description,
    EnableAttachments: r.baseTemplate !== 101,
    EnableFolderCreation: r.baseTemplate === 101,
    EnableVersioning: r.baseTemplate === 101,
    EntityTypeName: r.entityTypeName,
    HasUniqueRoleAssignments: r.hasUniqueRoleAssignments,
    Hidden: false,
    Id: r.id,
    ItemCount: list.items.size,
    LastItemModifiedDate: r.lastItemModified,
    ListItemEntityTypeFullName: `SP.Data.${r.entityTypeName}Item`,
    ParentWebUrl: ctx.sitePath,
    ReadSecurity: r.readSecurity,
    Title: r.title,
    WriteSecurity: r.writeSecurity,
    ...r.extraProperties
  };
  // The one navigation property of SP.List the emulator expands (PnPjs: select('RootFolder/ServerRelativeUrl').expand('RootFolder')).
  if (isExpanded(ctx.query, 'RootFolder')) {
    properties.RootFolder = folderEntity(ctx, list, r.rootFolderUrl).properties;
  }
  return {
    type: 'SP.List',
    id: `${ctx.webUrl}/_api/${link}`,
    editLink: link,
    etag: `"${r.version}"`,
    properties
  };
}

function applyListProperties(record: ListRecord, body: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(body)) {
    // Validated by checkEntityBody before anything is applied.
    if (key === '__metadata' || key === 'BaseTemplate') continue;
    if (key === 'Title') record.title = String(value);
    else if (key === 'Description') record.description = String(value);
    else if (key === 'ReadSecurity') record.readSecurity = Number(value);
    else if (key === 'WriteSecurity') record.writeSecurity = Number(value);
    else record.extraProperties[key] = value;
  }
}

function createList(ctx: RequestContext): EmuResponse {
  ctx.permissions.requireWeb(ctx.user, Permission.ManageLists);
  const body = jsonBody(ctx);
  checkEntityBody(ctx, body, 'SP.List', LIST_CREATABLE);
  const title = String(body.Title ?? '').trim();
  if (!title) throw new SpError(400, '-2147024809, System.ArgumentException', 'Value does not fall within the expected range.');
  if (ctx.store.listByTitle(title)) {
    // Reference §10.3 (two spaces before "Please" are SPO's).
    throw new SpError(
      500,
      '-2130575342, Microsoft.SharePoint.SPException',
      'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.'
    );
  }
  const baseTemplate = Number(body.BaseTemplate ?? 100);
  const encoded = internalNameFromTitle(title.replace(/\s+/g, ' ')).replace(/_x002[01]_/g, '_x0020_');
  const record: ListRecord = {
    id: randomUUID(),
    title,
    description: String(body.Description ?? ''),
    baseTemplate,
    created: toSpDate(new Date()),
    lastItemModified: toSpDate(new Date()),
    // Custom lists get "<Name>List", libraries just "<Name>" (reference §4.2).
    entityTypeName: baseTemplate === 101 ? encoded : `${encoded}List`,
    rootFolderUrl: baseTemplate === 101 ? `${ctx.sitePath}/${title}` : `${ctx.sitePath}/Lists/${title}`,
    readSecurity: 1,
    writeSecurity: 1,
    hasUniqueRoleAssignments: false,
    roleAssignments: [],
    fields: defaultFields(baseTemplate),
    nextItemId: 1,
    version: 0,
    extraProperties: {}
  };
  applyListProperties(record, body);
  record.title = title;
  const list = new ListState(record);
  ctx.store.lists.set(record.id.toLowerCase(), list);
  ctx.store.changed();
  return entityResponse(ctx, listEntity(ctx, list), 'SP.ApiData.Lists/@Element', 201);
}

function listSecurable(ctx: RequestContext, list: ListState): Securable {
  return {
    editLink: `Web/Lists(guid'${list.record.id}')`,
    assignments: () => (list.record.hasUniqueRoleAssignments ? list.record.roleAssignments : ctx.store.site.webRoleAssignments),
    hasUniqueRoleAssignments: () => list.record.hasUniqueRoleAssignments,
    breakInheritance: (copy, currentUserId) => {
      if (list.record.hasUniqueRoleAssignments) return;
      list.record.hasUniqueRoleAssignments = true;
      list.record.roleAssignments = copy
        ? ctx.store.site.webRoleAssignments.map((a) => ({ principalId: a.principalId, roleDefinitionIds: [...a.roleDefinitionIds] }))
        : [];
      // Like SPO, whoever breaks inheritance without copying keeps Full Control so they are not locked out.
      if (!copy) list.record.roleAssignments.push({ principalId: currentUserId, roleDefinitionIds: [1073741829] });
    },
    resetInheritance: () => {
      list.record.hasUniqueRoleAssignments = false;
      list.record.roleAssignments = [];
    },
    requireManagePermissions: () => ctx.permissions.requireList(ctx.user, list, Permission.ManagePermissions)
  };
}

/** Everything below one list. */
export function handleList(ctx: RequestContext, list: ListState, rest: PathSegment[]): EmuResponse {
  const perms = ctx.permissions.forList(ctx.user, list);
  const [next, ...tail] = rest;
  if (!next) {
    if (ctx.method === 'GET') {
      if (!hasPermission(perms, Permission.ViewListItems) && !hasPermission(perms, Permission.AddListItems)) throw accessDenied();
      return entityResponse(ctx, listEntity(ctx, list), 'SP.ApiData.Lists/@Element');
    }
    if (ctx.method === 'MERGE' || ctx.method === 'PATCH') {
      ctx.permissions.requireList(ctx.user, list, Permission.ManageLists);
      const body = jsonBody(ctx);
      checkEntityBody(ctx, body, 'SP.List', LIST_UPDATABLE);
      const newTitle = typeof body.Title === 'string' ? body.Title : undefined;
      const clash = newTitle ? ctx.store.listByTitle(newTitle) : undefined;
      if (clash && clash !== list) {
        throw new SpError(
          500,
          '-2130575342, Microsoft.SharePoint.SPException',
          'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.'
        );
      }
      applyListProperties(list.record, body);
      list.record.version++;
      ctx.store.changed();
      return emptyResponse(204);
    }
    if (ctx.method === 'DELETE') {
      ctx.permissions.requireList(ctx.user, list, Permission.ManageLists);
      ctx.store.lists.delete(list.record.id.toLowerCase());
      ctx.store.changed();
      return emptyResponse(200);
    }
    throw unsupportedMethod(ctx.method, 'SP.List');
  }
  const securable = listSecurable(ctx, list);
  const inheritance = handleRoleInheritance(ctx, securable, next, tail);
  if (inheritance) return inheritance;
  switch (next.name) {
    case 'items':
      return handleItems(ctx, list, next, tail);
    case 'fields':
      return handleFields(ctx, list, next, tail);
    case 'roleassignments':
      return handleRoleAssignments(ctx, securable, tail);
    case 'rootfolder':
      return handleFolder(ctx, list.record.rootFolderUrl, tail);
    case 'effectivebasepermissions':
      expectEnd(ctx.method, tail, 'SP.BasePermissions', 'GET');
      return jsonResponse(
        ctx,
        ctx.format === 'verbose' ? { d: { EffectiveBasePermissions: serialisePermissions(perms) } } : serialisePermissions(perms)
      );
    case 'recycle':
      expectEnd(ctx.method, tail, 'SP.List', 'POST');
      ctx.permissions.requireList(ctx.user, list, Permission.ManageLists);
      ctx.store.lists.delete(list.record.id.toLowerCase());
      ctx.store.changed();
      return scalarResponse(ctx, 'Recycle', randomUUID(), 'Edm.Guid');
    default:
      throw unsupportedSegment('SP.List', next);
  }
}

/** `/web/lists...`: collection, add, getByTitle, lists(guid), getById. */
export function handleLists(ctx: RequestContext, segment: PathSegment, rest: PathSegment[]): EmuResponse {
  if (segment.hasArgs) {
    const list = ctx.store.listById(String(segment.positional[0]));
    if (!list) throw listNotFoundById();
    return handleList(ctx, list, rest);
  }
  const [next, ...tail] = rest;
  if (!next) {
    if (ctx.method === 'POST') return createList(ctx);
    if (ctx.method !== 'GET') throw unsupportedMethod(ctx.method, 'SP.ListCollection');
    const entities = [...ctx.store.lists.values()].map((l) => listEntity(ctx, l));
    return collectionResponse(ctx, entities, 'SP.ApiData.Lists', 'SP.List');
  }
  if (next.name === 'getbytitle') {
    const title = String(next.positional[0] ?? '');
    const list = ctx.store.listByTitle(title);
    if (!list) throw listNotFoundByTitle(title, ctx.webUrl);
    return handleList(ctx, list, tail);
  }
  if (next.name === 'getbyid') {
    const list = ctx.store.listById(String(next.positional[0] ?? ''));
    if (!list) throw listNotFoundById();
    return handleList(ctx, list, tail);
  }
  throw unsupportedSegment('SP.ListCollection', next);
}
