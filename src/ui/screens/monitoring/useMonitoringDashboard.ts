import { buildQuarterlyReport, quarterlyReportToCsv, type QuarterlyReport } from '../../../domain/reports';
import type { Case, IsoDate, WarningMarker } from '../../../domain';
import type { AppStore } from '../../services/appStore';
import { firstPage } from '../../services/appStore';
import { useAppServices } from '../../services/AppServices';
import { AsyncState, useAsync } from '../../components/useAsync';
import { monitoringLists, MonitoringLists } from './monitoringLists';
import { quarterOf } from './quarterOf';
import { downloadTextFile } from './downloadTextFile';

/** Cases listed on one dashboard load; the report says so when there are more. */
const MAX_SANCTIONS: number = 500;

export interface MonitoringData {
  lists: MonitoringLists;
  report: QuarterlyReport;
  quarterLabel: string;
}

export interface MonitoringDashboard {
  allowed: boolean;
  data: AsyncState<MonitoringData> & { reload(): void };
  exportCsv(report: QuarterlyReport): void;
}

const MONITORING_ROLES: readonly string[] = ['monitoring', 'executiveDirector', 'auditor', 'customerRelationsOfficer'];

async function loadCasesWithActiveSanctions(store: AppStore): Promise<Case[]> {
  const sanctions = await firstPage(store.sanctions.listByStatus('Active'), MAX_SANCTIONS);
  const caseIds = Array.from(new Set(sanctions.map((entry) => entry.value.caseId)));
  const cases = await Promise.all(caseIds.map((id) => store.cases.get(id)));
  return cases.map((entry) => entry.value);
}

async function loadMarkersDue(store: AppStore, by: IsoDate): Promise<WarningMarker[]> {
  const markers = await firstPage(store.warningMarkers.listReviewDueBy(by), MAX_SANCTIONS);
  return markers.map((entry) => entry.value);
}

/** Monitoring: active sanctions, reviews, expiries, appeals and the quarterly report (BR-27). */
export function useMonitoringDashboard(): MonitoringDashboard {
  const { store, clock, roles } = useAppServices();
  const allowed = roles.some((role) => MONITORING_ROLES.indexOf(role) >= 0);
  const data = useAsync(async () => {
    const today = clock.today();
    const quarter = quarterOf(today);
    if (!allowed) throw new Error('not allowed');
    const [cases, markers] = await Promise.all([loadCasesWithActiveSanctions(store), loadMarkersDue(store, quarter.end)]);
    return {
      lists: monitoringLists(cases, today),
      report: buildQuarterlyReport({ cases, markers, quarterStart: quarter.start, quarterEnd: today }),
      quarterLabel: quarter.label
    };
  }, [store, clock, allowed]);
  return {
    allowed,
    data,
    exportCsv: (report) =>
      downloadTextFile(
        quarterlyReportToCsv(report),
        `Quarterly report ${report.quarterStart} to ${report.quarterEnd}.csv`,
        'text/csv;charset=utf-8'
      )
  };
}
