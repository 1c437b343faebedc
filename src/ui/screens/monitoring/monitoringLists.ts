// The dashboard's working lists, from the cases holding active sanctions: what is in force,
// reviews due soon and overdue, restrictions ending soon, and appeals waiting for a decision.
import { addDays, caseLabel, isAfter, isBefore, isOnOrBefore, type Appeal, type Case, type IsoDate, type Sanction } from '../../../domain';

/** How far ahead "due soon" and "ending soon" look. */
export const LOOK_AHEAD_DAYS: number = 30;

export interface SanctionRow {
  caseId: string;
  /** What people read for the case: CCM-2026-0042. */
  caseReference: string;
  /** The customer's name, or "Name not available" when it could not be read. */
  customerName: string;
  sanction: Sanction;
}

export interface MonitoringLists {
  active: SanctionRow[];
  reviewsOverdue: SanctionRow[];
  reviewsDueSoon: SanctionRow[];
  endingSoon: SanctionRow[];
  openAppeals: { caseId: string; caseReference: string; customerName: string; appeal: Appeal }[];
}

export function monitoringLists(cases: readonly Case[], today: IsoDate, names: ReadonlyMap<string, string> = new Map()): MonitoringLists {
  const horizon = addDays(today, LOOK_AHEAD_DAYS);
  const active: SanctionRow[] = [];
  const openAppeals: MonitoringLists['openAppeals'] = [];
  for (const kase of cases) {
    const about = { caseId: kase.id, caseReference: caseLabel(kase), customerName: names.get(kase.personId) ?? 'Name not available' };
    for (const sanction of kase.sanctions) {
      if (sanction.status === 'Active') active.push({ ...about, sanction });
    }
    for (const appeal of kase.appeals) {
      if (appeal.outcome === undefined) openAppeals.push({ ...about, appeal });
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
