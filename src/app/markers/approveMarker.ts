import { approveMarker as approveStep } from '../../domain/markers/markerLifecycle';
import type { WarningMarker } from '../../domain/model';
import type { PersonRepository } from '../../data/ports/repositories';
import type { Stored } from '../../data/ports/stored';
import { applyMarkerStep } from './applyMarkerStep';
import type { MarkerContext, MarkerOutcome } from './markerContext';
import type { MarkerChangeStore } from './saveMarkerChange';

export interface MarkerApprovalInput {
  notifiedOn?: WarningMarker['notifiedOn'];
  notNotifiedReason?: string;
  handlingCheck?: string;
}

/**
 * The health and safety adviser approves a provisional marker (BR-21). The person's recorded
 * adjustments are read here, as the adviser, so the engine checks the handling instructions
 * against what is recorded now, not against what a screen loaded earlier.
 */
export async function approveMarker(
  store: MarkerChangeStore & { persons: Pick<PersonRepository, 'findWithDetails'> },
  context: MarkerContext,
  current: Stored<WarningMarker>,
  input: MarkerApprovalInput
): Promise<MarkerOutcome> {
  const person = await store.persons.findWithDetails(current.value.personId);
  const adjustments = person?.value.reasonableAdjustments ?? [];
  return applyMarkerStep(store, context, current, (at) =>
    approveStep(current.value, { approverId: at.actorId, ...input }, adjustments, at.roles, at.today, at.now, at.eventId, at.timeFrames)
  );
}
