import { viewMarker as viewStep } from '../../domain/markers/markerLifecycle';
import type { MarkerIssue } from '../../domain/markers/markerRules';
import type { MarkerId, WarningMarker } from '../../domain/model';
import type { AuditLogRepository, WarningMarkerRepository } from '../../data/ports/repositories';
import type { Stored } from '../../data/ports/stored';
import type { MarkerContext } from './markerContext';

export interface MarkerViewStore {
  warningMarkers: Pick<WarningMarkerRepository, 'get'>;
  auditLog: Pick<AuditLogRepository, 'append'>;
}

/**
 * Opens a marker's record for someone with a reason (BR-21: every view logged, who, when, why).
 *
 * Decision: the view log is the AuditLog, not a list of its own. It is already append-only for
 * every user (Add, never Edit or Delete) and hash-chained, so an entry cannot be removed or
 * altered unnoticed, and auditors read it; a second list would need the same guarantees built
 * again. The entry is written BEFORE the marker is read: if the log cannot take it, the marker is
 * not shown, so there is never a view without its entry.
 */
export async function viewMarker(
  store: MarkerViewStore,
  context: Pick<MarkerContext, 'actorId' | 'now' | 'newEventId'>,
  markerId: MarkerId,
  purpose: string
): Promise<{ ok: true; marker: Stored<WarningMarker> } | { ok: false; issues: readonly MarkerIssue[] }> {
  const step = viewStep({ id: markerId }, context.actorId, purpose, context.now, context.newEventId());
  if (!step.ok) return step;
  await store.auditLog.append(step.event);
  return { ok: true, marker: await store.warningMarkers.get(markerId) };
}
