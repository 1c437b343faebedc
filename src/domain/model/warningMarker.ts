import type { IsoDate, IsoInstant } from './dates';
import type { IncidentId, MarkerId, PersonId, UserId } from './ids';
import type { Letter } from './letter';

export const MARKER_STATUSES = ['Provisional', 'Active', 'UnderChallenge', 'Removed'] as const;
export type MarkerStatus = (typeof MARKER_STATUSES)[number];

/** BR-33: a challenge to a marker, re-examined by someone other than the proposer. */
export interface MarkerChallenge {
  raisedBy: 'person' | 'staff';
  raisedOn: IsoDate;
  grounds: string;
  examinerId?: UserId;
  outcome?: 'Retained' | 'Removed';
  outcomeReasons?: string;
  personToldOn?: IsoDate;
}

/** A scheduled review of a marker (spec 4.1: at least every 12 months, removal if no further incident). */
export interface MarkerReview {
  reviewedOn: IsoDate;
  reviewerId: UserId;
  outcome: 'Continue' | 'Remove';
  reasons: string;
  /** The next review date when the marker continues. */
  nextReviewDate?: IsoDate;
}

/** Staff safety register entry (spec §4.1, §5.2 #14, BR-21). */
export interface WarningMarker {
  id: MarkerId;
  personId: PersonId;
  incidentIds: readonly IncidentId[];
  riskDescription: string;
  precautions: string;
  proposedBy: UserId;
  approvedBy?: UserId;
  approvedAt?: IsoInstant;
  notifiedOn?: IsoDate;
  notNotifiedReason?: string;
  reviewDate: IsoDate;
  removedOn?: IsoDate;
  removalReason?: string;
  challenges: readonly MarkerChallenge[];
  status: MarkerStatus;
  /** Reviews held, oldest first (absent on markers recorded before reviews were kept). */
  reviews?: readonly MarkerReview[];
  /**
   * How the handling instructions respect the person's recorded reasonable adjustments, written
   * by the approver when the person has any (issue 17: instructions checked against adjustments).
   */
  handlingCheck?: string;
  /** Who removed the marker (a review, a challenge or a removal on its own). */
  removedBy?: UserId;
  /**
   * When the person was told of the removal (BR-33). Absent on a removed marker that was in
   * force, the person is still to be told: the register shows "customer not yet told" until the
   * removal letter is recorded as sent (domain/markers/markerLetters.ts).
   */
  removalToldOn?: IsoDate;
  /**
   * The letters sent to the person about this marker, oldest first (absent on markers recorded
   * before letters were kept). Held on the marker, not in the Letters library: see markerLetters.ts.
   */
  letters?: readonly Letter[];
}

/**
 * True when a marker that was in force has been removed and the person not yet told. A proposal
 * declined before approval never reached staff nor the person, so there is nothing to tell.
 */
export function personNotYetToldOfRemoval(marker: WarningMarker): boolean {
  return marker.status === 'Removed' && marker.approvedBy !== undefined && marker.removalToldOn === undefined;
}
