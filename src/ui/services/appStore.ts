import type { AttachmentUpload, CaseStore, Pages, RestrictionAlert, Stored } from '../../data/ports';

/*
 * The UI reaches storage only through the data ports (src/data/ports): the same CaseStore the
 * service and the use cases take, under the same name. Hosts build it (PnPjs with the SPFx
 * behavior, or against the emulator); component tests and the offline page use the in-memory
 * adapter (src/data/memory), held to the same contract. Evidence files are attached through
 * it too (store.incidents.attach).
 */
export type { AttachmentUpload, CaseStore, RestrictionAlert, Stored };

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
