import { decideMarkerChallenge as decideStep, type ChallengeDecisionInput } from '../../domain/markers/markerLifecycle';
import type { WarningMarker } from '../../domain/model';
import type { Stored } from '../../data/ports/stored';
import type { MarkerContext, MarkerOutcome } from './markerContext';
import { saveMarkerChange, type MarkerChangeStore } from './saveMarkerChange';

/** Someone other than the proposer re-examines the evidence and keeps or removes the marker (BR-33). */
export async function decideMarkerChallenge(
  store: MarkerChangeStore,
  context: MarkerContext,
  current: Stored<WarningMarker>,
  input: Omit<ChallengeDecisionInput, 'examinerId'>
): Promise<MarkerOutcome> {
  const step = decideStep(
    current.value,
    { ...input, examinerId: context.actorId },
    context.roles,
    context.today,
    context.now,
    context.newEventId()
  );
  if (!step.ok) return step;
  return { ok: true, ...(await saveMarkerChange(store, current, step.marker, step.event)) };
}
