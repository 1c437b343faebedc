// Warning markers on the staff safety register (spec 4.1).
// BR-21: a marker needs a specific linked incident, health and safety approval, a review date,
// and a notification record (or the recorded reason for not telling the person). Every view
// is logged [SRC W1, W5].
// BR-33: a marker can be challenged; the evidence is re-examined by someone other than the
// proposer, and a removal is recorded with reasons and the person told [SRC LGSCO 24-004-125].

import type { AuditEvent } from '../model/audit';
import { dateOfInstant, IsoDate, IsoInstant, isAfter } from '../model/dates';
import type { AuditEventId, UserId } from '../model/ids';
import { holdsRole, RoleAssignments } from '../model/roles';
import type { MarkerChallenge, WarningMarker } from '../model/warningMarker';
import { addCalendarMonths } from '../time/calendarMonths';
import { DEFAULT_TIME_FRAMES, TimeFrames } from '../time/timeFrames';

export interface MarkerIssue {
  readonly rule: 'BR-21' | 'BR-33';
  readonly field: string;
  readonly message: string;
}

function blank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}

/** BR-21: what stops a provisional marker going live. Empty when it may become Active. */
export function checkMarkerActivation(
  marker: WarningMarker,
  roles: RoleAssignments,
  today: IsoDate,
  timeFrames: TimeFrames = DEFAULT_TIME_FRAMES
): MarkerIssue[] {
  const issues: MarkerIssue[] = [];
  if (marker.incidentIds.length === 0) {
    issues.push({ rule: 'BR-21', field: 'incidentIds', message: 'Link the specific incident the marker is based on.' });
  }
  if (marker.approvedBy === undefined || !holdsRole(roles, marker.approvedBy, 'healthSafetyAdviser')) {
    issues.push({ rule: 'BR-21', field: 'approvedBy', message: 'A health and safety adviser must approve the marker.' });
  } else if (marker.approvedBy === marker.proposedBy) {
    issues.push({ rule: 'BR-21', field: 'approvedBy', message: 'The person approving the marker cannot be the person who proposed it.' });
  }
  const latestReview = addCalendarMonths(today, timeFrames.warningMarkerReviewMonths, 'today');
  if (!isAfter(marker.reviewDate, today) || isAfter(marker.reviewDate, latestReview)) {
    issues.push({
      rule: 'BR-21',
      field: 'reviewDate',
      message: `Set a review date in the future and within ${timeFrames.warningMarkerReviewMonths} months.`
    });
  }
  if (marker.notifiedOn === undefined && blank(marker.notNotifiedReason)) {
    issues.push({
      rule: 'BR-21',
      field: 'notifiedOn',
      message: 'Record when the person was told about the marker, or why telling them would create a risk.'
    });
  }
  return issues;
}

/** The audit action of a marker viewing: how the view log is read back (subject access). */
export const MARKER_VIEWED_ACTION = 'marker.viewed';

/** BR-21: the audit event written every time someone opens a marker. */
export function markerViewedEvent(
  marker: Pick<WarningMarker, 'id'>,
  viewerId: UserId,
  at: IsoInstant,
  eventId: AuditEventId,
  purpose?: string
): AuditEvent {
  const event: AuditEvent = {
    id: eventId,
    actorId: viewerId,
    action: MARKER_VIEWED_ACTION,
    at,
    entity: { type: 'WarningMarker', id: marker.id },
    rule: 'BR-21'
  };
  return purpose === undefined ? event : { ...event, note: purpose };
}

/** BR-33: what is missing from a challenge outcome. Empty when it may be recorded. */
export function checkChallengeOutcome(marker: WarningMarker, challenge: MarkerChallenge): MarkerIssue[] {
  const issues: MarkerIssue[] = [];
  if (challenge.examinerId === undefined) {
    issues.push({ rule: 'BR-33', field: 'examinerId', message: 'Name the person re-examining the evidence.' });
  } else if (challenge.examinerId === marker.proposedBy) {
    issues.push({
      rule: 'BR-33',
      field: 'examinerId',
      message: 'The evidence must be re-examined by someone other than the person who proposed the marker.'
    });
  }
  if (challenge.outcome === undefined) {
    issues.push({ rule: 'BR-33', field: 'outcome', message: 'Record whether the marker is kept or removed.' });
  }
  if (blank(challenge.outcomeReasons)) {
    issues.push({ rule: 'BR-33', field: 'outcomeReasons', message: 'Record the reasons for the outcome.' });
  }
  // A removal not yet told to the person still stands (staff lose the flag at once); the marker
  // then shows "customer not yet told" until the removal letter is recorded (markerLetters.ts).
  return issues;
}

export type ChallengeResult =
  | { readonly ok: true; readonly marker: WarningMarker; readonly event: AuditEvent }
  | { readonly ok: false; readonly issues: readonly MarkerIssue[] };

/**
 * BR-33: records a challenge outcome on the marker. A removal sets the removal date and
 * reasons; a retained marker goes back to Active. Returns the audit event to append.
 */
export function resolveMarkerChallenge(
  marker: WarningMarker,
  challengeIndex: number,
  at: IsoInstant,
  eventId: AuditEventId
): ChallengeResult {
  const challenge = marker.challenges[challengeIndex];
  if (challenge === undefined) {
    return { ok: false, issues: [{ rule: 'BR-33', field: 'challenges', message: 'There is no such challenge on this marker.' }] };
  }
  const issues = checkChallengeOutcome(marker, challenge);
  if (issues.length > 0) {
    return { ok: false, issues };
  }
  const removed = challenge.outcome === 'Removed';
  const updated: WarningMarker = removed
    ? { ...marker, status: 'Removed', removedOn: dateOfInstant(at), removalReason: challenge.outcomeReasons }
    : { ...marker, status: 'Active' };
  const event: AuditEvent = {
    id: eventId,
    actorId: challenge.examinerId as UserId,
    action: removed ? 'marker.removedOnChallenge' : 'marker.retainedOnChallenge',
    at,
    entity: { type: 'WarningMarker', id: marker.id },
    before: { status: marker.status },
    after: { status: updated.status },
    rule: 'BR-33',
    note: challenge.outcomeReasons
  };
  return { ok: true, marker: updated, event };
}
