import type { CaseStore, Pages, RestrictionAlert, Stored } from '../../data/ports';
import type { AttachmentRef, IncidentId } from '../../domain';

/*
 * The UI reaches storage only through the data ports (src/data/ports): the same CaseStore
 * the service uses. Hosts build it (PnPjs with the SPFx behavior, or against the emulator);
 * tests pass an in-memory fake (test/ui/fakes).
 */
export type AppStore = CaseStore;
export type { RestrictionAlert, Stored };

export interface AttachmentUpload {
  name: string;
  content: Blob | ArrayBuffer;
}

/**
 * Item attachments on an incident (SharePoint AttachmentFiles). Kept apart from the
 * IncidentRepository port, which has no attachment call yet; hosts provide it.
 */
export interface IncidentAttachmentsPort {
  add(incidentId: IncidentId, file: AttachmentUpload): Promise<AttachmentRef>;
}

/** Reads the first page only: screens show the newest few and say "showing the first N". */
export async function firstPage<T>(pages: Pages<T>, max: number = 50): Promise<T[]> {
  const results: T[] = [];
  for await (const page of pages) {
    for (const item of page) {
      if (results.length >= max) return results;
      results.push(item);
    }
    break;
  }
  return results;
}

// One conflict check for the whole product (src/data/errors.ts), offered here where screens look for it.
export { isConflict, type ConflictLike } from '../../data/ports';
