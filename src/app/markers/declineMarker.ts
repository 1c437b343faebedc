import { declineMarker as declineStep } from '../../domain/markers/markerLifecycle';
import type { WarningMarker } from '../../domain/model';
import type { Stored } from '../../data/ports/stored';
import type { MarkerContext, MarkerOutcome } from './markerContext';
import { saveMarkerChange, type MarkerChangeStore } from './saveMarkerChange';

/** The health and safety adviser declines a proposal with reasons (BR-21); staff never see it. */
export async function declineMarker(
  store: MarkerChangeStore,
  context: MarkerContext,
  current: Stored<WarningMarker>,
  reasons: string
): Promise<MarkerOutcome> {
  const step = declineStep(current.value, context.actorId, reasons, context.roles, context.now, context.newEventId());
  if (!step.ok) return step;
  return { ok: true, ...(await saveMarkerChange(store, current, step.marker, step.event)) };
}
