import { EmuResponse, RequestContext } from '../http/context';
import { collectionResponse } from '../http/entity-response';
import { Entity } from '../http/odata-format';
import { PathSegment } from '../http/resource-path';
import { emptyResponse, jsonResponse } from '../http/responses';
import { isExpanded } from '../http/select';
import { badRequest, resourceNotFound, SpError } from '../http/sp-error';
import { expectEnd, unsupportedMethod, unsupportedSegment } from '../http/unsupported';
import { RoleAssignmentRecord } from '../store/model';
import { roleDefinitionEntity } from './role-definitions';
import { principalEntity } from './principals';

/** A securable object (the web or a list) as seen by the role-assignment endpoints. */
export interface Securable {
  /** e.g. `Web` or `Web/Lists(guid'...')`. */
  editLink: string;
  assignments(): RoleAssignmentRecord[];
  hasUniqueRoleAssignments(): boolean;
  breakInheritance(copy: boolean, currentUserId: number): void;
  resetInheritance(): void;
  requireManagePermissions(): void;
}

function assignmentEntity(ctx: RequestContext, securable: Securable, assignment: RoleAssignmentRecord): Entity {
  const link = `${securable.editLink}/RoleAssignments/GetByPrincipalId(${assignment.principalId})`;
  const properties: Record<string, unknown> = { PrincipalId: assignment.principalId };
  if (isExpanded(ctx.query, 'Member')) {
    const user = ctx.store.userById(assignment.principalId);
    const group = ctx.store.groupById(assignment.principalId);
    if (user || group) properties.Member = principalEntity(ctx, user ?? group!).properties;
  }
  if (isExpanded(ctx.query, 'RoleDefinitionBindings')) {
    const defs = assignment.roleDefinitionIds.map((id) => ctx.store.roleDefinitionById(id)).filter((d) => d !== undefined);
    const values = defs.map((d) => roleDefinitionEntity(ctx, d!).properties);
    properties.RoleDefinitionBindings = ctx.format === 'verbose' ? { results: values } : values;
  }
  return { type: 'SP.RoleAssignment', id: `${ctx.webUrl}/_api/${link}`, editLink: link, properties };
}

/** Reference: PnPjs security/funcs.js and security/types.js call shapes. */
export function handleRoleInheritance(
  ctx: RequestContext,
  securable: Securable,
  segment: PathSegment,
  rest: PathSegment[]
): EmuResponse | undefined {
  if (segment.name !== 'breakroleinheritance' && segment.name !== 'resetroleinheritance') return undefined;
  expectEnd(ctx.method, rest, 'SP.SecurableObject', 'POST');
  if (segment.name === 'breakroleinheritance') {
    securable.requireManagePermissions();
    securable.breakInheritance(segment.named.copyroleassignments === true, ctx.user.id);
    ctx.store.changed();
    return emptyResponse(200);
  }
  securable.requireManagePermissions();
  securable.resetInheritance();
  ctx.store.changed();
  return emptyResponse(200);
}

export function handleRoleAssignments(ctx: RequestContext, securable: Securable, rest: PathSegment[]): EmuResponse {
  const [action, ...tail] = rest;
  if (!action) {
    if (ctx.method !== 'GET') throw unsupportedMethod(ctx.method, 'SP.RoleAssignmentCollection');
    const entities = securable.assignments().map((a) => assignmentEntity(ctx, securable, a));
    return collectionResponse(ctx, entities, 'SP.ApiData.RoleAssignments', 'SP.RoleAssignment');
  }
  if (action.name === 'getbyprincipalid') {
    const assignment = securable.assignments().find((a) => a.principalId === Number(action.positional[0]));
    if (!assignment) throw resourceNotFound(action.raw);
    expectEnd(ctx.method, tail, 'SP.RoleAssignment', 'GET');
    return jsonResponse(ctx, assignmentEntity(ctx, securable, assignment).properties);
  }
  if (action.name !== 'addroleassignment' && action.name !== 'removeroleassignment')
    throw unsupportedSegment('SP.RoleAssignmentCollection', action);
  expectEnd(ctx.method, tail, 'SP.RoleAssignmentCollection', 'POST');
  securable.requireManagePermissions();
  const principalId = Number(action.named.principalid);
  const roleDefId = Number(action.named.roledefid);
  if (!ctx.store.userById(principalId) && !ctx.store.groupById(principalId))
    throw badRequest('Cannot find the principal.', '-2146232832, Microsoft.SharePoint.SPException');
  if (!ctx.store.roleDefinitionById(roleDefId))
    throw badRequest('Cannot find the role definition.', '-2146232832, Microsoft.SharePoint.SPException');
  if (!securable.hasUniqueRoleAssignments()) {
    throw new SpError(
      500,
      '-2146232832, Microsoft.SharePoint.SPException',
      'This operation is not allowed on an object that inherits permissions.'
    );
  }
  const assignments = securable.assignments();
  let assignment = assignments.find((a) => a.principalId === principalId);
  if (action.name === 'addroleassignment') {
    if (!assignment) {
      assignment = { principalId, roleDefinitionIds: [] };
      assignments.push(assignment);
    }
    if (!assignment.roleDefinitionIds.includes(roleDefId)) assignment.roleDefinitionIds.push(roleDefId);
  } else if (assignment) {
    assignment.roleDefinitionIds = assignment.roleDefinitionIds.filter((id) => id !== roleDefId);
    if (assignment.roleDefinitionIds.length === 0) assignments.splice(assignments.indexOf(assignment), 1);
  }
  ctx.store.changed();
  return emptyResponse(200);
}
