import { removeMarker as removeStep, type MarkerRemovalInput } from '../../domain/markers/markerLifecycle';
import type { WarningMarker } from '../../domain/model';
import type { Stored } from '../../data/ports/stored';
import { applyMarkerStep } from './applyMarkerStep';
import type { MarkerContext, MarkerOutcome } from './markerContext';
import type { MarkerChangeStore } from './saveMarkerChange';

/** A marker is removed with reasons and the person told (BR-33); staff lose the flag in the same action. */
export function removeMarker(
  store: MarkerChangeStore,
  context: MarkerContext,
  current: Stored<WarningMarker>,
  input: Omit<MarkerRemovalInput, 'removedBy'>
): Promise<MarkerOutcome> {
  return applyMarkerStep(store, context, current, (at) =>
    removeStep(current.value, { ...input, removedBy: at.actorId }, at.roles, at.today, at.now, at.eventId)
  );
}
