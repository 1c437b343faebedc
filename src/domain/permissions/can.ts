import type { CaseRoute } from '../model/case';
import type { UserId } from '../model/ids';
import { holdsRole, Role, RoleAssignments } from '../model/roles';
import type { PermissionAction } from './actions';
import { CaseParticipation, DEFAULT_APPROVER_ROLES, PANEL_ROLES_BY_ROUTE } from './caseParticipation';
import { allow, Decision, deny } from './decision';
import {
  ADMINISTRATOR_ROLES,
  SUBJECT_ACCESS_ROLES,
  CASE_OFFICER_ROLES,
  CASE_TEAM_ROLES,
  FOI_OFFICER_ROLES,
  MEMBER_REFERRAL_HANDLER_ROLES,
  MEMBER_ROLES,
  OFFICER_ROLES,
  REPORT_READER_ROLES,
  TRIAGE_ROLES
} from './roleGroups';

export interface Actor {
  userId: UserId;
}

export interface PermissionContext {
  roles: RoleAssignments;
  /** Present for actions on a case. */
  case?: CaseParticipation;
  /** For memberReferral.read: who made the referral. */
  referralCouncillorId?: UserId;
  /** Override of DEFAULT_APPROVER_ROLES (configuration). */
  approverRoles?: Readonly<Record<CaseRoute, readonly Role[]>>;
}

function holdsAny(roles: RoleAssignments, userId: UserId, wanted: readonly Role[]): boolean {
  return wanted.some((role) => holdsRole(roles, userId, role));
}

function includes(list: readonly UserId[], userId: UserId): boolean {
  return list.indexOf(userId) >= 0;
}

function needCase(action: PermissionAction): Decision {
  return deny('ROLE', `No case was given for ${action}.`);
}

/**
 * The action matrix. Role holders come from configuration (RoleAssignments); nothing here
 * names a person. Each answer carries the rule that decided it.
 */
export function can(actor: Actor, action: PermissionAction, context: PermissionContext): Decision {
  const { roles } = context;
  const me = actor.userId;
  const kase = context.case;
  const approverRoles = context.approverRoles ?? DEFAULT_APPROVER_ROLES;

  switch (action) {
    case 'guidance.read':
      return allow('ROLE', 'Everyone may read the guidance.');

    case 'incident.create':
      return holdsAny(roles, me, OFFICER_ROLES)
        ? allow('ROLE', 'Staff may record incidents.')
        : deny('ROLE', 'Only council staff record incidents. Councillors use the referral form.');

    case 'case.submit':
      if (!kase) {
        return needCase(action);
      }
      return kase.createdBy === me
        ? allow('ROLE', 'The reporter refers the case to their line manager.')
        : deny('ROLE', 'Only the person who started the case can submit it.');

    case 'case.lineManagerDecide':
      if (!kase) {
        return needCase(action);
      }
      if (!holdsAny(roles, me, TRIAGE_ROLES)) {
        return deny('ROLE', 'Only a line manager decides how to address a referral.');
      }
      return kase.lineManagerId === undefined || kase.lineManagerId === me
        ? allow('ROLE', 'Line manager for this referral.')
        : deny('ROLE', 'This referral is with another line manager.');

    case 'case.readFull':
      return canReadFull(me, roles, kase, approverRoles);

    case 'case.readAlert':
      if (holdsAny(roles, me, OFFICER_ROLES)) {
        return allow('BR-22', 'Staff see the restriction banner only.');
      }
      if (kase && holdsRole(roles, me, 'councillor') && (kase.referringCouncillorId === me || kase.affectsMembers)) {
        return allow('BR-22', 'Councillors see a need-to-know alert for cases they referred or that affect Members.');
      }
      return deny('BR-22', 'Restriction alerts are shared on a need-to-know basis.');

    case 'case.manage':
      if (!kase) {
        return needCase(action);
      }
      if (includes(kase.conflictedUserIds, me)) {
        return deny('BR-03', 'You have declared earlier involvement with this person. The alternate officer must act on this case.');
      }
      if (kase.caseOfficerId !== undefined) {
        return kase.caseOfficerId === me
          ? allow('ROLE', 'Case officer for this case.')
          : deny('ROLE', 'Only the case officer manages this case.');
      }
      return holdsAny(roles, me, ['customerRelationsOfficer', 'alternateOfficer'])
        ? allow('ROLE', 'The Customer Relations Officer or alternate manages cases without an officer.')
        : deny('ROLE', 'Only the Customer Relations Officer or the alternate officer manages a case.');

    case 'invocation.record': {
      if (!kase) {
        return needCase(action);
      }
      const panelRoles = PANEL_ROLES_BY_ROUTE[kase.route].reduce<Role[]>((all, seat) => all.concat(seat), []);
      if (!holdsAny(roles, me, panelRoles)) {
        return deny('BR-02', 'Only a member of the decision panel for this route records the decision.');
      }
      return includes(kase.conflictedUserIds, me)
        ? deny('BR-03', 'You have a declared conflict on this case.')
        : allow('BR-02', 'Panel member for this route.');
    }

    case 'sanction.propose':
      if (!kase) {
        return needCase(action);
      }
      if (includes(kase.conflictedUserIds, me)) {
        return deny('BR-03', 'You have a declared conflict on this case.');
      }
      if (kase.caseOfficerId === me || holdsAny(roles, me, CASE_OFFICER_ROLES)) {
        return allow('BR-01', 'Case officers propose sanctions for approval.');
      }
      return deny('BR-01', 'Staff cannot create or activate a sanction. Ask the case officer.');

    case 'sanction.approve':
      if (!kase) {
        return needCase(action);
      }
      if (!holdsAny(roles, me, approverRoles[kase.route])) {
        return deny('BR-01', 'Only a designated approver for this route may approve a sanction.');
      }
      if (includes(kase.pendingProposerIds, me)) {
        return deny('BR-01', 'You proposed this sanction, so someone else must approve it.');
      }
      if (includes(kase.conflictedUserIds, me)) {
        return deny('BR-03', 'You have a declared conflict on this case.');
      }
      return allow('BR-01', 'Designated approver who did not propose the sanction.');

    case 'review.conduct':
      if (!kase) {
        return needCase(action);
      }
      if (includes(kase.conflictedUserIds, me)) {
        return deny('BR-03', 'You have a declared conflict on this case.');
      }
      return holdsAny(roles, me, approverRoles[kase.route]) || kase.caseOfficerId === me
        ? allow('BR-10', 'Approver or case officer for this route.')
        : deny('BR-10', 'Reviews are carried out by an approver for this route or the case officer.');

    case 'appeal.decide':
      if (!kase) {
        return needCase(action);
      }
      if (!holdsRole(roles, me, 'appealReviewer')) {
        return deny('BR-11', 'Only a designated appeal reviewer decides appeals.');
      }
      if (includes(kase.decisionMakerIds, me) || includes(kase.proposerIds, me) || kase.caseOfficerId === me || kase.lineManagerId === me) {
        return deny('BR-11', 'You were involved in the original decision, so another senior officer must hear the appeal.');
      }
      return allow('BR-11', 'Appeal reviewer not involved in the original decision.');

    case 'memberReferral.create':
      return holdsAny(roles, me, MEMBER_ROLES)
        ? allow('BR-26', 'Councillors refer through the councillors’ route.')
        : deny('BR-26', 'Only councillors and group leaders make Member referrals.');

    case 'memberReferral.read':
      if (context.referralCouncillorId === me || holdsAny(roles, me, [...MEMBER_REFERRAL_HANDLER_ROLES, 'auditor'])) {
        return allow('BR-22', 'Your own referral, or you handle Member referrals.');
      }
      return deny('BR-22', 'Councillors see only their own referrals.');

    case 'memberReferral.openCase':
      // Spec 1.6 and 5.1 (M1 p.6): the Monitoring Officer receives the referral, decides
      // whether the policy applies and convenes the panel with the Customer and ICT Services
      // Business Manager and the Executive Director. The Business Manager reads referrals too.
      return holdsRole(roles, me, 'monitoringOfficer')
        ? allow('ROLE', 'The Monitoring Officer opens a case from a Member referral.')
        : deny('ROLE', 'Only the Monitoring Officer opens a case from a Member referral.');

    case 'report.read':
      return holdsAny(roles, me, REPORT_READER_ROLES)
        ? allow('ROLE', 'Monitoring and reporting role.')
        : deny('ROLE', 'Reports are for the monitoring team, the Executive Director and auditors.');

    case 'audit.read':
      return holdsRole(roles, me, 'auditor')
        ? allow('ROLE', 'Auditor or data protection officer.')
        : deny('ROLE', 'Only auditors read the audit log.');

    case 'foi.assess':
      return holdsAny(roles, me, FOI_OFFICER_ROLES)
        ? allow('BR-16', 'FOI officer.')
        : deny('BR-16', 'FOI and EIR requests go to the FOI officer.');

    case 'marker.approve':
      return holdsRole(roles, me, 'healthSafetyAdviser')
        ? allow('BR-21', 'Health and safety adviser.')
        : deny('BR-21', 'Only the health and safety adviser approves warning markers.');

    case 'subjectAccess.export':
      // BR-23, UK GDPR Art. 15: a person's whole file leaves the council only through the data
      // protection officer, who logs the request and answers it; nobody else exports it.
      return holdsAny(roles, me, SUBJECT_ACCESS_ROLES)
        ? allow('BR-23', 'Data protection officer.')
        : deny('BR-23', 'Only the data protection officer answers a subject access request.');

    case 'settings.manage':
      // Configuration changes who may decide (role holders) and every deadline: only the site's
      // owners change it, and SharePoint refuses anyone else's write to Settings as well.
      return holdsAny(roles, me, ADMINISTRATOR_ROLES)
        ? allow('ROLE', 'Site administrator (CCM Administrators).')
        : deny(
            'ROLE',
            'Only the site’s administrators (CCM Administrators) change role holders, time frames, guidance and council details.'
          );
  }
}

/** BR-22: the full case (narrative included) is limited to participants and oversight roles. */
function canReadFull(
  me: UserId,
  roles: RoleAssignments,
  kase: CaseParticipation | undefined,
  approverRoles: Readonly<Record<CaseRoute, readonly Role[]>>
): Decision {
  if (!kase) {
    return needCase('case.readFull');
  }
  const participant =
    kase.createdBy === me ||
    kase.lineManagerId === me ||
    kase.caseOfficerId === me ||
    includes(kase.proposerIds, me) ||
    includes(kase.decisionMakerIds, me);
  if (participant) {
    return allow('BR-22', 'Case participant.');
  }
  if (holdsAny(roles, me, CASE_TEAM_ROLES) || holdsAny(roles, me, approverRoles[kase.route])) {
    return allow('BR-22', 'Approver, Customer Relations Officer or auditor.');
  }
  return deny('BR-22', 'Case details are restricted to the people working on the case. Staff see the restriction banner only.');
}
