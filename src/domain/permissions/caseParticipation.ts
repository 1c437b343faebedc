import type { Case, CaseRoute } from '../model/case';
import type { UserId } from '../model/ids';
import type { Role } from '../model/roles';

/** Who has been involved in a case, for separation-of-duties checks. */
export interface CaseParticipation {
  route: CaseRoute;
  createdBy: UserId;
  lineManagerId?: UserId;
  caseOfficerId?: UserId;
  /** Proposers of any sanction version on the case (BR-11 involvement). */
  proposerIds: readonly UserId[];
  /** Proposers of the sanction now awaiting a decision (BR-01). */
  pendingProposerIds: readonly UserId[];
  /** Invocation panel members and sanction approvers (BR-11). */
  decisionMakerIds: readonly UserId[];
  /** Users with a declared conflict or prior involvement (BR-03). */
  conflictedUserIds: readonly UserId[];
  /** Councillor who referred the case (BR-22 need-to-know). */
  referringCouncillorId?: UserId;
  /** Restrictions affecting Members (BR-22: councillors get a need-to-know alert). */
  affectsMembers: boolean;
}

export function participationOf(caseRecord: Case, referringCouncillorId?: UserId): CaseParticipation {
  const decisionMakers: UserId[] = [];
  if (caseRecord.invocationDecision) {
    caseRecord.invocationDecision.attendees.forEach((a) => decisionMakers.push(a.userId));
  }
  caseRecord.sanctions.forEach((s) => s.approvals.forEach((a) => decisionMakers.push(a.approverId)));
  return {
    route: caseRecord.route,
    createdBy: caseRecord.createdBy,
    lineManagerId: caseRecord.lineManagerId,
    caseOfficerId: caseRecord.caseOfficerId,
    proposerIds: caseRecord.sanctions.map((s) => s.proposedBy),
    pendingProposerIds: caseRecord.sanctions
      .filter((s) => s.status === 'Proposed' || s.status === 'ChangesRequested')
      .map((s) => s.proposedBy),
    decisionMakerIds: decisionMakers,
    conflictedUserIds: caseRecord.conflictDeclarations.map((c) => c.userId),
    referringCouncillorId,
    affectsMembers: caseRecord.route === 'Councillor'
  };
}

/** BR-02: panel roles required by route. The CRO seat may be filled by the alternate. */
export const PANEL_ROLES_BY_ROUTE: Readonly<Record<CaseRoute, readonly (readonly Role[])[]>> = {
  Customer: [['headOfService'], ['executiveDirector'], ['customerRelationsOfficer', 'alternateOfficer']],
  Councillor: [['monitoringOfficer'], ['customerIctBusinessManager'], ['executiveDirector']]
};

/**
 * BR-01: roles that may approve a sanction, by route. The NULBC approver is a [GAP];
 * the default is the panel's senior members. Override through PermissionContext.
 */
export const DEFAULT_APPROVER_ROLES: Readonly<Record<CaseRoute, readonly Role[]>> = {
  Customer: ['executiveDirector', 'headOfService'],
  Councillor: ['executiveDirector', 'monitoringOfficer']
};
