import { ROLES, type Role } from '../model/roles';
import type { PermissionAction } from './actions';
import { can } from './can';
import {
  ADMINISTRATOR_ROLES,
  MEMBER_REFERRAL_HANDLER_ROLES,
  MEMBER_ROLES,
  OFFICER_ROLES,
  REPORT_READER_ROLES,
  STAFF_ROLES
} from './roleGroups';

// The screens a person is offered are chosen by these groups (src/ui/shell/routes.ts); the
// permission matrix decides by the same groups. These tests hold the two together: for each
// action decided by role alone, the roles the matrix allows are exactly the group's.
function rolesAllowed(action: PermissionAction): Role[] {
  return ROLES.filter((role) => can({ userId: 'u-1' }, action, { roles: { [role]: ['u-1'] } }).allowed);
}

describe('role groups agree with the permission matrix', () => {
  test('every officer, and no Member, may record an incident; staff screens are for officers other than the auditor', () => {
    expect(rolesAllowed('incident.create')).toEqual([...OFFICER_ROLES]);
    expect(STAFF_ROLES).toEqual(OFFICER_ROLES.filter((role) => role !== 'auditor'));
    expect(STAFF_ROLES.some((role) => MEMBER_ROLES.indexOf(role) >= 0)).toBe(false);
  });

  test('only Members make referrals', () => {
    expect(rolesAllowed('memberReferral.create').sort()).toEqual([...MEMBER_ROLES].sort());
  });

  test('the report readers are exactly who may read the register and the quarterly report', () => {
    expect(rolesAllowed('report.read').sort()).toEqual([...REPORT_READER_ROLES].sort());
  });

  test("Members' referrals reach their handlers (and the auditor reads them)", () => {
    expect(rolesAllowed('memberReferral.read').sort()).toEqual([...MEMBER_REFERRAL_HANDLER_ROLES, 'auditor'].sort());
  });
});

describe('administration', () => {
  test('only administrators manage settings, and administering the site makes nobody an officer', () => {
    expect(rolesAllowed('settings.manage')).toEqual([...ADMINISTRATOR_ROLES]);
    expect(OFFICER_ROLES.some((role) => ADMINISTRATOR_ROLES.indexOf(role) >= 0)).toBe(false);
    expect(rolesAllowed('incident.create')).not.toContain('administrator');
  });
});
