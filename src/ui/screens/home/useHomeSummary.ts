import { triageScopeFor } from '../../../domain/workflow/triage';
import { firstPage, type CaseStore } from '../../services/appStore';
import { useAppServices } from '../../services/AppServices';
import { readTogether } from '../../services/readTogether';
import { useAsync, type AsyncState } from '../../components/useAsync';
import {
  homeTilesFor,
  seesMemberReferrals,
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
 * scan walks the list in ID windows, each window after the previous answer. It counts the
 * referrals in the manager's services, which the batch reads (Settings), so it follows the
 * batch: when the host made the batch ahead (the first load), that costs nothing.
 *
 * The Monitoring Officer's count of councillors' referrals waiting for a case is also a scan in
 * ID windows (an empty case reference narrows nothing on a large list). It needs nothing from
 * the batch, so it runs beside it, at the same time: no extra round trip in sequence.
 */
export function useHomeSummary(): AsyncState<HomeSummary> & { reload(): void } {
  const { store, currentUser, roles, clock, firstScreen } = useAppServices();
  return useAsync(async () => {
    const referrals = seesMemberReferrals(roles)
      ? firstPage(store.memberReferrals.listWaiting({ pageSize: TILE_CAP }), TILE_CAP)
      : undefined;
    const reads =
      takeAhead(firstScreen?.home) ??
      readTogether(store, async (batched: CaseStore) => {
        const started = startHomeSummaryReads(batched, currentUser.id, clock.today(), homeTilesFor(roles));
        await settleHomeSummaryReads(started);
        return started;
      });
    const triage =
      roles.indexOf('lineManager') >= 0
        ? Promise.resolve(reads).then(async (settled) => {
            const scope = triageScopeFor(currentUser.id, await settled.triageServices);
            return firstPage(store.incidents.listSubmittedInScope(scope, { pageSize: TILE_CAP }), TILE_CAP);
          })
        : undefined;
    const [settled, waiting, referralsWaiting] = await Promise.all([reads, triage, referrals]);
    return summariseHome(settled, roles, waiting, referralsWaiting);
  }, [store, currentUser.id, roles.join(',')]);
}
