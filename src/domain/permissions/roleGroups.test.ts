import { MARKER_KEEPER_ROLES, MARKER_PROPOSER_ROLES } from '../markers/markerLifecycle';
import { ROLES, type Role } from '../model/roles';
import { mayDecideRetention } from '../time/retentionLedger';
import type { PermissionAction } from './actions';
import { can } from './can';
import type { CaseParticipation } from './caseParticipation';
import {
  ADMINISTRATOR_ROLES,
  APPEAL_ROLES,
  CASE_OFFICER_ROLES,
  FOI_OFFICER_ROLES,
  MEMBER_REFERRAL_HANDLER_ROLES,
  MEMBER_ROLES,
  MONITORING_PERIOD_ROLES,
  OFFICER_ROLES,
  REPORT_READER_ROLES,
  RETENTION_ROLES,
  STAFF_ROLES,
  TRIAGE_ROLES,
  WARNING_MARKER_ROLES
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

// Issue 15: the screens' role groups (routes.ts) come from here, each held to the rule it stands for.
describe('the screens’ role groups follow the rules they stand for', () => {
  /** A referral with no line manager yet, and nobody involved: the role alone decides. */
  const referral: CaseParticipation = {
    route: 'Customer',
    createdBy: 'u-staff',
    proposerIds: [],
    pendingProposerIds: [],
    decisionMakerIds: [],
    conflictedUserIds: [],
    affectsMembers: false
  };

  test('triage is for exactly who may decide how to address a referral', () => {
    const deciders = ROLES.filter(
      (role) => can({ userId: 'u-1' }, 'case.lineManagerDecide', { roles: { [role]: ['u-1'] }, case: referral }).allowed
    );
    expect(deciders).toEqual([...TRIAGE_ROLES]);
  });

  test('the FOI screen is for exactly who may assess an information request (BR-16)', () => {
    expect(rolesAllowed('foi.assess')).toEqual([...FOI_OFFICER_ROLES]);
  });

  test('the retention screen is for exactly who may confirm or hold a disposal (BR-24)', () => {
    expect(ROLES.filter((role) => mayDecideRetention({ [role]: ['u-1'] }, 'u-1'))).toEqual([...RETENTION_ROLES]);
  });

  test('the monitoring period and appeal screens are for the case officers and, beside them, the monitoring team or the appeal reviewer', () => {
    expect([...MONITORING_PERIOD_ROLES].sort()).toEqual([...CASE_OFFICER_ROLES, 'monitoring'].sort());
    expect([...APPEAL_ROLES].sort()).toEqual([...CASE_OFFICER_ROLES, 'appealReviewer'].sort());
  });

  test('the warning-marker register is for whoever proposes markers or keeps the register (BR-21)', () => {
    const either = ROLES.filter((role) => MARKER_PROPOSER_ROLES.indexOf(role) >= 0 || MARKER_KEEPER_ROLES.indexOf(role) >= 0);
    expect([...WARNING_MARKER_ROLES]).toEqual(either);
  });
});
