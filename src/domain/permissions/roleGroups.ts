import { MARKER_KEEPER_ROLES, MARKER_PROPOSER_ROLES } from '../markers/markerLifecycle';
import { ROLES, type Role } from '../model/roles';
import { DEFAULT_APPROVER_ROLES, PANEL_ROLES_BY_ROUTE } from './caseParticipation';

// The groups of roles that the permission matrix (can.ts) decides by, named once so that the
// screens offered to a person (src/ui/shell/routes.ts) follow the same rules rather than a
// second list that can drift from them.

function union(...groups: readonly (readonly Role[])[]): readonly Role[] {
  return ROLES.filter((role) => groups.some((group) => group.indexOf(role) >= 0));
}

/** The Members' roles: councillors and group leaders (they refer; they never record incidents). */
export const MEMBER_ROLES: readonly Role[] = ['councillor', 'groupLeader'];

/** Site administration (the CCM Administrators group): the administration screen and nothing else. */
export const ADMINISTRATOR_ROLES: readonly Role[] = ['administrator'];

/**
 * People the council names so that others know whom to tell (a safeguarding concern, a
 * subject access request). Being named gives no access: the person's groups and other roles do.
 */
export const CONTACT_ROLES: readonly Role[] = ['safeguardingContact', 'dataProtectionOfficer'];

/**
 * Every council officer: all roles but the Members', the named contacts and administration.
 * Administering the site gives no say in cases: an administrator who also records incidents is
 * in CCM Staff as well.
 */
export const OFFICER_ROLES: readonly Role[] = ROLES.filter(
  (role) => MEMBER_ROLES.indexOf(role) < 0 && CONTACT_ROLES.indexOf(role) < 0 && ADMINISTRATOR_ROLES.indexOf(role) < 0
);

/** Officers who deal with customers: record incidents, check a customer (the auditor only reads). */
export const STAFF_ROLES: readonly Role[] = OFFICER_ROLES.filter((role) => role !== 'auditor');

/** The case officers: the Customer Relations Officer, the alternate, and the Customer and ICT
 * Services Business Manager (who runs Councillor-route cases). */
export const CASE_OFFICER_ROLES: readonly Role[] = ['customerRelationsOfficer', 'alternateOfficer', 'customerIctBusinessManager'];

/** The case team, who read every case in full (spec 5.1). */
export const CASE_TEAM_ROLES: readonly Role[] = ['customerRelationsOfficer', 'alternateOfficer', 'monitoring', 'auditor'];

/** Everyone who may approve a sanction on some route (BR-01, configuration by default). */
export const APPROVER_ROLES: readonly Role[] = union(...Object.values(DEFAULT_APPROVER_ROLES));

/** Everyone who may sit on an invocation panel on some route (BR-02). */
export const PANEL_ROLES: readonly Role[] = union(...Object.values(PANEL_ROLES_BY_ROUTE).flat());

/** Who may be shown a case: its team and officers, the managers who decide, reviewers and the Monitoring Officer. */
export const CASE_READER_ROLES: readonly Role[] = union(CASE_OFFICER_ROLES, CASE_TEAM_ROLES, [
  'lineManager',
  'headOfService',
  'executiveDirector',
  'appealReviewer',
  'monitoringOfficer'
]);

/** Who conducts a review: the case officers and the approvers (BR-09). */
export const REVIEWER_ROLES: readonly Role[] = union(CASE_OFFICER_ROLES, APPROVER_ROLES);

/** Who records a customer's needs: the case team and the managers handling the case (Persons: Contribute). */
export const PERSON_DETAILS_ROLES: readonly Role[] = union(CASE_OFFICER_ROLES, [
  'lineManager',
  'headOfService',
  'executiveDirector',
  'monitoringOfficer'
]);

/** Who reads the register and the quarterly report. */
export const REPORT_READER_ROLES: readonly Role[] = ['monitoring', 'executiveDirector', 'auditor', 'customerRelationsOfficer'];

/** Who receives Members' referrals (spec 1.6 and 5.1, M1): the Monitoring Officer and the
 * Customer and ICT Services Business Manager, who sits on the councillors' panel. */
export const MEMBER_REFERRAL_HANDLER_ROLES: readonly Role[] = ['monitoringOfficer', 'customerIctBusinessManager'];

/** Who answers subject access requests (BR-23): the data protection officer, by the CCM Data Protection group. */
export const SUBJECT_ACCESS_ROLES: readonly Role[] = ['dataProtectionOfficer'];

/** Who produces letters: the case officers, appeal reviewers (outcome letters), the FOI officer
 * and the health and safety adviser (warning-marker letters). */
export const LETTER_WRITER_ROLES: readonly Role[] = union(CASE_OFFICER_ROLES, ['appealReviewer', 'foiOfficer', 'healthSafetyAdviser']);

/** Who triages referrals: the line managers, who decide how to address a referral (spec 1.4 step 1). */
export const TRIAGE_ROLES: readonly Role[] = ['lineManager'];

/** Who assesses information requests (BR-16): the FOI officer. */
export const FOI_OFFICER_ROLES: readonly Role[] = ['foiOfficer'];

/** Who confirms or holds a disposal (BR-24): the data protection officer (retentionLedger.ts, mayDecideRetention). */
export const RETENTION_ROLES: readonly Role[] = ['dataProtectionOfficer'];

/** Who works on the monitoring period: the case officers (letter, contact log) and the monitoring team, who follow it. */
export const MONITORING_PERIOD_ROLES: readonly Role[] = union(CASE_OFFICER_ROLES, ['monitoring']);

/** Who works on an appeal: the case officers record it, a designated appeal reviewer decides it (BR-11/12). */
export const APPEAL_ROLES: readonly Role[] = union(CASE_OFFICER_ROLES, ['appealReviewer']);

/** Who works on the warning-marker register: those who propose markers and its keepers (BR-21). */
export const WARNING_MARKER_ROLES: readonly Role[] = union(MARKER_PROPOSER_ROLES, MARKER_KEEPER_ROLES);
