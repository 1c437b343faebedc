// What front-line staff may know of a warning marker (spec 4.1, issue 17). Staff who check a
// customer see that a need-to-know safety flag exists, the handling instructions they must follow
// and whom to ask (the health and safety adviser who approved it). They never see the risk
// narrative, the incident, the challenges or the reviews: those stay in the WarningMarkers list,
// which staff cannot open, and every view of them is logged (BR-21).
//
// Why the handling instructions are shown: spec 4.1 shares a marker with the staff who visit,
// work with or contact the person, and what keeps them safe is the instruction ("two officers
// for home visits"), not the story behind it. The approver checks the instructions against the
// person's recorded adjustments before they reach anyone (approveMarker).

import type { MarkerId, PersonId, UserId } from '../model/ids';
import type { WarningMarker } from '../model/warningMarker';

export interface MarkerFlag {
  /** The marker's id: one flag per marker, and a retried write finds it. */
  id: MarkerId;
  personId: PersonId;
  handlingInstructions: string;
  /** Whom staff ask: the health and safety adviser who approved the marker. */
  contactId: UserId;
  /** False once the marker is removed; staff see only open flags. */
  open: boolean;
}

/** The flag a marker gives staff, or undefined while it has none (not yet approved). */
export function markerFlagOf(marker: WarningMarker): MarkerFlag | undefined {
  if (marker.approvedBy === undefined || marker.status === 'Provisional') return undefined;
  return {
    id: marker.id,
    personId: marker.personId,
    handlingInstructions: marker.precautions,
    contactId: marker.approvedBy,
    // A challenged marker stays in force until the evidence is re-examined (BR-33).
    open: marker.status === 'Active' || marker.status === 'UnderChallenge'
  };
}
