import type { Role } from '../../../domain';
import { addDays } from '../../../domain';
import { firstPage } from '../../services/appStore';
import { useAppServices } from '../../services/AppServices';
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
 * so the home screen stays fast with 100,000 incidents: it never counts whole lists.
 */
export function useHomeSummary(): AsyncState<HomeSummary> & { reload(): void } {
  const { store, currentUser, roles, clock } = useAppServices();
  return useAsync(async () => {
    const counts: Record<string, number> = {};
    const due: HomeSummary['due'] = [];
    const jobs: Promise<void>[] = [];
    if (holds(roles, 'staff')) {
      jobs.push(
        firstPage(store.incidents.listByReporter(currentUser.id), TILE_CAP).then((mine) => {
          counts['my-reports'] = mine.length;
        })
      );
    }
    if (holds(roles, 'lineManager')) {
      jobs.push(
        firstPage(store.incidents.listByStatus('Submitted'), TILE_CAP).then((waiting) => {
          counts.triage = waiting.length;
          if (waiting.length > 0)
            due.push({
              text: `${waiting.length} referred incident${waiting.length === 1 ? '' : 's'} waiting for triage`,
              screen: 'triage'
            });
        })
      );
    }
    if (holds(roles, 'customerRelationsOfficer', 'alternateOfficer', 'monitoring')) {
      jobs.push(
        firstPage(store.sanctions.listReviewDueBy(addDays(clock.today(), 14)), TILE_CAP).then((reviews) => {
          for (const row of reviews.filter((r) => r.value.status === 'Active').slice(0, 5)) {
            due.push({ text: 'Sanction review due', date: row.value.reviewDate, screen: 'case', params: { caseId: row.value.caseId } });
          }
        })
      );
      jobs.push(
        firstPage(store.cases.listByCaseOfficer(currentUser.id), TILE_CAP).then((mine) => {
          counts.cases = mine.filter((c) => c.value.status !== 'Closed').length;
        })
      );
    }
    await Promise.all(jobs);
    return { counts, due };
  }, [store, currentUser.id, roles.join(',')]);
}
