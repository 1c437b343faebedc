import { can, DEFAULT_APPROVER_ROLES, participationOf, ROLES } from '../../domain';
import type { Case, CaseRoute, Role, RoleAssignments, UserId } from '../../domain';

/**
 * BR-01 with separation of duties: every holder of an approver role for the case's
 * route whom the domain would allow to approve (so never the proposer, never someone
 * with a declared conflict). The domain decides; this only enumerates candidates.
 */
export function designatedApprovers(
  kase: Case,
  roles: RoleAssignments,
  approverRoles?: Readonly<Record<CaseRoute, readonly Role[]>>
): UserId[] {
  const wanted = (approverRoles ?? DEFAULT_APPROVER_ROLES)[kase.route];
  const candidates = new Set<UserId>();
  wanted.forEach((role) => (roles[role] ?? []).forEach((userId) => candidates.add(userId)));
  const participation = participationOf(kase);
  return [...candidates].filter((userId) => can({ userId }, 'sanction.approve', { roles, case: participation, approverRoles }).allowed);
}

/** The approver role this user decides in (first matching role for the route). */
export function approverRoleOf(
  userId: UserId,
  kase: Case,
  roles: RoleAssignments,
  approverRoles?: Readonly<Record<CaseRoute, readonly Role[]>>
): Role {
  const wanted = (approverRoles ?? DEFAULT_APPROVER_ROLES)[kase.route];
  return wanted.find((role) => (roles[role] ?? []).indexOf(userId) >= 0) ?? ROLES[0];
}
