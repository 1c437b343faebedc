import { EmuResponse, jsonBody, RequestContext } from '../http/context';
import { checkEntityBody } from '../http/entity-body';
import { collectionResponse, entityResponse } from '../http/entity-response';
import { JSON_NULL } from '../http/json-null';
import { Entity } from '../http/odata-format';
import { PathSegment } from '../http/resource-path';
import { emptyResponse } from '../http/responses';
import { badRequest, SpError } from '../http/sp-error';
import { expectEnd, unsupportedMethod, unsupportedSegment } from '../http/unsupported';
import { Permission } from '../security/base-permissions';
import { GroupRecord, UserRecord } from '../store/model';

function isUser(principal: UserRecord | GroupRecord): principal is UserRecord {
  return 'loginName' in principal;
}

/** SP.User (reference §9.2) or SP.Group (reference §9.4). */
export function principalEntity(ctx: RequestContext, principal: UserRecord | GroupRecord): Entity {
  if (isUser(principal)) {
    const link = `Web/GetUserById(${principal.id})`;
    return {
      type: 'SP.User',
      id: `${ctx.webUrl}/_api/${link}`,
      editLink: link,
      properties: {
        Id: principal.id,
        IsHiddenInUI: false,
        LoginName: principal.loginName,
        Title: principal.title,
        PrincipalType: 1,
        Email: principal.email,
        Expiration: '',
        IsEmailAuthenticationGuestUser: false,
        IsShareByEmailGuestUser: false,
        IsSiteAdmin: principal.isSiteAdmin,
        UserId: {
          NameId: (principal.entraObjectId ?? String(principal.id)).replace(/-/g, '').slice(0, 15),
          NameIdIssuer: 'urn:federation:microsoftonline'
        },
        UserPrincipalName: principal.email
      }
    };
  }
  const link = `Web/SiteGroups/GetById(${principal.id})`;
  const owner = ctx.store.groupById(principal.ownerId) ?? ctx.store.userById(principal.ownerId);
  return {
    type: 'SP.Group',
    id: `${ctx.webUrl}/_api/${link}`,
    editLink: link,
    properties: {
      Id: principal.id,
      IsHiddenInUI: false,
      LoginName: principal.title,
      Title: principal.title,
      PrincipalType: 8,
      AllowMembersEditMembership: false,
      AllowRequestToJoinLeave: false,
      AutoAcceptRequestToJoinLeave: false,
      Description: principal.description,
      OnlyAllowMembersViewMembership: true,
      OwnerTitle: owner?.title ?? '',
      RequestToJoinLeaveEmailSetting: JSON_NULL
    }
  };
}

/** SP.Group properties a create or MERGE may set; other SPO ones answer 501. */
const GROUP_UPDATABLE: ReadonlySet<string> = new Set(['Title', 'Description']);
/** Adding a site user (`siteusers` POST) names the user by login only. */
const USER_CREATABLE: ReadonlySet<string> = new Set(['LoginName']);
/** Users are configured outside SharePoint's REST API here, so no SP.User property is writable. */
const USER_UPDATABLE: ReadonlySet<string> = new Set();

function one(ctx: RequestContext, principal: UserRecord | GroupRecord): EmuResponse {
  const fragment = isUser(principal) ? 'SP.ApiData.Users/@Element' : 'SP.ApiData.Groups/@Element';
  return entityResponse(ctx, principalEntity(ctx, principal), fragment);
}

function userNotFound(login: string): SpError {
  return new SpError(500, '-2146232832, Microsoft.SharePoint.SPException', `The specified user ${login} could not be found.`);
}

function groupNotFound(): SpError {
  return new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Group cannot be found.');
}

function userFromSelector(ctx: RequestContext, users: UserRecord[], selector: PathSegment): UserRecord {
  const arg = String(selector.positional[0] ?? '');
  let found: UserRecord | undefined;
  if (selector.name === 'getbyid' || selector.name === 'getuserbyid') found = users.find((u) => u.id === Number(arg));
  else if (selector.name === 'getbyemail') found = users.find((u) => u.email.toLowerCase() === arg.toLowerCase());
  else found = users.find((u) => ctx.store.findUser(arg)?.id === u.id);
  if (!found) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.');
  return found;
}

/**
 * A MERGE on a user (currentuser, getuserbyid, ...): SPO's type check first (400 for a property
 * SP.User does not have), then 501, because the emulator's users come from its configuration.
 * It used to answer 200 with the user, as if the update had happened.
 */
function refuseUserUpdate(ctx: RequestContext): never {
  checkEntityBody(ctx, jsonBody(ctx), 'SP.User', USER_UPDATABLE);
  throw unsupportedMethod(ctx.method, 'SP.User');
}

/** One user, reached through a selector, `currentuser` or a group's users. */
function handleUser(ctx: RequestContext, user: UserRecord, rest: PathSegment[], group?: GroupRecord): EmuResponse {
  if (rest.length > 0) throw unsupportedSegment('SP.User', rest[0]);
  if (ctx.method === 'GET') return one(ctx, user);
  if (ctx.method === 'MERGE' || ctx.method === 'PATCH') refuseUserUpdate(ctx);
  if (ctx.method === 'DELETE' && group) {
    ctx.permissions.requireWeb(ctx.user, Permission.ManagePermissions);
    group.memberIds = group.memberIds.filter((id) => id !== user.id);
    ctx.store.changed();
    return emptyResponse(200);
  }
  throw unsupportedMethod(ctx.method, 'SP.User');
}

/** `/web/ensureuser` (reference §9.3): known users resolve, others fail as SPO does. */
export function ensureUser(ctx: RequestContext): EmuResponse {
  const body = jsonBody(ctx);
  const login = String(body.logonName ?? '');
  const user = ctx.store.findUser(login);
  if (!user) throw userNotFound(login);
  return one(ctx, user);
}

export function currentUser(ctx: RequestContext, rest: PathSegment[]): EmuResponse {
  if (rest[0]?.name === 'groups') {
    // `/web/currentuser/groups`: the groups the caller belongs to (the web part resolves roles from these).
    expectEnd(ctx.method, rest.slice(1), 'SP.GroupCollection', 'GET');
    const mine = ctx.store.site.groups.filter((g) => g.memberIds.includes(ctx.user.id));
    return collectionResponse(
      ctx,
      mine.map((g) => principalEntity(ctx, g)),
      'SP.ApiData.Groups',
      'SP.Group'
    );
  }
  return handleUser(ctx, ctx.user, rest);
}

/** `/web/siteusers...` and `/web/getuserbyid(n)`; also `/sitegroups(..)/users...` via `members`. */
export function handleUsers(ctx: RequestContext, segment: PathSegment, rest: PathSegment[], group?: GroupRecord): EmuResponse {
  const users = group ? ctx.store.site.users.filter((u) => group.memberIds.includes(u.id)) : ctx.store.site.users;
  let selector: PathSegment | undefined = segment.name === 'getuserbyid' ? segment : undefined;
  let tail = rest;
  if (!selector && segment.hasArgs) selector = { ...segment, name: 'getbyloginname' };
  if (!selector && tail[0] && ['getbyid', 'getbyemail', 'getbyloginname'].includes(tail[0].name)) {
    selector = tail[0];
    tail = tail.slice(1);
  }
  if (selector) return handleUser(ctx, userFromSelector(ctx, users, selector), tail, group);
  const [action, ...afterAction] = tail;
  if (action && (action.name === 'removebyid' || action.name === 'removebyloginname')) {
    expectEnd(ctx.method, afterAction, 'SP.UserCollection', 'POST');
    ctx.permissions.requireWeb(ctx.user, Permission.ManagePermissions);
    const user = userFromSelector(ctx, users, { ...action, name: action.name === 'removebyid' ? 'getbyid' : 'getbyloginname' });
    if (group) group.memberIds = group.memberIds.filter((id) => id !== user.id);
    ctx.store.changed();
    return emptyResponse(200);
  }
  if (action) throw unsupportedSegment('SP.UserCollection', action);
  if (ctx.method === 'GET') {
    return collectionResponse(
      ctx,
      users.map((u) => principalEntity(ctx, u)),
      'SP.ApiData.Users',
      'SP.User'
    );
  }
  if (ctx.method === 'POST') {
    const body = jsonBody(ctx);
    checkEntityBody(ctx, body, 'SP.User', USER_CREATABLE);
    const login = String(body.LoginName ?? '');
    const user = ctx.store.findUser(login);
    if (!user) throw userNotFound(login);
    if (group) {
      ctx.permissions.requireWeb(ctx.user, Permission.ManagePermissions);
      if (!group.memberIds.includes(user.id)) group.memberIds.push(user.id);
      ctx.store.changed();
    }
    return entityResponse(ctx, principalEntity(ctx, user), 'SP.ApiData.Users/@Element', 201);
  }
  throw unsupportedMethod(ctx.method, 'SP.UserCollection');
}

function createGroup(ctx: RequestContext): EmuResponse {
  const site = ctx.store.site;
  ctx.permissions.requireWeb(ctx.user, Permission.ManagePermissions);
  const body = jsonBody(ctx);
  checkEntityBody(ctx, body, 'SP.Group', GROUP_UPDATABLE);
  const title = String(body.Title ?? '');
  if (!title) throw badRequest('The group name is required.');
  if (ctx.store.groupByName(title)) {
    throw new SpError(500, '-2130575293, Microsoft.SharePoint.SPException', `The specified name is already in use.`);
  }
  const created: GroupRecord = {
    id: site.nextPrincipalId++,
    title,
    description: String(body.Description ?? ''),
    ownerId: ctx.user.id,
    memberIds: []
  };
  site.groups.push(created);
  ctx.store.changed();
  return entityResponse(ctx, principalEntity(ctx, created), 'SP.ApiData.Groups/@Element', 201);
}

/** `/web/sitegroups` itself and its methods (getById, getByName, removeById, removeByLoginName). */
function handleGroupCollection(ctx: RequestContext, rest: PathSegment[]): EmuResponse {
  const site = ctx.store.site;
  const [action, ...tail] = rest;
  if (!action) {
    if (ctx.method === 'GET') {
      return collectionResponse(
        ctx,
        site.groups.map((g) => principalEntity(ctx, g)),
        'SP.ApiData.Groups',
        'SP.Group'
      );
    }
    if (ctx.method === 'POST') return createGroup(ctx);
    throw unsupportedMethod(ctx.method, 'SP.GroupCollection');
  }
  if (action.name === 'getbyid' || action.name === 'getbyname') {
    const arg = action.positional[0];
    const group = action.name === 'getbyid' ? ctx.store.groupById(Number(arg)) : ctx.store.groupByName(String(arg));
    if (!group) throw groupNotFound();
    return handleGroup(ctx, group, tail);
  }
  if (action.name === 'removebyid' || action.name === 'removebyloginname') {
    expectEnd(ctx.method, tail, 'SP.GroupCollection', 'POST');
    ctx.permissions.requireWeb(ctx.user, Permission.ManagePermissions);
    const arg = action.positional[0];
    const target = action.name === 'removebyid' ? ctx.store.groupById(Number(arg)) : ctx.store.groupByName(String(arg));
    if (!target) throw groupNotFound();
    site.groups = site.groups.filter((g) => g !== target);
    site.webRoleAssignments = site.webRoleAssignments.filter((a) => a.principalId !== target.id);
    ctx.store.changed();
    return emptyResponse(200);
  }
  throw unsupportedSegment('SP.GroupCollection', action);
}

/** One group: read, update, and its users. */
function handleGroup(ctx: RequestContext, group: GroupRecord, rest: PathSegment[]): EmuResponse {
  if (rest[0]?.name === 'users') return handleUsers(ctx, rest[0], rest.slice(1), group);
  if (rest.length > 0) throw unsupportedSegment('SP.Group', rest[0]);
  if (ctx.method === 'GET') return one(ctx, group);
  if (ctx.method === 'MERGE' || ctx.method === 'PATCH') {
    ctx.permissions.requireWeb(ctx.user, Permission.ManagePermissions);
    const body = jsonBody(ctx);
    checkEntityBody(ctx, body, 'SP.Group', GROUP_UPDATABLE);
    if (typeof body.Title === 'string') group.title = body.Title;
    if (typeof body.Description === 'string') group.description = body.Description;
    ctx.store.changed();
    return emptyResponse(204);
  }
  throw unsupportedMethod(ctx.method, 'SP.Group');
}

/** `/web/sitegroups...` and the associated owner/member/visitor groups. */
export function handleGroups(ctx: RequestContext, segment: PathSegment, rest: PathSegment[]): EmuResponse {
  const site = ctx.store.site;
  let groupId: number | undefined;
  if (segment.name === 'associatedownergroup') groupId = site.associatedOwnerGroupId;
  else if (segment.name === 'associatedmembergroup') groupId = site.associatedMemberGroupId;
  else if (segment.name === 'associatedvisitorgroup') groupId = site.associatedVisitorGroupId;
  else if (segment.hasArgs) groupId = Number(segment.positional[0]);
  else return handleGroupCollection(ctx, rest);
  const group = ctx.store.groupById(groupId);
  if (!group) throw groupNotFound();
  return handleGroup(ctx, group, rest);
}
