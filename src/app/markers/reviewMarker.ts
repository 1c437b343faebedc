import { reviewMarker as reviewStep, type MarkerReviewInput } from '../../domain/markers/markerLifecycle';
import type { WarningMarker } from '../../domain/model';
import type { Stored } from '../../data/ports/stored';
import { applyMarkerStep } from './applyMarkerStep';
import type { MarkerContext, MarkerOutcome } from './markerContext';
import type { MarkerChangeStore } from './saveMarkerChange';

/** A review continues the marker to a new date or removes it, with reasons (spec 4.1, BR-21, BR-33). */
export function reviewMarker(
  store: MarkerChangeStore,
  context: MarkerContext,
  current: Stored<WarningMarker>,
  input: Omit<MarkerReviewInput, 'reviewerId'>
): Promise<MarkerOutcome> {
  return applyMarkerStep(store, context, current, (at) =>
    reviewStep(current.value, { ...input, reviewerId: at.actorId }, at.roles, at.today, at.now, at.eventId, at.timeFrames)
  );
}
