import * as React from 'react';
import { Body1, Button, Subtitle1 } from '@fluentui/react-components';
import { formatLongDate, SANCTION_CATALOGUE } from '../../../domain';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingState } from '../../components/LoadingState';
import { ScreenLayout } from '../../components/ScreenLayout';
import type { ScreenProps } from '../../navigation/screenProps';
import { BarChart } from './BarChart';
import { SanctionRow } from './monitoringLists';
import { MonitoringData, useMonitoringDashboard } from './useMonitoringDashboard';
import { useMonitoringStyles } from './useMonitoringStyles';

function RowList({
  title,
  rows,
  date
}: {
  title: string;
  rows: readonly SanctionRow[];
  date: 'reviewDate' | 'endDate';
}): React.ReactElement {
  const styles = useMonitoringStyles();
  return (
    <section className={styles.section} aria-label={title}>
      <Subtitle1 as="h3">{title}</Subtitle1>
      {rows.length === 0 ? (
        <Body1>None.</Body1>
      ) : (
        <ul className={styles.list}>
          {rows.map((row) => (
            <li key={row.sanction.id}>
              {row.customerName} ({row.caseReference}): {date === 'reviewDate' ? 'review' : 'ends'} {formatLongDate(row.sanction[date])}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Dashboard({ data, onExport }: { data: MonitoringData; onExport(): void }): React.ReactElement {
  const styles = useMonitoringStyles();
  const { lists, report } = data;
  const tiles: [string, number][] = [
    ['Active sanctions', lists.active.length],
    ['Reviews overdue', lists.reviewsOverdue.length],
    ['Reviews due in 30 days', lists.reviewsDueSoon.length],
    ['Ending in 30 days', lists.endingSoon.length],
    ['Appeals waiting', lists.openAppeals.length]
  ];
  return (
    <>
      <ul className={styles.tiles} aria-label="Summary">
        {tiles.map(([label, count]) => (
          <li key={label} className={styles.tile}>
            <span className={styles.tileNumber}>{count}</span>
            <span>{label}</span>
          </li>
        ))}
      </ul>
      <section className={styles.section} aria-label="Restrictions in force">
        <Subtitle1 as="h3">Restrictions in force</Subtitle1>
        {lists.active.length === 0 ? (
          <Body1>None.</Body1>
        ) : (
          <ul className={styles.list}>
            {lists.active.map((row) => (
              <li key={row.sanction.id}>
                {row.customerName} ({row.caseReference}):{' '}
                {row.sanction.restrictions.map((item) => SANCTION_CATALOGUE[item.type].label).join(', ')}; review{' '}
                {formatLongDate(row.sanction.reviewDate)}, ends {formatLongDate(row.sanction.endDate)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <RowList title="Reviews overdue" rows={lists.reviewsOverdue} date="reviewDate" />
      <RowList title="Reviews due in the next 30 days" rows={lists.reviewsDueSoon} date="reviewDate" />
      <RowList title="Restrictions ending in the next 30 days" rows={lists.endingSoon} date="endDate" />
      <section className={styles.section} aria-label="Appeals waiting for a decision">
        <Subtitle1 as="h3">Appeals waiting for a decision</Subtitle1>
        {lists.openAppeals.length === 0 ? (
          <Body1>None.</Body1>
        ) : (
          <ul className={styles.list}>
            {lists.openAppeals.map(({ customerName, caseReference, appeal }) => (
              <li key={appeal.id}>
                {customerName} ({caseReference}): received {formatLongDate(appeal.receivedOn)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className={styles.section} aria-labelledby="quarterly-report-title">
        <Subtitle1 as="h3" id="quarterly-report-title">
          Quarterly report: {data.quarterLabel}
        </Subtitle1>
        <Body1>
          {formatLongDate(report.quarterStart)} to {formatLongDate(report.quarterEnd)}. {report.activeTotal} active restrictions;{' '}
          {report.reviewsOverdue.length} reviews overdue; appeals received {report.appeals.received} (upheld {report.appeals.upheld}, varied{' '}
          {report.appeals.varied}, quashed {report.appeals.quashed}, undecided {report.appeals.undecided});{' '}
          {report.markersDueForReview.length} warning markers due for review.
        </Body1>
        <div>
          <Button onClick={onExport}>Download the quarterly report (CSV)</Button>
        </div>
        <BarChart id="chart-type" title="Active restrictions by type" data={report.activeByType} />
        <BarChart id="chart-service" title="Active restrictions by service" data={report.activeByService} />
        <BarChart id="chart-age" title="Active restrictions by age" data={report.activeByAge} />
      </section>
    </>
  );
}

/** Monitoring dashboard: what is in force and due, and the quarterly report with charts and CSV. */
export default function MonitoringScreen(_props: ScreenProps): React.ReactElement {
  const { allowed, data, exportCsv } = useMonitoringDashboard();
  if (!allowed) {
    return (
      <ScreenLayout title="Monitoring">
        <EmptyState title="Monitoring is for the monitoring team">
          Reports are for the monitoring team, the Executive Director, the Customer Relations Officer and auditors.
        </EmptyState>
      </ScreenLayout>
    );
  }
  return (
    <ScreenLayout title="Monitoring">
      {data.status === 'loading' ? <LoadingState label="Loading sanctions and the quarterly report…" /> : null}
      {data.status === 'error' ? <ErrorMessage error={data.error} title="The dashboard could not be loaded" onRetry={data.reload} /> : null}
      {data.status === 'ready' ? <Dashboard data={data.value} onExport={() => exportCsv(data.value.report)} /> : null}
    </ScreenLayout>
  );
}
