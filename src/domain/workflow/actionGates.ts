// The gates every action passes before its handler runs: the statuses it may start from (the
// spec §5.4 state machine, in one table) and the permission it needs (the can() matrix).

import { CASE_STATUSES, FORMAL_OPEN_CASE_STATUSES, SANCTION_RUNNING_STATUSES, type Case, type CaseStatus } from '../model/case';
import { holdsRole } from '../model/roles';
import type { PermissionAction } from '../permissions/actions';
import { can } from '../permissions/can';
import { participationOf } from '../permissions/caseParticipation';
import { fail, type Outcome } from './transitionRun';
import type { CaseAction, WorkflowContext } from './types';

/** Every status but Closed: a case still open, from its draft on. */
const OPEN_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter((status) => status !== 'Closed');

/** Every status but Draft: a case an Ombudsman can look at. */
const OMBUDSMAN_STATUSES: readonly CaseStatus[] = ['InformalAction', ...FORMAL_OPEN_CASE_STATUSES, 'Closed'];

/** Which statuses each action may start from (spec §5.4). */
const ALLOWED_FROM: Readonly<Record<CaseAction['type'], readonly CaseStatus[]>> = {
  submit: ['Draft'],
  openFromMemberReferral: ['Draft'],
  takeInformalAction: ['Referred'],
  resolveInformal: ['InformalAction'],
  escalate: ['Referred'],
  assignCaseOfficer: FORMAL_OPEN_CASE_STATUSES,
  // An officer can declare earlier involvement at any point until the case closes.
  declareConflict: OPEN_STATUSES,
  recordChecklist: ['Referred', 'AwaitingInvocationDecision', 'MonitoringLetterDraft', 'Monitoring', 'SanctionProposed'],
  recordInvocationDecision: ['AwaitingInvocationDecision'],
  sendMonitoringLetter: ['MonitoringLetterDraft'],
  closeMonitoringImproved: ['Monitoring'],
  proposeSanction: ['Monitoring', 'SanctionProposed', 'Closed'],
  decideSanction: ['SanctionProposed'],
  sendSanctionLetter: ['SanctionLetterDraft'],
  logContact: ['Monitoring', 'SanctionProposed', 'SanctionLetterDraft', 'SanctionActive', 'UnderReview', 'UnderAppeal'],
  // A contact flagged before the case closed is still someone's to deal with after it closes.
  reviewFlaggedContact: ['Monitoring', 'SanctionProposed', 'SanctionLetterDraft', 'SanctionActive', 'UnderReview', 'UnderAppeal', 'Closed'],
  receiveAppeal: ['SanctionActive'],
  decideAppeal: ['UnderAppeal'],
  startReview: ['SanctionActive'],
  completeReview: ['UnderReview'],
  logPersonReviewRequest: ['SanctionActive', 'UnderReview', 'UnderAppeal'],
  // BR-34: a request is answered in writing even when the restriction ended before its answer-by date.
  answerPersonReviewRequest: ['SanctionActive', 'UnderReview', 'UnderAppeal', 'Closed'],
  escalateOverdueReview: SANCTION_RUNNING_STATUSES,
  expireSanction: SANCTION_RUNNING_STATUSES,
  sendRestrictionEndedLetter: ['Closed'],
  issueNoReplyInstruction: ['SanctionActive', 'UnderReview', 'UnderAppeal'],
  // An Ombudsman may look at a case at any point once it is in the process, most often after it closed.
  recordOmbudsmanEnquiry: OMBUDSMAN_STATUSES,
  recordOmbudsmanDecision: OMBUDSMAN_STATUSES,
  completeOmbudsmanRemedy: OMBUDSMAN_STATUSES,
  copyLetterToOmbudsman: OMBUDSMAN_STATUSES
};

/** Permission needed per action; undefined means the sweep (system) or no special role. */
const PERMISSION_FOR: Readonly<Record<CaseAction['type'], PermissionAction | 'system' | 'anyParticipant'>> = {
  submit: 'case.submit',
  openFromMemberReferral: 'memberReferral.openCase',
  takeInformalAction: 'case.lineManagerDecide',
  resolveInformal: 'case.lineManagerDecide',
  escalate: 'case.lineManagerDecide',
  assignCaseOfficer: 'invocation.record',
  declareConflict: 'anyParticipant',
  recordChecklist: 'case.manage',
  recordInvocationDecision: 'invocation.record',
  sendMonitoringLetter: 'case.manage',
  closeMonitoringImproved: 'case.manage',
  proposeSanction: 'sanction.propose',
  decideSanction: 'sanction.approve',
  sendSanctionLetter: 'case.manage',
  logContact: 'anyParticipant',
  // Whoever the flagged contact was passed to, or the case officer: checked in the handler.
  reviewFlaggedContact: 'anyParticipant',
  receiveAppeal: 'case.manage',
  decideAppeal: 'appeal.decide',
  startReview: 'review.conduct',
  completeReview: 'review.conduct',
  logPersonReviewRequest: 'case.manage',
  answerPersonReviewRequest: 'review.conduct',
  escalateOverdueReview: 'system',
  expireSanction: 'system',
  sendRestrictionEndedLetter: 'case.manage',
  issueNoReplyInstruction: 'case.manage',
  recordOmbudsmanEnquiry: 'case.manage',
  recordOmbudsmanDecision: 'case.manage',
  // Whoever the remedy was given to, or the case officer: checked in the handler.
  completeOmbudsmanRemedy: 'anyParticipant',
  copyLetterToOmbudsman: 'case.manage'
};

/**
 * Whether the engine accepts an action of this type from a case in this status: screens ask
 * this (which next steps to offer) instead of keeping their own lists of statuses.
 */
export function actionAllowedFrom(type: CaseAction['type'], status: CaseStatus): boolean {
  return ALLOWED_FROM[type].indexOf(status) >= 0;
}

/** The refusal when the actor may not take this action on this case; undefined when they may. */
export function permissionProblem(caseRecord: Case, action: CaseAction, context: WorkflowContext): Outcome | undefined {
  const needed = PERMISSION_FOR[action.type];
  if (needed === 'system') {
    return context.actorId === 'system' || holdsRole(context.roles, context.actorId, 'monitoring')
      ? undefined
      : fail('notPermitted', 'Only the scheduled sweep or the monitoring team can do this.', 'BR-09');
  }
  if (needed === 'anyParticipant') {
    return undefined;
  }
  const decision = can({ userId: context.actorId }, needed, {
    roles: context.roles,
    case: participationOf(caseRecord, context.referringCouncillorId),
    approverRoles: context.approverRoles
  });
  return decision.allowed ? undefined : fail('notPermitted', decision.reason, decision.rule);
}
