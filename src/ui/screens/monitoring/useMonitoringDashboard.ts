import { quarterlyReportToCsv, type QuarterlyReport } from '../../../domain/reports';
import { useAppServices } from '../../services/AppServices';
import { AsyncState, useAsync } from '../../components/useAsync';
import { loadMonitoringData, type MonitoringData } from './monitoringReads';
import { downloadTextFile } from './downloadTextFile';

export type { MonitoringData } from './monitoringReads';

export interface MonitoringDashboard {
  allowed: boolean;
  data: AsyncState<MonitoringData> & { reload(): void };
  exportCsv(report: QuarterlyReport): void;
}

const MONITORING_ROLES: readonly string[] = ['monitoring', 'executiveDirector', 'auditor', 'customerRelationsOfficer'];

/** Monitoring: active sanctions, reviews, expiries, appeals and the quarterly report (BR-27). */
export function useMonitoringDashboard(): MonitoringDashboard {
  const { store, clock, roles } = useAppServices();
  const allowed = roles.some((role) => MONITORING_ROLES.indexOf(role) >= 0);
  const data = useAsync(async () => {
    if (!allowed) throw new Error('not allowed');
    return loadMonitoringData(store, clock.today());
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
