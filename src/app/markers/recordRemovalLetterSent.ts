import { recordMarkerRemovalLetterSent, type MarkerRemovalLetterSent } from '../../domain/markers/markerLetters';
import type { WarningMarker } from '../../domain/model';
import type { Stored } from '../../data/ports/stored';
import type { MarkerContext, MarkerOutcome } from './markerContext';
import { saveMarkerChange, type MarkerChangeStore } from './saveMarkerChange';

/**
 * The removal letter is recorded as sent (BR-33: the person told). The letter is kept on the
 * marker with the day it went, in the same write, so the register stops showing "customer not
 * yet told" exactly when the letter is on record; then the audit event (saveMarkerChange order).
 */
export async function recordRemovalLetterSent(
  store: MarkerChangeStore,
  context: MarkerContext,
  current: Stored<WarningMarker>,
  input: Omit<MarkerRemovalLetterSent, 'sentBy'>
): Promise<MarkerOutcome> {
  const step = recordMarkerRemovalLetterSent(
    current.value,
    { ...input, sentBy: context.actorId },
    context.roles,
    context.today,
    context.now,
    context.newEventId()
  );
  if (!step.ok) return step;
  return { ok: true, ...(await saveMarkerChange(store, current, step.marker, step.event)) };
}
