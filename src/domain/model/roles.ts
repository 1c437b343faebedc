import type { UserId } from './ids';

/**
 * Roles of spec §5.1. Job titles differ between councils and restructures, so only the
 * role keys are fixed here; who holds each role is configuration (RoleAssignments).
 */
export const ROLES = [
  'staff',
  'lineManager',
  'headOfService',
  'executiveDirector',
  'customerRelationsOfficer',
  'alternateOfficer',
  'customerIctBusinessManager',
  'monitoringOfficer',
  'councillor',
  'groupLeader',
  'appealReviewer',
  'foiOfficer',
  'healthSafetyAdviser',
  'auditor',
  'monitoring',
  'safeguardingContact',
  'dataProtectionOfficer',
  'administrator'
] as const;

export type Role = (typeof ROLES)[number];

/** Who holds which role. Passed in from configuration; never hard-coded. */
export type RoleAssignments = Readonly<Partial<Record<Role, readonly UserId[]>>>;

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  staff: 'Staff member',
  lineManager: 'Line manager',
  headOfService: 'Head of service',
  executiveDirector: 'Executive Director, Resources and Support Services',
  customerRelationsOfficer: 'Customer Relations Officer',
  alternateOfficer: 'Alternate officer',
  customerIctBusinessManager: 'Customer and ICT Services Business Manager',
  monitoringOfficer: 'Monitoring Officer',
  councillor: 'Councillor (Member)',
  groupLeader: 'Group leader',
  appealReviewer: 'Appeal reviewer',
  foiOfficer: 'FOI and information governance officer',
  healthSafetyAdviser: 'Health and safety adviser',
  auditor: 'Auditor or data protection officer',
  monitoring: 'Monitoring (restrictions register)',
  safeguardingContact: 'Safeguarding contact',
  dataProtectionOfficer: 'Data protection officer',
  administrator: 'Administrator (site owner)'
};

/**
 * Running the product (the administration screen) is not a policy role: it comes from
 * membership of the CCM Administrators group, which SharePoint also uses to decide who may
 * write the Settings list. It is never read from the role assignments in Settings, or whoever
 * could write Settings could make themselves an administrator.
 */
export const ADMINISTRATOR_ROLE: Role = 'administrator';

/** Roles the council assigns to named people in Settings (everything but administration). */
export function isAssignableRole(value: unknown): value is Role {
  return isRole(value) && value !== ADMINISTRATOR_ROLE;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).indexOf(value) >= 0;
}

export function holdsRole(assignments: RoleAssignments, userId: UserId, role: Role): boolean {
  const holders = assignments[role];
  return holders !== undefined && holders.indexOf(userId) >= 0;
}

export function rolesOf(assignments: RoleAssignments, userId: UserId): Role[] {
  return ROLES.filter((role) => holdsRole(assignments, userId, role));
}
