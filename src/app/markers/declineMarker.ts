import { declineMarker as declineStep } from '../../domain/markers/markerLifecycle';
import type { WarningMarker } from '../../domain/model';
import type { Stored } from '../../data/ports/stored';
import { applyMarkerStep } from './applyMarkerStep';
import type { MarkerContext, MarkerOutcome } from './markerContext';
import type { MarkerChangeStore } from './saveMarkerChange';

/** The health and safety adviser declines a proposal with reasons (BR-21); staff never see it. */
export function declineMarker(
  store: MarkerChangeStore,
  context: MarkerContext,
  current: Stored<WarningMarker>,
  reasons: string
): Promise<MarkerOutcome> {
  return applyMarkerStep(store, context, current, (at) => declineStep(current.value, at.actorId, reasons, at.roles, at.now, at.eventId));
}
