import { DEFAULT_APPROVER_ROLES, type Role } from '../../../domain';

/** Everyone who may approve a sanction on either route (the service checks each case again). */
export const APPROVER_ROLES: readonly Role[] = Array.from(
  new Set([...DEFAULT_APPROVER_ROLES.Customer, ...DEFAULT_APPROVER_ROLES.Councillor])
);

export function isApprover(roles: readonly Role[]): boolean {
  return roles.some((role) => APPROVER_ROLES.indexOf(role) >= 0);
}
