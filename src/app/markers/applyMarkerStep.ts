// One step in a warning marker's life, run and saved the same way whichever step it is: the
// domain decides (src/domain/markers), then the one write order saves it (saveMarkerChange.ts).
// Each use case in this folder says only which domain step it is and what it adds of its own.

import type { MarkerStep } from '../../domain/markers/markerLifecycle';
import type { AuditEventId, IsoDate, IsoInstant, RoleAssignments, UserId, WarningMarker } from '../../domain/model';
import type { TimeFrames } from '../../domain/time/timeFrames';
import type { Stored } from '../../data/ports/stored';
import type { MarkerContext, MarkerOutcome } from './markerContext';
import { saveMarkerChange, type MarkerChangeStore } from './saveMarkerChange';

/** What a domain step is given: who acts, the council's roles, the day and instant, and the id of its audit event. */
export interface MarkerStepTerms {
  actorId: UserId;
  roles: RoleAssignments;
  today: IsoDate;
  now: IsoInstant;
  eventId: AuditEventId;
  timeFrames?: TimeFrames;
}

/**
 * Runs `step` on the caller's terms (one new audit event id per step) and, if the engine allows
 * it, saves the result over `current` (or as a new marker when `current` is undefined). A refusal
 * is returned with its issues and nothing is written.
 */
export async function applyMarkerStep(
  store: MarkerChangeStore,
  context: MarkerContext,
  current: Stored<WarningMarker> | undefined,
  step: (terms: MarkerStepTerms) => MarkerStep
): Promise<MarkerOutcome> {
  const { actorId, roles, today, now, timeFrames } = context;
  const result = step({ actorId, roles, today, now, eventId: context.newEventId(), timeFrames });
  if (!result.ok) return result;
  return { ok: true, ...(await saveMarkerChange(store, current, result.marker, result.event)) };
}
