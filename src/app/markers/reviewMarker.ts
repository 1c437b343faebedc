import { reviewMarker as reviewStep, type MarkerReviewInput } from '../../domain/markers/markerLifecycle';
import type { WarningMarker } from '../../domain/model';
import type { Stored } from '../../data/ports/stored';
import type { MarkerContext, MarkerOutcome } from './markerContext';
import { saveMarkerChange, type MarkerChangeStore } from './saveMarkerChange';

/** A review continues the marker to a new date or removes it, with reasons (spec 4.1, BR-21, BR-33). */
export async function reviewMarker(
  store: MarkerChangeStore,
  context: MarkerContext,
  current: Stored<WarningMarker>,
  input: Omit<MarkerReviewInput, 'reviewerId'>
): Promise<MarkerOutcome> {
  const step = reviewStep(
    current.value,
    { ...input, reviewerId: context.actorId },
    context.roles,
    context.today,
    context.now,
    context.newEventId(),
    context.timeFrames
  );
  if (!step.ok) return step;
  return { ok: true, ...(await saveMarkerChange(store, current, step.marker, step.event)) };
}
