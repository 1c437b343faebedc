import { proposeMarker as proposeStep } from '../../domain/markers/markerLifecycle';
import type { IsoDate, MarkerId } from '../../domain/model';
import type { IncidentRepository } from '../../data/ports/repositories';
import type { MarkerContext, MarkerOutcome } from './markerContext';
import { saveMarkerChange, type MarkerChangeStore } from './saveMarkerChange';

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
  const step = proposeStep(
    {
      id: input.markerId,
      personId: input.personId,
      incident: { id: incident.value.id, personId: incident.value.personId },
      riskDescription: input.riskDescription,
      precautions: input.precautions,
      reviewDate: input.reviewDate,
      proposedBy: context.actorId
    },
    context.roles,
    context.today,
    context.now,
    context.newEventId(),
    context.timeFrames
  );
  if (!step.ok) return step;
  return { ok: true, ...(await saveMarkerChange(store, undefined, step.marker, step.event)) };
}
