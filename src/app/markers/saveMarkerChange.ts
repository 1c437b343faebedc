// Saving a step in a warning marker's life (issue 17): the one write order for a marker, and why.
//
//   1. The marker, created (a proposal, keyed by its id so a retried POST finds the first) or
//      updated under the etag it was read with. The marker's letters to the person (BR-33: the
//      removal letter, recorded as sent) are part of the marker item, so "the person was told" and
//      the letter that told them are written together here (domain/markers/markerLetters.ts says
//      why they are not in the Letters library). This is the gate: a stale etag (412: someone else
//      decided first, shown to the user, never overwritten) or a refusal (403: the user's groups
//      may not write the register) stops the save here, and nothing else is written.
//   2. The step's audit event (who, what, when, before/after status, the rule). After the gate,
//      so an attempt SharePoint refused is never audited as done. If the log cannot be written
//      once the marker is saved, the caller is told so (`audit`), never "not saved".
//   3. The staff flag that follows from the marker (domain markerFlagOf): opened on approval,
//      kept while it is in force or challenged, closed on removal. Derived, so if it cannot be
//      written the caller is told (`flag`) and the screen says so; saving the marker again (any
//      later step) brings it in line. Not yet built: a sweep that repairs flags by itself.
//
// Views are not changes: viewMarker.ts logs the view BEFORE it reads the marker, so no one sees
// the narrative without an entry in the audit log (BR-21).

import { markerFlagOf } from '../../domain/markers/markerFlag';
import type { AuditEvent, WarningMarker } from '../../domain/model';
import type { AuditLogRepository, MarkerFlag, MarkerFlagRepository, WarningMarkerRepository } from '../../data/ports/repositories';
import type { Stored } from '../../data/ports/stored';

export interface MarkerChangeStore {
  warningMarkers: Pick<WarningMarkerRepository, 'create' | 'update'>;
  auditLog: Pick<AuditLogRepository, 'append'>;
  markerFlags: Pick<MarkerFlagRepository, 'find' | 'create' | 'update'>;
}

export interface SavedMarkerChange {
  saved: Stored<WarningMarker>;
  audit: { status: 'written' } | { status: 'notWritten'; error: unknown; event: AuditEvent };
  flag: { status: 'inLine'; flag: MarkerFlag | undefined } | { status: 'leftForSweep'; error: unknown };
}

/** Opens, updates or closes the staff flag so it says what the marker now says. */
export async function syncMarkerFlag(
  store: Pick<MarkerChangeStore, 'markerFlags'>,
  marker: WarningMarker
): Promise<MarkerFlag | undefined> {
  const wanted = markerFlagOf(marker);
  const existing = await store.markerFlags.find(marker.id);
  if (wanted === undefined) return existing?.value;
  if (existing === undefined) {
    // A removed marker that never had a flag needs none.
    if (!wanted.open) return undefined;
    return (await store.markerFlags.create(wanted, { requestKey: wanted.id })).value;
  }
  const same =
    existing.value.open === wanted.open &&
    existing.value.handlingInstructions === wanted.handlingInstructions &&
    existing.value.contactId === wanted.contactId;
  return same ? existing.value : (await store.markerFlags.update(existing, wanted)).value;
}

/**
 * Saves `next` (over `current`, or as a new marker when `current` is undefined) in the order
 * above. Throws only when the gate refuses: then nothing at all has been written.
 */
export async function saveMarkerChange(
  store: MarkerChangeStore,
  current: Stored<WarningMarker> | undefined,
  next: WarningMarker,
  event: AuditEvent
): Promise<SavedMarkerChange> {
  const saved =
    current === undefined
      ? await store.warningMarkers.create(next, { requestKey: next.id })
      : await store.warningMarkers.update(current, next);
  let audit: SavedMarkerChange['audit'] = { status: 'written' };
  try {
    await store.auditLog.append(event);
  } catch (error) {
    audit = { status: 'notWritten', error, event };
  }
  let flag: SavedMarkerChange['flag'];
  try {
    flag = { status: 'inLine', flag: await syncMarkerFlag(store, saved.value) };
  } catch (error) {
    flag = { status: 'leftForSweep', error };
  }
  return { saved, audit, flag };
}
