// The warning-marker view log for a subject access bundle (BR-21, BR-23, spec 4.1): the marker
// register writes one audit event each time someone opens a marker (markerViewedEvent), so the
// log is those events read back. Who viewed is a member of staff (`viewedBy` is flagged as a
// third party by the bundle like every other staff id); why is the purpose they gave.

import type { AuditEvent } from '../model/audit';
import { MARKER_VIEWED_ACTION } from '../markers/markerRules';
import type { MarkerViewing } from './buildBundle';

/** The viewings of the given markers among audit events, oldest first, each once. */
export function markerViewingsFromAudit(events: readonly AuditEvent[], markerIds: readonly string[]): MarkerViewing[] {
  const wanted = new Set(markerIds);
  const seen = new Set<string>();
  const viewings: MarkerViewing[] = [];
  for (const event of events) {
    if (event.action !== MARKER_VIEWED_ACTION || event.entity.type !== 'WarningMarker') continue;
    if (!wanted.has(event.entity.id) || seen.has(event.id)) continue;
    seen.add(event.id);
    viewings.push({
      id: event.id,
      markerId: event.entity.id,
      viewedBy: event.actorId,
      viewedAt: event.at,
      ...(event.note ? { reason: event.note } : {})
    });
  }
  return viewings.sort((a, b) => (a.viewedAt < b.viewedAt ? -1 : a.viewedAt > b.viewedAt ? 1 : 0));
}
