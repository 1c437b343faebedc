import { recordMarkerRemovalLetterSent, type MarkerRemovalLetterSent } from '../../domain/markers/markerLetters';
import type { WarningMarker } from '../../domain/model';
import type { Stored } from '../../data/ports/stored';
import { applyMarkerStep } from './applyMarkerStep';
import type { MarkerContext, MarkerOutcome } from './markerContext';
import type { MarkerChangeStore } from './saveMarkerChange';

/**
 * The removal letter is recorded as sent (BR-33: the person told). The letter is kept on the
 * marker with the day it went, in the same write, so the register stops showing "customer not
 * yet told" exactly when the letter is on record; then the audit event (saveMarkerChange order).
 */
export function recordRemovalLetterSent(
  store: MarkerChangeStore,
  context: MarkerContext,
  current: Stored<WarningMarker>,
  input: Omit<MarkerRemovalLetterSent, 'sentBy'>
): Promise<MarkerOutcome> {
  return applyMarkerStep(store, context, current, (at) =>
    recordMarkerRemovalLetterSent(current.value, { ...input, sentBy: at.actorId }, at.roles, at.today, at.now, at.eventId)
  );
}
