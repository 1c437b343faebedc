// The life of a warning marker on the staff safety register (spec 4.1, BR-21, BR-33), one pure
// transition per step. Each checks its own gates (who may act, in which status, what must be
// recorded) and returns the marker as it becomes with the audit event that records the step, or
// the issues that stop it. Nothing here reads or writes storage: src/app/markers does, in one place.

import type { AuditEvent } from '../model/audit';
import { dateOfInstant, IsoDate, IsoInstant, isAfter, isBefore } from '../model/dates';
import type { AuditEventId, IncidentId, MarkerId, PersonId, UserId } from '../model/ids';
import type { ReasonableAdjustment } from '../model/person';
import { holdsRole, Role, RoleAssignments } from '../model/roles';
import type { MarkerChallenge, MarkerReview, MarkerStatus, WarningMarker } from '../model/warningMarker';
import { addCalendarMonths } from '../time/calendarMonths';
import { DEFAULT_TIME_FRAMES, TimeFrames } from '../time/timeFrames';
import { checkMarkerActivation, MarkerIssue, markerViewedEvent, resolveMarkerChallenge } from './markerRules';

export type MarkerStep =
  | { readonly ok: true; readonly marker: WarningMarker; readonly event: AuditEvent }
  | { readonly ok: false; readonly issues: readonly MarkerIssue[] };

/** Who may propose a marker: the case officers and the managers who know the incident. */
export const MARKER_PROPOSER_ROLES: readonly Role[] = [
  'customerRelationsOfficer',
  'alternateOfficer',
  'customerIctBusinessManager',
  'lineManager',
  'headOfService'
];

/** Who may review, take a challenge, re-examine or remove: the register keepers (H&S) and the case officers. */
export const MARKER_KEEPER_ROLES: readonly Role[] = ['healthSafetyAdviser', 'customerRelationsOfficer', 'alternateOfficer'];

function blank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}

function holdsAny(roles: RoleAssignments, userId: UserId, allowed: readonly Role[]): boolean {
  return allowed.some((role) => holdsRole(roles, userId, role));
}

function issue(rule: MarkerIssue['rule'], field: string, message: string): MarkerIssue {
  return { rule, field, message };
}

function refuse(...issues: MarkerIssue[]): MarkerStep {
  return { ok: false, issues };
}

function event(
  id: AuditEventId,
  actorId: UserId,
  action: string,
  at: IsoInstant,
  marker: WarningMarker,
  before: MarkerStatus | undefined,
  rule: MarkerIssue['rule'],
  note?: string
): AuditEvent {
  return {
    id,
    actorId,
    action,
    at,
    entity: { type: 'WarningMarker', id: marker.id },
    ...(before === undefined ? {} : { before: { status: before } }),
    after: { status: marker.status, reviewDate: marker.reviewDate },
    rule,
    ...(note === undefined ? {} : { note })
  };
}

const STATUS_WORDS: Readonly<Record<MarkerStatus, string>> = {
  Provisional: 'waiting for health and safety approval',
  Active: 'in force',
  UnderChallenge: 'being challenged',
  Removed: 'removed'
};

function statusIs(marker: WarningMarker, allowed: readonly MarkerStatus[], doing: string): MarkerIssue[] {
  return allowed.indexOf(marker.status) >= 0
    ? []
    : [issue('BR-21', 'status', `A marker that is ${STATUS_WORDS[marker.status]} cannot be ${doing}.`)];
}

function reviewDateIssues(reviewDate: IsoDate, today: IsoDate, timeFrames: TimeFrames): MarkerIssue[] {
  const latest = addCalendarMonths(today, timeFrames.warningMarkerReviewMonths, 'today');
  return !isAfter(reviewDate, today) || isAfter(reviewDate, latest)
    ? [issue('BR-21', 'reviewDate', `Set a review date in the future and within ${timeFrames.warningMarkerReviewMonths} months.`)]
    : [];
}

/** The incident a marker is proposed from: only whose it is matters to the gate. */
export interface MarkerIncident {
  id: IncidentId;
  personId: PersonId;
}

export interface MarkerProposal {
  id: MarkerId;
  personId: PersonId;
  incident: MarkerIncident;
  riskDescription: string;
  precautions: string;
  reviewDate: IsoDate;
  proposedBy: UserId;
}

/**
 * BR-21: a marker is proposed from one specific incident of the SAME person (a marker built on
 * someone else's incident would label the wrong customer). It starts Provisional: staff see
 * nothing until a health and safety adviser approves it.
 */
export function proposeMarker(
  proposal: MarkerProposal,
  roles: RoleAssignments,
  today: IsoDate,
  at: IsoInstant,
  eventId: AuditEventId,
  timeFrames: TimeFrames = DEFAULT_TIME_FRAMES
): MarkerStep {
  const issues: MarkerIssue[] = [];
  if (!holdsAny(roles, proposal.proposedBy, MARKER_PROPOSER_ROLES)) {
    issues.push(issue('BR-21', 'proposedBy', 'Only a case officer or a manager may propose a warning marker.'));
  }
  if (proposal.incident.personId !== proposal.personId) {
    issues.push(issue('BR-21', 'incidentIds', 'The marker must be based on an incident involving this same person.'));
  }
  if (blank(proposal.riskDescription)) {
    issues.push(issue('BR-21', 'riskDescription', 'Describe the risk, factually, from the incident.'));
  }
  if (blank(proposal.precautions)) {
    issues.push(issue('BR-21', 'precautions', 'Enter the handling instructions staff should follow.'));
  }
  issues.push(...reviewDateIssues(proposal.reviewDate, today, timeFrames));
  if (issues.length > 0) return refuse(...issues);
  const marker: WarningMarker = {
    id: proposal.id,
    personId: proposal.personId,
    incidentIds: [proposal.incident.id],
    riskDescription: proposal.riskDescription.trim(),
    precautions: proposal.precautions.trim(),
    proposedBy: proposal.proposedBy,
    reviewDate: proposal.reviewDate,
    challenges: [],
    reviews: [],
    status: 'Provisional'
  };
  return { ok: true, marker, event: event(eventId, proposal.proposedBy, 'marker.proposed', at, marker, undefined, 'BR-21') };
}

export interface MarkerApproval {
  approverId: UserId;
  notifiedOn?: IsoDate;
  notNotifiedReason?: string;
  /** How the handling instructions respect the person's recorded adjustments. */
  handlingCheck?: string;
}

/**
 * BR-21: a health and safety adviser other than the proposer approves a provisional marker,
 * with the notification record (or the reason for not telling the person). Where the person has
 * recorded reasonable adjustments, the approver says how the handling instructions respect them:
 * instructions that cut across an adjustment (say, "letters only" for a customer who cannot read)
 * must be noticed before staff act on them.
 */
export function approveMarker(
  marker: WarningMarker,
  approval: MarkerApproval,
  adjustments: readonly ReasonableAdjustment[],
  roles: RoleAssignments,
  today: IsoDate,
  at: IsoInstant,
  eventId: AuditEventId,
  timeFrames: TimeFrames = DEFAULT_TIME_FRAMES
): MarkerStep {
  const candidate: WarningMarker = {
    ...marker,
    approvedBy: approval.approverId,
    approvedAt: at,
    notifiedOn: approval.notifiedOn,
    notNotifiedReason: blank(approval.notNotifiedReason) ? undefined : approval.notNotifiedReason?.trim(),
    handlingCheck: blank(approval.handlingCheck) ? undefined : approval.handlingCheck?.trim()
  };
  const issues = [...statusIs(marker, ['Provisional'], 'approved'), ...checkMarkerActivation(candidate, roles, today, timeFrames)];
  if (approval.notifiedOn !== undefined && isAfter(approval.notifiedOn, today)) {
    issues.push(issue('BR-21', 'notifiedOn', 'The date the person was told cannot be in the future.'));
  }
  if (adjustments.length > 0 && candidate.handlingCheck === undefined) {
    issues.push(
      issue(
        'BR-21',
        'handlingCheck',
        `This customer has ${adjustments.length === 1 ? 'a recorded adjustment' : `${adjustments.length} recorded adjustments`}: say how the handling instructions respect ${adjustments.length === 1 ? 'it' : 'them'}.`
      )
    );
  }
  if (issues.length > 0) return refuse(...issues);
  const approved: WarningMarker = { ...candidate, status: 'Active' };
  return {
    ok: true,
    marker: approved,
    event: event(eventId, approval.approverId, 'marker.approved', at, approved, marker.status, 'BR-21')
  };
}

/** BR-21: the H&S adviser declines a proposal; it never reaches staff, and the reasons are kept. */
export function declineMarker(
  marker: WarningMarker,
  adviserId: UserId,
  reasons: string,
  roles: RoleAssignments,
  at: IsoInstant,
  eventId: AuditEventId
): MarkerStep {
  const issues = statusIs(marker, ['Provisional'], 'declined');
  if (!holdsRole(roles, adviserId, 'healthSafetyAdviser')) {
    issues.push(issue('BR-21', 'approvedBy', 'Only a health and safety adviser may decline a proposed marker.'));
  }
  if (blank(reasons)) issues.push(issue('BR-21', 'removalReason', 'Record why the marker is not approved.'));
  if (issues.length > 0) return refuse(...issues);
  const declined: WarningMarker = {
    ...marker,
    status: 'Removed',
    removedOn: dateOfInstant(at),
    removedBy: adviserId,
    removalReason: reasons.trim()
  };
  return {
    ok: true,
    marker: declined,
    event: event(eventId, adviserId, 'marker.declined', at, declined, marker.status, 'BR-21', reasons.trim())
  };
}

/**
 * BR-21: every view of a marker's record is logged with who, when and why. A view without a
 * reason is refused, so nobody opens the narrative idly (York: access on a need-to-know request).
 */
export function viewMarker(
  marker: Pick<WarningMarker, 'id'>,
  viewerId: UserId,
  purpose: string,
  at: IsoInstant,
  eventId: AuditEventId
): { ok: true; event: AuditEvent } | { ok: false; issues: readonly MarkerIssue[] } {
  if (blank(purpose)) {
    return { ok: false, issues: [issue('BR-21', 'purpose', 'Say why you need to open this marker: every view is recorded.')] };
  }
  return { ok: true, event: markerViewedEvent(marker, viewerId, at, eventId, purpose.trim()) };
}

export interface MarkerReviewInput {
  reviewerId: UserId;
  outcome: MarkerReview['outcome'];
  reasons: string;
  nextReviewDate?: IsoDate;
  /** For a removal at review: when the person was told (BR-33). */
  personToldOn?: IsoDate;
}

/** Spec 4.1: a review continues the marker to a new review date, or removes it with reasons and the person told. */
export function reviewMarker(
  marker: WarningMarker,
  input: MarkerReviewInput,
  roles: RoleAssignments,
  today: IsoDate,
  at: IsoInstant,
  eventId: AuditEventId,
  timeFrames: TimeFrames = DEFAULT_TIME_FRAMES
): MarkerStep {
  const issues = statusIs(marker, ['Active'], 'reviewed');
  if (!holdsAny(roles, input.reviewerId, MARKER_KEEPER_ROLES)) {
    issues.push(issue('BR-21', 'reviewerId', 'Only a health and safety adviser or a case officer may review a marker.'));
  }
  if (blank(input.reasons)) issues.push(issue('BR-21', 'reasons', 'Record the reasons for the review outcome.'));
  if (input.outcome === 'Continue') {
    if (input.nextReviewDate === undefined) {
      issues.push(issue('BR-21', 'reviewDate', 'Set the next review date.'));
    } else {
      issues.push(...reviewDateIssues(input.nextReviewDate, today, timeFrames));
    }
  } else {
    issues.push(...toldIssues(input.personToldOn, today));
  }
  if (issues.length > 0) return refuse(...issues);
  const review: MarkerReview = {
    reviewedOn: today,
    reviewerId: input.reviewerId,
    outcome: input.outcome,
    reasons: input.reasons.trim(),
    ...(input.outcome === 'Continue' ? { nextReviewDate: input.nextReviewDate } : {})
  };
  const reviews = [...(marker.reviews ?? []), review];
  const next: WarningMarker =
    input.outcome === 'Continue'
      ? { ...marker, reviews, reviewDate: input.nextReviewDate as IsoDate }
      : {
          ...marker,
          reviews,
          status: 'Removed',
          removedOn: today,
          removedBy: input.reviewerId,
          removalReason: review.reasons,
          removalToldOn: input.personToldOn
        };
  const action = input.outcome === 'Continue' ? 'marker.reviewedContinued' : 'marker.reviewedRemoved';
  return {
    ok: true,
    marker: next,
    event: event(
      eventId,
      input.reviewerId,
      action,
      at,
      next,
      marker.status,
      input.outcome === 'Continue' ? 'BR-21' : 'BR-33',
      review.reasons
    )
  };
}

/**
 * BR-33: the person is told of a removal. Told already (in person, say), the date is recorded with
 * the removal; not yet, the removal still stands at once (staff must lose the flag at once) and the
 * marker shows "customer not yet told" until the removal letter is recorded as sent (markerLetters.ts).
 */
function toldIssues(personToldOn: IsoDate | undefined, today: IsoDate): MarkerIssue[] {
  if (personToldOn === undefined) return [];
  return isAfter(personToldOn, today) ? [issue('BR-33', 'personToldOn', 'The date the person was told cannot be in the future.')] : [];
}

export interface MarkerChallengeInput {
  raisedBy: MarkerChallenge['raisedBy'];
  raisedOn: IsoDate;
  grounds: string;
  /** Who recorded the challenge (the person disputes it by letter or in person; staff through their officer). */
  recordedBy: UserId;
}

/** BR-33: the person (or staff) disputes the marker; it stays in force while the evidence is re-examined. */
export function challengeMarker(
  marker: WarningMarker,
  input: MarkerChallengeInput,
  roles: RoleAssignments,
  today: IsoDate,
  at: IsoInstant,
  eventId: AuditEventId
): MarkerStep {
  const issues = statusIs(marker, ['Active'], 'challenged');
  if (!holdsAny(roles, input.recordedBy, MARKER_KEEPER_ROLES)) {
    issues.push(issue('BR-33', 'recordedBy', 'Only a health and safety adviser or a case officer may record a challenge.'));
  }
  if (blank(input.grounds)) issues.push(issue('BR-33', 'grounds', 'Record what the person (or member of staff) disputes.'));
  if (isAfter(input.raisedOn, today)) issues.push(issue('BR-33', 'raisedOn', 'The date the challenge was raised cannot be in the future.'));
  if (isBefore(input.raisedOn, marker.approvedAt === undefined ? today : dateOfInstant(marker.approvedAt))) {
    issues.push(issue('BR-33', 'raisedOn', 'The challenge cannot be dated before the marker was approved.'));
  }
  if (issues.length > 0) return refuse(...issues);
  const challenge: MarkerChallenge = { raisedBy: input.raisedBy, raisedOn: input.raisedOn, grounds: input.grounds.trim() };
  const next: WarningMarker = { ...marker, status: 'UnderChallenge', challenges: [...marker.challenges, challenge] };
  return {
    ok: true,
    marker: next,
    event: event(eventId, input.recordedBy, 'marker.challenged', at, next, marker.status, 'BR-33', challenge.grounds)
  };
}

export interface ChallengeDecisionInput {
  examinerId: UserId;
  outcome: 'Retained' | 'Removed';
  reasons: string;
  personToldOn?: IsoDate;
}

/** BR-33: someone other than the proposer re-examines the evidence and keeps or removes the marker. */
export function decideMarkerChallenge(
  marker: WarningMarker,
  input: ChallengeDecisionInput,
  roles: RoleAssignments,
  today: IsoDate,
  at: IsoInstant,
  eventId: AuditEventId
): MarkerStep {
  const issues = statusIs(marker, ['UnderChallenge'], 'decided on challenge');
  if (!holdsAny(roles, input.examinerId, MARKER_KEEPER_ROLES)) {
    issues.push(issue('BR-33', 'examinerId', 'Only a health and safety adviser or a case officer may re-examine a marker.'));
  }
  issues.push(...toldIssues(input.personToldOn, today));
  if (issues.length > 0) return refuse(...issues);
  const index = marker.challenges.length - 1;
  const open = marker.challenges[index];
  const decided: MarkerChallenge = {
    ...open,
    examinerId: input.examinerId,
    outcome: input.outcome,
    outcomeReasons: input.reasons.trim(),
    ...(input.personToldOn === undefined ? {} : { personToldOn: input.personToldOn })
  };
  const withDecision: WarningMarker = {
    ...marker,
    challenges: [...marker.challenges.slice(0, index), decided]
  };
  const result = resolveMarkerChallenge(withDecision, index, at, eventId);
  if (!result.ok) return result;
  const next: WarningMarker =
    result.marker.status === 'Removed'
      ? { ...result.marker, removedBy: input.examinerId, removalToldOn: input.personToldOn }
      : result.marker;
  return { ok: true, marker: next, event: result.event };
}

export interface MarkerRemovalInput {
  removedBy: UserId;
  reasons: string;
  personToldOn: IsoDate | undefined;
}

/** BR-33: a marker in force (or under challenge) is removed with reasons; the person is told then or by the removal letter. */
export function removeMarker(
  marker: WarningMarker,
  input: MarkerRemovalInput,
  roles: RoleAssignments,
  today: IsoDate,
  at: IsoInstant,
  eventId: AuditEventId
): MarkerStep {
  const issues = statusIs(marker, ['Active', 'UnderChallenge'], 'removed');
  if (!holdsAny(roles, input.removedBy, MARKER_KEEPER_ROLES)) {
    issues.push(issue('BR-33', 'removedBy', 'Only a health and safety adviser or a case officer may remove a marker.'));
  }
  if (blank(input.reasons)) issues.push(issue('BR-33', 'removalReason', 'Record the reasons the marker is removed.'));
  issues.push(...toldIssues(input.personToldOn, today));
  if (issues.length > 0) return refuse(...issues);
  const next: WarningMarker = {
    ...marker,
    status: 'Removed',
    removedOn: today,
    removedBy: input.removedBy,
    removalReason: input.reasons.trim(),
    removalToldOn: input.personToldOn
  };
  return {
    ok: true,
    marker: next,
    event: event(eventId, input.removedBy, 'marker.removed', at, next, marker.status, 'BR-33', next.removalReason)
  };
}

/** Spec 4.1: a marker in force whose review date has passed is overdue (escalated by the sweep). */
export function isMarkerReviewOverdue(marker: WarningMarker, today: IsoDate): boolean {
  return (marker.status === 'Active' || marker.status === 'UnderChallenge') && isBefore(marker.reviewDate, today);
}
