import { accessDenied } from '../http/sp-error';
import { ListState } from '../store/list-state';
import { ItemRecord, RoleAssignmentRecord, UserRecord } from '../store/model';
import { SiteStore } from '../store/site-store';
import { BasePermissions, EMPTY_PERMISSIONS, FULL_MASK, hasPermission, Permission, union } from './base-permissions';

/**
 * Effective permissions the way SharePoint computes them for list-level security: site
 * collection admins have everything; otherwise the union of the permission levels assigned to
 * the user directly or to any SharePoint group they belong to, on the list if it has unique
 * role assignments, else inherited from the web.
 */
export class PermissionEvaluator {
  public constructor(private readonly store: SiteStore) {}

  public forWeb(user: UserRecord): BasePermissions {
    if (user.isSiteAdmin) return FULL_MASK;
    return this.fromAssignments(user, this.store.site.webRoleAssignments);
  }

  public forList(user: UserRecord, list: ListState): BasePermissions {
    if (user.isSiteAdmin) return FULL_MASK;
    const assignments = list.record.hasUniqueRoleAssignments ? list.record.roleAssignments : this.store.site.webRoleAssignments;
    return this.fromAssignments(user, assignments);
  }

  public requireWeb(user: UserRecord, permission: number): void {
    if (!hasPermission(this.forWeb(user), permission)) throw accessDenied();
  }

  public requireList(user: UserRecord, list: ListState, permission: number): void {
    if (!hasPermission(this.forList(user, list), permission)) throw accessDenied();
  }

  /** ReadSecurity = 2: users without ManageLists (or Override List Behaviors) see only the items they created. */
  public canReadItem(user: UserRecord, list: ListState, item: ItemRecord, perms: BasePermissions): boolean {
    if (list.record.readSecurity !== 2 || hasPermission(perms, Permission.ManageLists)) return true;
    // SharePoint's item-level settings page: "Users with the Cancel Checkout permission can read and edit all items".
    if (hasPermission(perms, Permission.CancelCheckout)) return true;
    return item.authorId === user.id;
  }

  /** WriteSecurity = 2: edit/delete only own items; 4: no edits at all (without ManageLists). */
  public canWriteItem(user: UserRecord, list: ListState, item: ItemRecord, perms: BasePermissions): boolean {
    if (hasPermission(perms, Permission.ManageLists)) return true;
    if (list.record.writeSecurity === 4) return false;
    if (list.record.writeSecurity === 2) return item.authorId === user.id;
    return true;
  }

  public isMember(user: UserRecord, principalId: number): boolean {
    if (principalId === user.id) return true;
    const group = this.store.groupById(principalId);
    return group !== undefined && group.memberIds.includes(user.id);
  }

  private fromAssignments(user: UserRecord, assignments: RoleAssignmentRecord[]): BasePermissions {
    let perms = EMPTY_PERMISSIONS;
    for (const assignment of assignments) {
      if (!this.isMember(user, assignment.principalId)) continue;
      for (const roleId of assignment.roleDefinitionIds) {
        const role = this.store.roleDefinitionById(roleId);
        if (role) perms = union(perms, { high: role.high, low: role.low });
      }
    }
    return perms;
  }
}
