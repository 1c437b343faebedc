import { firstPage, type AppStore } from '../../services/appStore';
import { useAppServices } from '../../services/AppServices';
import { readTogether } from '../../services/readTogether';
import { useAsync, type AsyncState } from '../../components/useAsync';
import {
  homeTilesFor,
  settleHomeSummaryReads,
  startHomeSummaryReads,
  summariseHome,
  TILE_CAP,
  type HomeSummary,
  type HomeSummaryReads
} from './homeSummaryReads';

export type { HomeSummary } from './homeSummaryReads';

/** Reads a host made ahead (in its first $batch) serve the first load only; later loads read afresh. */
const used = new WeakSet<HomeSummaryReads>();

function takeAhead(reads: HomeSummaryReads | undefined): HomeSummaryReads | undefined {
  if (!reads || used.has(reads)) return undefined;
  used.add(reads);
  return reads;
}

/**
 * The home screen's counts and due lines. Its reads go out together, in one $batch round trip,
 * or were already made by the host in its first $batch (AppServices.firstScreen).
 *
 * The exception is the line manager's triage count: thousands of incidents can share the
 * status Submitted, more than SharePoint's list view threshold lets one query filter, so that
 * scan walks the list in ID windows, each window after the previous answer. It runs beside
 * the batch, not in it.
 */
export function useHomeSummary(): AsyncState<HomeSummary> & { reload(): void } {
  const { store, currentUser, roles, clock, firstScreen } = useAppServices();
  return useAsync(async () => {
    const triage =
      roles.indexOf('lineManager') >= 0
        ? firstPage(store.incidents.listByStatus('Submitted', { pageSize: TILE_CAP }), TILE_CAP)
        : undefined;
    const reads =
      takeAhead(firstScreen?.home) ??
      readTogether(store, async (batched: AppStore) => {
        const started = startHomeSummaryReads(batched, currentUser.id, clock.today(), homeTilesFor(roles));
        await settleHomeSummaryReads(started);
        return started;
      });
    const [settled, waiting] = await Promise.all([reads, triage]);
    return summariseHome(settled, roles, waiting);
  }, [store, currentUser.id, roles.join(',')]);
}
