import { addDays, type FoiRequestAssessment } from '../../../domain';
import { firstPage, type Stored } from '../../services/appStore';
import { useAppServices } from '../../services/AppServices';
import { useAsync, type AsyncState } from '../../components/useAsync';

export const MAX_SHOWN = 100;
/** Far enough ahead to take in every open request's statutory due date. */
const HORIZON_DAYS = 400;

export interface FoiAssessmentList {
  rows: Stored<FoiRequestAssessment>[];
  /** True when there may be more than were read. */
  truncated: boolean;
}

function byDueDate(a: Stored<FoiRequestAssessment>, b: Stored<FoiRequestAssessment>): number {
  const left = a.value.statutoryDueDate ?? '9999-12-31';
  const right = b.value.statutoryDueDate ?? '9999-12-31';
  return left < right ? -1 : left > right ? 1 : a.value.id < b.value.id ? -1 : 1;
}

/**
 * The FOI assessments, from store.foiAssessments only: no case data is read here (the FOI
 * workflow is kept apart from customer case management, BR-16). Those due up to a horizon,
 * plus any the officer handles, soonest due first.
 */
export function useFoiAssessmentList(): AsyncState<FoiAssessmentList> & { reload(): void } {
  const { store, clock, currentUser } = useAppServices();
  const today = clock.today();
  return useAsync(async () => {
    const [due, mine] = await Promise.all([
      firstPage(store.foiAssessments.listDueBy(addDays(today, HORIZON_DAYS)), MAX_SHOWN),
      store.foiAssessments.listByHandler(currentUser.id)
    ]);
    const byId = new Map<string, Stored<FoiRequestAssessment>>();
    for (const row of [...due, ...mine]) byId.set(row.value.id, row);
    const rows = Array.from(byId.values()).sort(byDueDate);
    return { rows: rows.slice(0, MAX_SHOWN), truncated: due.length >= MAX_SHOWN || rows.length > MAX_SHOWN };
  }, [store, today, currentUser.id]);
}
