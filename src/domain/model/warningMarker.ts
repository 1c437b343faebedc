import type { IsoDate, IsoInstant } from './dates';
import type { IncidentId, MarkerId, PersonId, UserId } from './ids';

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
}
