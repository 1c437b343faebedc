import { challengeMarker as challengeStep, type MarkerChallengeInput } from '../../domain/markers/markerLifecycle';
import type { WarningMarker } from '../../domain/model';
import type { Stored } from '../../data/ports/stored';
import type { MarkerContext, MarkerOutcome } from './markerContext';
import { saveMarkerChange, type MarkerChangeStore } from './saveMarkerChange';

/** The person (or a member of staff) disputes a marker; the officer records it (BR-33). */
export async function challengeMarker(
  store: MarkerChangeStore,
  context: MarkerContext,
  current: Stored<WarningMarker>,
  input: Omit<MarkerChallengeInput, 'recordedBy'>
): Promise<MarkerOutcome> {
  const step = challengeStep(
    current.value,
    { ...input, recordedBy: context.actorId },
    context.roles,
    context.today,
    context.now,
    context.newEventId()
  );
  if (!step.ok) return step;
  return { ok: true, ...(await saveMarkerChange(store, current, step.marker, step.event)) };
}
