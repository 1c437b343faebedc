// Role holders as configuration (the Settings list's roleAssignments): what the administration
// screen may save, checked here so that a mistake is refused where it is made instead of
// quietly leaving a case with nobody to approve it.

import { CASE_ROUTES, type CaseRoute } from '../model/case';
import type { UserId } from '../model/ids';
import { isAssignableRole, isRole, ROLE_LABELS, type Role, type RoleAssignments } from '../model/roles';
import { DEFAULT_APPROVER_ROLES, PANEL_ROLES_BY_ROUTE } from '../permissions/caseParticipation';
import { isRecord } from '../validation/fieldValidators';
import { err, ok, type Result } from '../validation/result';
import type { ValidationError } from '../validation/validationError';

/**
 * The roles the administration screen names people for, in the order it shows them. The others
 * come from SharePoint groups (staff, line managers, monitoring, auditors, councillors) and are
 * kept as they are when the holders are saved.
 */
export const ROLE_HOLDER_ROLES: readonly Role[] = [
  'customerRelationsOfficer',
  'alternateOfficer',
  'customerIctBusinessManager',
  'executiveDirector',
  'headOfService',
  'monitoringOfficer',
  'appealReviewer',
  'healthSafetyAdviser',
  'foiOfficer',
  'safeguardingContact',
  'dataProtectionOfficer'
];

/** The plain names of the two routes, as officers say them. */
export const ROUTE_NAMES: Readonly<Record<CaseRoute, string>> = {
  Customer: 'the customers’ route',
  Councillor: 'the councillors’ route'
};

// Entra object ids: the one id the bot, the tab's token and SPFx all give for a person. Anything
// else (a login, a typed name) would never match the signed-in user, so the choice would
// silently do nothing.
const OBJECT_ID: RegExp = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isEntraObjectId(value: string): boolean {
  return OBJECT_ID.test(value);
}

function holdersOf(errors: ValidationError[], role: Role, value: unknown): UserId[] | undefined {
  const label = ROLE_LABELS[role];
  if (!Array.isArray(value)) {
    errors.push({ field: role, code: 'invalidFormat', message: `${label}: the holders must be a list of people.` });
    return undefined;
  }
  const holders: UserId[] = [];
  let failed = false;
  value.forEach((entry: unknown, index: number) => {
    const id = typeof entry === 'string' ? entry.trim().toLowerCase() : '';
    if (!isEntraObjectId(id)) {
      failed = true;
      errors.push({
        field: `${role}[${index}]`,
        code: 'invalidFormat',
        message: `${label}: choose each person from the directory by name. “${String(entry)}” is not a person the directory knows.`
      });
    } else if (holders.indexOf(id) < 0) {
      holders.push(id);
    }
  });
  return failed ? undefined : holders;
}

/**
 * Role assignments as stored or as the screen would save them, checked: every key a role this
 * system knows (never administration, which only the CCM Administrators group gives), every
 * holder an Entra object id, each named once. Roles with no holder are left out.
 */
export function parseRoleAssignments(input: unknown): Result<RoleAssignments, ValidationError[]> {
  if (input === undefined || input === null) return ok({});
  if (!isRecord(input) || Array.isArray(input)) {
    return err([{ field: '', code: 'invalidFormat', message: 'Role holders must be a list of roles with the people who hold them.' }]);
  }
  const errors: ValidationError[] = [];
  const parsed: Partial<Record<Role, readonly UserId[]>> = {};
  for (const key of Object.keys(input)) {
    if (!isRole(key)) {
      errors.push({ field: key, code: 'unknownChoice', message: `“${key}” is not a role this system knows.` });
      continue;
    }
    if (!isAssignableRole(key)) {
      errors.push({
        field: key,
        code: 'notAllowed',
        message: 'Administrators are the members of the CCM Administrators group. Add them there, not here.'
      });
      continue;
    }
    const holders = holdersOf(errors, key, input[key]);
    if (holders !== undefined && holders.length > 0) parsed[key] = holders;
  }
  return errors.length > 0 ? err(errors) : ok(parsed);
}

/** What holding the role lets a person do, from the permission matrix's own tables (BR-01, BR-02). */
export function dutiesOf(role: Role, approverRoles: Readonly<Record<CaseRoute, readonly Role[]>> = DEFAULT_APPROVER_ROLES): string[] {
  const duties: string[] = [];
  const approves = CASE_ROUTES.filter((route) => approverRoles[route].indexOf(role) >= 0);
  if (approves.length > 0) duties.push(`Approves sanctions on ${approves.map((route) => ROUTE_NAMES[route]).join(' and ')} (BR-01).`);
  const sits = CASE_ROUTES.filter((route) => PANEL_ROLES_BY_ROUTE[route].some((seat) => seat.indexOf(role) >= 0));
  if (sits.length > 0) duties.push(`Sits on the invocation panel of ${sits.map((route) => ROUTE_NAMES[route]).join(' and ')} (BR-02).`);
  return duties;
}

/** The change to one role, for the audit entry and the confirmation: who was added and removed. */
export interface RoleHolderChange {
  role: Role;
  added: UserId[];
  removed: UserId[];
}

export function roleHolderChanges(before: RoleAssignments, after: RoleAssignments): RoleHolderChange[] {
  const roles = ROLE_HOLDER_ROLES.concat(
    (Object.keys({ ...before, ...after }) as Role[]).filter((role) => ROLE_HOLDER_ROLES.indexOf(role) < 0)
  );
  const changes: RoleHolderChange[] = [];
  for (const role of roles) {
    const was = before[role] ?? [];
    const now = after[role] ?? [];
    const added = now.filter((id) => was.indexOf(id) < 0);
    const removed = was.filter((id) => now.indexOf(id) < 0);
    if (added.length > 0 || removed.length > 0) changes.push({ role, added, removed });
  }
  return changes;
}
