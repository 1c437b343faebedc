import { decideMarkerChallenge as decideStep, type ChallengeDecisionInput } from '../../domain/markers/markerLifecycle';
import type { WarningMarker } from '../../domain/model';
import type { Stored } from '../../data/ports/stored';
import { applyMarkerStep } from './applyMarkerStep';
import type { MarkerContext, MarkerOutcome } from './markerContext';
import type { MarkerChangeStore } from './saveMarkerChange';

/** Someone other than the proposer re-examines the evidence and keeps or removes the marker (BR-33). */
export function decideMarkerChallenge(
  store: MarkerChangeStore,
  context: MarkerContext,
  current: Stored<WarningMarker>,
  input: Omit<ChallengeDecisionInput, 'examinerId'>
): Promise<MarkerOutcome> {
  return applyMarkerStep(store, context, current, (at) =>
    decideStep(current.value, { ...input, examinerId: at.actorId }, at.roles, at.today, at.now, at.eventId)
  );
}
