import { EmuResponse, jsonBody, RequestContext } from '../http/context';
import { checkEntityBody } from '../http/entity-body';
import { collectionResponse, entityResponse } from '../http/entity-response';
import { Entity } from '../http/odata-format';
import { PathSegment } from '../http/resource-path';
import { emptyResponse } from '../http/responses';
import { badRequest, SpError } from '../http/sp-error';
import { unsupportedMethod, unsupportedSegment } from '../http/unsupported';
import { parsePermissions, Permission, serialisePermissions } from '../security/base-permissions';
import { RoleDefinitionRecord } from '../store/model';

export function roleDefinitionEntity(ctx: RequestContext, def: RoleDefinitionRecord): Entity {
  const link = `Web/RoleDefinitions(${def.id})`;
  return {
    type: 'SP.RoleDefinition',
    id: `${ctx.webUrl}/_api/${link}`,
    editLink: link,
    properties: {
      BasePermissions: serialisePermissions({ high: def.high, low: def.low }),
      Description: def.description,
      Hidden: def.hidden,
      Id: def.id,
      Name: def.name,
      Order: def.order,
      RoleTypeKind: def.roleTypeKind
    }
  };
}

function findDefinition(ctx: RequestContext, segment: PathSegment): RoleDefinitionRecord {
  const arg = segment.positional[0];
  const defs = ctx.store.site.roleDefinitions;
  let found: RoleDefinitionRecord | undefined;
  if (segment.name === 'getbyname') found = defs.find((d) => d.name.toLowerCase() === String(arg).toLowerCase());
  else if (segment.name === 'getbytype') found = defs.find((d) => d.roleTypeKind === Number(arg));
  else found = defs.find((d) => d.id === Number(arg));
  if (!found) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Permission level not found.');
  return found;
}

/** SP.RoleDefinition properties a create or MERGE may set; Hidden and the rest answer 501. */
const ROLE_DEFINITION_UPDATABLE: ReadonlySet<string> = new Set(['Name', 'Description', 'Order', 'BasePermissions']);
const SELECTORS: ReadonlySet<string> = new Set(['getbyid', 'getbyname', 'getbytype']);

/** `/web/roledefinitions`: list, add a custom permission level (BasePermissions High/Low), get, update, delete. */
export function handleRoleDefinitions(ctx: RequestContext, segment: PathSegment, rest: PathSegment[]): EmuResponse {
  if (!segment.hasArgs && rest[0] && !SELECTORS.has(rest[0].name)) throw unsupportedSegment('SP.RoleDefinitionCollection', rest[0]);
  const selector = segment.hasArgs ? segment : rest[0];
  if (!selector) {
    if (ctx.method === 'GET') {
      const entities = ctx.store.site.roleDefinitions.map((d) => roleDefinitionEntity(ctx, d));
      return collectionResponse(ctx, entities, 'SP.ApiData.RoleDefinitions', 'SP.RoleDefinition');
    }
    if (ctx.method !== 'POST') throw unsupportedMethod(ctx.method, 'SP.RoleDefinitionCollection');
    ctx.permissions.requireWeb(ctx.user, Permission.ManagePermissions);
    const body = jsonBody(ctx);
    checkEntityBody(ctx, body, 'SP.RoleDefinition', ROLE_DEFINITION_UPDATABLE);
    const name = String(body.Name ?? '');
    if (!name) throw badRequest('The permission level name is required.');
    if (ctx.store.site.roleDefinitions.some((d) => d.name.toLowerCase() === name.toLowerCase())) {
      throw new SpError(
        500,
        '-2146232832, Microsoft.SharePoint.SPException',
        'A permission level with this name already exists. Type a different name for the permission level.'
      );
    }
    const perms = parsePermissions(body.BasePermissions);
    const def: RoleDefinitionRecord = {
      id: Math.max(1073741831, ...ctx.store.site.roleDefinitions.map((d) => d.id + 1)),
      name,
      description: String(body.Description ?? ''),
      order: Number(body.Order ?? 1000),
      roleTypeKind: 0,
      hidden: false,
      high: perms.high,
      low: perms.low
    };
    ctx.store.site.roleDefinitions.push(def);
    ctx.store.changed();
    return entityResponse(ctx, roleDefinitionEntity(ctx, def), 'SP.ApiData.RoleDefinitions/@Element', 201);
  }
  const def = findDefinition(ctx, selector);
  const tail = segment.hasArgs ? rest : rest.slice(1);
  if (tail.length > 0) throw unsupportedSegment('SP.RoleDefinition', tail[0]);
  if (ctx.method === 'GET') return entityResponse(ctx, roleDefinitionEntity(ctx, def), 'SP.ApiData.RoleDefinitions/@Element');
  ctx.permissions.requireWeb(ctx.user, Permission.ManagePermissions);
  if (ctx.method === 'MERGE' || ctx.method === 'PATCH') {
    const body = jsonBody(ctx);
    checkEntityBody(ctx, body, 'SP.RoleDefinition', ROLE_DEFINITION_UPDATABLE);
    if (typeof body.Name === 'string') def.name = body.Name;
    if (typeof body.Description === 'string') def.description = body.Description;
    if (typeof body.Order === 'number') def.order = body.Order;
    if (body.BasePermissions) Object.assign(def, parsePermissions(body.BasePermissions));
    ctx.store.changed();
    return emptyResponse(204);
  }
  if (ctx.method === 'DELETE') {
    ctx.store.site.roleDefinitions = ctx.store.site.roleDefinitions.filter((d) => d !== def);
    ctx.store.changed();
    return emptyResponse(200);
  }
  throw unsupportedMethod(ctx.method, 'SP.RoleDefinition');
}
