// The dashboard's working lists, from the cases holding active sanctions: what is in force,
// reviews due soon and overdue, restrictions ending soon, and appeals waiting for a decision.
import { addDays, isAfter, isBefore, isOnOrBefore, type Appeal, type Case, type IsoDate, type Sanction } from '../../../domain';

/** How far ahead "due soon" and "ending soon" look. */
export const LOOK_AHEAD_DAYS: number = 30;

export interface SanctionRow {
  caseId: string;
  sanction: Sanction;
}

export interface MonitoringLists {
  active: SanctionRow[];
  reviewsOverdue: SanctionRow[];
  reviewsDueSoon: SanctionRow[];
  endingSoon: SanctionRow[];
  openAppeals: { caseId: string; appeal: Appeal }[];
}

export function monitoringLists(cases: readonly Case[], today: IsoDate): MonitoringLists {
  const horizon = addDays(today, LOOK_AHEAD_DAYS);
  const active: SanctionRow[] = [];
  const openAppeals: MonitoringLists['openAppeals'] = [];
  for (const kase of cases) {
    for (const sanction of kase.sanctions) {
      if (sanction.status === 'Active') active.push({ caseId: kase.id, sanction });
    }
    for (const appeal of kase.appeals) {
      if (appeal.outcome === undefined) openAppeals.push({ caseId: kase.id, appeal });
    }
  }
  const byReview = (a: SanctionRow, b: SanctionRow): number => (a.sanction.reviewDate < b.sanction.reviewDate ? -1 : 1);
  const byEnd = (a: SanctionRow, b: SanctionRow): number => (a.sanction.endDate < b.sanction.endDate ? -1 : 1);
  return {
    active,
    reviewsOverdue: active.filter((row) => isBefore(row.sanction.reviewDate, today)).sort(byReview),
    reviewsDueSoon: active
      .filter((row) => !isBefore(row.sanction.reviewDate, today) && isOnOrBefore(row.sanction.reviewDate, horizon))
      .sort(byReview),
    endingSoon: active.filter((row) => !isAfter(row.sanction.endDate, horizon) && !isBefore(row.sanction.endDate, today)).sort(byEnd),
    openAppeals
  };
}
