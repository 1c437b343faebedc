import type { Role } from '../../../domain';
import { addDays } from '../../../domain';
import { firstPage, type AppStore } from '../../services/appStore';
import { useAppServices } from '../../services/AppServices';
import { readTogether } from '../../services/readTogether';
import { useAsync, type AsyncState } from '../../components/useAsync';

export interface HomeSummary {
  /** Keyed by route id: the number shown on its tile. */
  counts: Record<string, number>;
  /** "What's due" lines, most urgent first. */
  due: { text: string; date?: string; screen: string; params?: Record<string, string> }[];
}

const TILE_CAP = 50;

function holds(roles: readonly Role[], ...wanted: Role[]): boolean {
  return wanted.some((role) => roles.indexOf(role) >= 0);
}

/**
 * Only the reads this user's tiles need, each capped to one page (indexed filters, $top),
 * so the home screen stays fast with 100,000 incidents: it never counts whole lists. They go
 * out together, in one $batch round trip.
 *
 * The exception is the line manager's triage count: thousands of incidents can share the
 * status Submitted, more than SharePoint's list view threshold lets one query filter, so that
 * scan walks the list in ID windows, each window after the previous answer. It runs beside
 * the batch, not in it.
 */
export function useHomeSummary(): AsyncState<HomeSummary> & { reload(): void } {
  const { store, currentUser, roles, clock } = useAppServices();
  return useAsync(async () => {
    const counts: Record<string, number> = {};
    const due: HomeSummary['due'] = [];
    const triage = holds(roles, 'lineManager')
      ? firstPage(store.incidents.listByStatus('Submitted', { pageSize: TILE_CAP }), TILE_CAP)
      : undefined;
    const together = readTogether(store, (batched: AppStore) => {
      const jobs: Promise<void>[] = [];
      if (holds(roles, 'staff')) {
        jobs.push(
          firstPage(batched.incidents.listByReporter(currentUser.id, { pageSize: TILE_CAP }), TILE_CAP).then((mine) => {
            counts['my-reports'] = mine.length;
          })
        );
      }
      if (holds(roles, 'customerRelationsOfficer', 'alternateOfficer', 'monitoring')) {
        jobs.push(
          firstPage(batched.sanctions.listReviewDueBy(addDays(clock.today(), 14), { pageSize: TILE_CAP }), TILE_CAP).then((reviews) => {
            for (const row of reviews.filter((r) => r.value.status === 'Active').slice(0, 5)) {
              due.push({ text: 'Sanction review due', date: row.value.reviewDate, screen: 'case', params: { caseId: row.value.caseId } });
            }
          })
        );
        jobs.push(
          firstPage(batched.cases.listByCaseOfficer(currentUser.id, { pageSize: TILE_CAP }), TILE_CAP).then((mine) => {
            counts.cases = mine.filter((c) => c.value.status !== 'Closed').length;
          })
        );
      }
      return Promise.all(jobs);
    });
    const [, waiting] = await Promise.all([together, triage]);
    if (waiting) {
      counts.triage = waiting.length;
      if (waiting.length > 0)
        due.unshift({
          text: `${waiting.length} referred incident${waiting.length === 1 ? '' : 's'} waiting for triage`,
          screen: 'triage'
        });
    }
    return { counts, due };
  }, [store, currentUser.id, roles.join(',')]);
}
