import type { CaseStore } from './appStore';

/**
 * Runs a screen's reads in one round trip where the store can (SharePoint: one `$batch`),
 * otherwise against the store itself (the in-memory fake has no round trips to save). Start
 * every read before the first `await` in `reads`; see CaseStore.readTogether.
 */
export function readTogether<T>(store: CaseStore, reads: (store: CaseStore) => Promise<T>): Promise<T> {
  return store.readTogether ? store.readTogether(reads) : reads(store);
}
