import { EmuResponse, jsonBody, RequestContext } from '../http/context';
import { JSON_NULL } from '../http/json-null';
import { Entity, renderCollection, renderEntity } from '../http/odata-format';
import { PathSegment } from '../http/resource-path';
import { emptyResponse, jsonResponse } from '../http/responses';
import { projectSelect } from '../http/select';
import { badRequest, resourceNotFound, SpError } from '../http/sp-error';
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
      properties: projectSelect(
        {
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
        },
        ctx.query
      )
    };
  }
  const link = `Web/SiteGroups/GetById(${principal.id})`;
  const owner = ctx.store.groupById(principal.ownerId) ?? ctx.store.userById(principal.ownerId);
  return {
    type: 'SP.Group',
    id: `${ctx.webUrl}/_api/${link}`,
    editLink: link,
    properties: projectSelect(
      {
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
      },
      ctx.query
    )
  };
}

function one(ctx: RequestContext, principal: UserRecord | GroupRecord): EmuResponse {
  const fragment = isUser(principal) ? 'SP.ApiData.Users/@Element' : 'SP.ApiData.Groups/@Element';
  return jsonResponse(ctx, renderEntity(ctx.render, principalEntity(ctx, principal), fragment));
}

function userNotFound(login: string): SpError {
  return new SpError(500, '-2146232832, Microsoft.SharePoint.SPException', `The specified user ${login} could not be found.`);
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

/** `/web/ensureuser` (reference §9.3): known users resolve, others fail as SPO does. */
export function ensureUser(ctx: RequestContext): EmuResponse {
  const body = jsonBody(ctx);
  const login = String(body.logonName ?? '');
  const user = ctx.store.findUser(login);
  if (!user) throw userNotFound(login);
  return one(ctx, user);
}

export function currentUser(ctx: RequestContext, rest: PathSegment[]): EmuResponse {
  if (rest[0]?.name === 'groups' && rest.length === 1 && ctx.method === 'GET') {
    // `/web/currentuser/groups`: the groups the caller belongs to (the web part resolves roles from these).
    const mine = ctx.store.site.groups.filter((g) => g.memberIds.includes(ctx.user.id));
    return jsonResponse(
      ctx,
      renderCollection(
        ctx.render,
        mine.map((g) => principalEntity(ctx, g)),
        'SP.ApiData.Groups'
      )
    );
  }
  if (rest.length > 0) throw resourceNotFound(rest[0].raw);
  return one(ctx, ctx.user);
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
  if (selector) {
    const user = userFromSelector(ctx, users, selector);
    if (tail.length > 0) throw resourceNotFound(tail[0].raw);
    if (ctx.method === 'DELETE' && group) {
      ctx.permissions.requireWeb(ctx.user, Permission.ManagePermissions);
      group.memberIds = group.memberIds.filter((id) => id !== user.id);
      ctx.store.changed();
      return emptyResponse(200);
    }
    return one(ctx, user);
  }
  const action = tail[0];
  if (action && (action.name === 'removebyid' || action.name === 'removebyloginname') && ctx.method === 'POST') {
    ctx.permissions.requireWeb(ctx.user, Permission.ManagePermissions);
    const user = userFromSelector(ctx, users, { ...action, name: action.name === 'removebyid' ? 'getbyid' : 'getbyloginname' });
    if (group) group.memberIds = group.memberIds.filter((id) => id !== user.id);
    ctx.store.changed();
    return emptyResponse(200);
  }
  if (action) throw resourceNotFound(action.raw);
  if (ctx.method === 'GET') {
    const entities = users.map((u) => principalEntity(ctx, u));
    return jsonResponse(ctx, renderCollection(ctx.render, entities, 'SP.ApiData.Users'));
  }
  if (ctx.method === 'POST') {
    const login = String(jsonBody(ctx).LoginName ?? '');
    const user = ctx.store.findUser(login);
    if (!user) throw userNotFound(login);
    if (group) {
      ctx.permissions.requireWeb(ctx.user, Permission.ManagePermissions);
      if (!group.memberIds.includes(user.id)) group.memberIds.push(user.id);
      ctx.store.changed();
    }
    return jsonResponse(ctx, renderEntity(ctx.render, principalEntity(ctx, user), 'SP.ApiData.Users/@Element'), 201);
  }
  throw resourceNotFound(ctx.method);
}

/** `/web/sitegroups...` and the associated owner/member/visitor groups. */
export function handleGroups(ctx: RequestContext, segment: PathSegment, rest: PathSegment[]): EmuResponse {
  let group: GroupRecord | undefined;
  let tail = rest;
  const site = ctx.store.site;
  if (segment.name === 'associatedownergroup') group = ctx.store.groupById(site.associatedOwnerGroupId);
  else if (segment.name === 'associatedmembergroup') group = ctx.store.groupById(site.associatedMemberGroupId);
  else if (segment.name === 'associatedvisitorgroup') group = ctx.store.groupById(site.associatedVisitorGroupId);
  else if (segment.hasArgs) group = ctx.store.groupById(Number(segment.positional[0]));
  else if (tail[0] && (tail[0].name === 'getbyid' || tail[0].name === 'getbyname')) {
    const arg = tail[0].positional[0];
    group = tail[0].name === 'getbyid' ? ctx.store.groupById(Number(arg)) : ctx.store.groupByName(String(arg));
    if (!group) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Group cannot be found.');
    tail = tail.slice(1);
  } else if (tail[0] && (tail[0].name === 'removebyid' || tail[0].name === 'removebyloginname') && ctx.method === 'POST') {
    ctx.permissions.requireWeb(ctx.user, Permission.ManagePermissions);
    const arg = tail[0].positional[0];
    const target = tail[0].name === 'removebyid' ? ctx.store.groupById(Number(arg)) : ctx.store.groupByName(String(arg));
    if (!target) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Group cannot be found.');
    site.groups = site.groups.filter((g) => g !== target);
    site.webRoleAssignments = site.webRoleAssignments.filter((a) => a.principalId !== target.id);
    ctx.store.changed();
    return emptyResponse(200);
  } else {
    if (tail.length > 0) throw resourceNotFound(tail[0].raw);
    if (ctx.method === 'GET') {
      return jsonResponse(
        ctx,
        renderCollection(
          ctx.render,
          site.groups.map((g) => principalEntity(ctx, g)),
          'SP.ApiData.Groups'
        )
      );
    }
    if (ctx.method !== 'POST') throw resourceNotFound(ctx.method);
    ctx.permissions.requireWeb(ctx.user, Permission.ManagePermissions);
    const body = jsonBody(ctx);
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
    return jsonResponse(ctx, renderEntity(ctx.render, principalEntity(ctx, created), 'SP.ApiData.Groups/@Element'), 201);
  }
  if (!group) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Group cannot be found.');
  if (tail[0]?.name === 'users') return handleUsers(ctx, tail[0], tail.slice(1), group);
  if (tail.length > 0) throw resourceNotFound(tail[0].raw);
  if (ctx.method === 'GET') return one(ctx, group);
  if (ctx.method === 'MERGE' || ctx.method === 'PATCH') {
    ctx.permissions.requireWeb(ctx.user, Permission.ManagePermissions);
    const body = jsonBody(ctx);
    if (typeof body.Title === 'string') group.title = body.Title;
    if (typeof body.Description === 'string') group.description = body.Description;
    ctx.store.changed();
    return emptyResponse(204);
  }
  throw resourceNotFound(ctx.method);
}
