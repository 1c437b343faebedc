import { proposeMarker as proposeStep } from '../../domain/markers/markerLifecycle';
import type { IsoDate, MarkerId } from '../../domain/model';
import type { IncidentRepository } from '../../data/ports/repositories';
import { applyMarkerStep } from './applyMarkerStep';
import type { MarkerContext, MarkerOutcome } from './markerContext';
import type { MarkerChangeStore } from './saveMarkerChange';

export interface MarkerProposalInput {
  markerId: MarkerId;
  personId: string;
  incidentId: string;
  riskDescription: string;
  precautions: string;
  reviewDate: IsoDate;
}

/**
 * A case officer proposes a marker from one incident (BR-21). The incident is read as the
 * proposer, so its person is the one SharePoint holds, not one the screen says: a marker on the
 * wrong customer is refused by the engine.
 */
export async function proposeMarker(
  store: MarkerChangeStore & { incidents: Pick<IncidentRepository, 'get'> },
  context: MarkerContext,
  input: MarkerProposalInput
): Promise<MarkerOutcome> {
  const incident = await store.incidents.get(input.incidentId);
  const proposal = {
    id: input.markerId,
    personId: input.personId,
    incident: { id: incident.value.id, personId: incident.value.personId },
    riskDescription: input.riskDescription,
    precautions: input.precautions,
    reviewDate: input.reviewDate
  };
  return applyMarkerStep(store, context, undefined, (at) =>
    proposeStep({ ...proposal, proposedBy: at.actorId }, at.roles, at.today, at.now, at.eventId, at.timeFrames)
  );
}
