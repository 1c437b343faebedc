import { challengeMarker as challengeStep, type MarkerChallengeInput } from '../../domain/markers/markerLifecycle';
import type { WarningMarker } from '../../domain/model';
import type { Stored } from '../../data/ports/stored';
import { applyMarkerStep } from './applyMarkerStep';
import type { MarkerContext, MarkerOutcome } from './markerContext';
import type { MarkerChangeStore } from './saveMarkerChange';

/** The person (or a member of staff) disputes a marker; the officer records it (BR-33). */
export function challengeMarker(
  store: MarkerChangeStore,
  context: MarkerContext,
  current: Stored<WarningMarker>,
  input: Omit<MarkerChallengeInput, 'recordedBy'>
): Promise<MarkerOutcome> {
  return applyMarkerStep(store, context, current, (at) =>
    challengeStep(current.value, { ...input, recordedBy: at.actorId }, at.roles, at.today, at.now, at.eventId)
  );
}
