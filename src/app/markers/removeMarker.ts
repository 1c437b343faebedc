import { removeMarker as removeStep, type MarkerRemovalInput } from '../../domain/markers/markerLifecycle';
import type { WarningMarker } from '../../domain/model';
import type { Stored } from '../../data/ports/stored';
import type { MarkerContext, MarkerOutcome } from './markerContext';
import { saveMarkerChange, type MarkerChangeStore } from './saveMarkerChange';

/** A marker is removed with reasons and the person told (BR-33); staff lose the flag in the same action. */
export async function removeMarker(
  store: MarkerChangeStore,
  context: MarkerContext,
  current: Stored<WarningMarker>,
  input: Omit<MarkerRemovalInput, 'removedBy'>
): Promise<MarkerOutcome> {
  const step = removeStep(
    current.value,
    { ...input, removedBy: context.actorId },
    context.roles,
    context.today,
    context.now,
    context.newEventId()
  );
  if (!step.ok) return step;
  return { ok: true, ...(await saveMarkerChange(store, current, step.marker, step.event)) };
}
