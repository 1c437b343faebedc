import { isAssignableRole, ROLES, type Role, type RoleAssignments } from '../../domain/model/roles';
import type { UserId } from '../../domain/model/ids';

/**
 * SharePoint groups give the coarse role (what lists the user can reach); the role
 * assignments in Settings give the fine-grained ones (head of service, Executive Director,
 * appeal reviewer ...). The UI shows what either grants; the service checks authority again.
 */
export const GROUP_ROLES: Readonly<Record<string, readonly Role[]>> = {
  'CCM Staff': ['staff'],
  'CCM Case Team': ['customerRelationsOfficer'],
  'CCM Managers': ['lineManager'],
  'CCM Monitoring': ['monitoring'],
  // The councillors' group is not "CCM Members": on a site titled CCM that is SharePoint's own site members group.
  'CCM Elected Members': ['councillor'],
  'CCM FOI Officers': ['foiOfficer'],
  'CCM Auditors': ['auditor'],
  // The site's owners: the administration screen (issue 18). Only ever from the group.
  'CCM Administrators': ['administrator'],
  // Subject access requests (BR-23): the data protection officer's screen.
  'CCM Data Protection': ['dataProtectionOfficer'],
  // The warning-marker register's keepers (issue 17): SharePoint lets this group approve markers.
  'CCM Health and Safety': ['healthSafetyAdviser']
};

export function resolveRoles(groupTitles: readonly string[], assignments: RoleAssignments, userId: UserId): Role[] {
  const held = new Set<Role>();
  for (const title of groupTitles) {
    for (const role of GROUP_ROLES[title] ?? []) held.add(role);
  }
  // Administration is never taken from Settings: whoever could write it would otherwise be
  // able to make themselves an administrator (domain isAssignableRole).
  for (const role of ROLES.filter(isAssignableRole)) {
    if ((assignments[role] ?? []).indexOf(userId) >= 0) held.add(role);
  }
  return ROLES.filter((role) => held.has(role));
}

/**
 * The domain's permission checks take RoleAssignments; this merges the user's resolved
 * roles in, so can() sees group-derived roles too.
 */
export function withUserRoles(assignments: RoleAssignments, userId: UserId, roles: readonly Role[]): RoleAssignments {
  const merged: Partial<Record<Role, readonly UserId[]>> = { ...assignments };
  for (const role of roles) {
    const holders = merged[role] ?? [];
    if (holders.indexOf(userId) < 0) merged[role] = [...holders, userId];
  }
  return merged;
}
