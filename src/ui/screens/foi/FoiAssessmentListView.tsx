import * as React from 'react';
import { Body1, Button, Caption1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { isAfter, type FoiRequestAssessment, type IsoDate } from '../../../domain';
import { DateText, formatDate } from '../../components/DateText';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingState } from '../../components/LoadingState';
import { useAppServices } from '../../services/AppServices';
import type { Stored } from '../../services/appStore';
import { SHORT_GROUND_LABELS } from './foiDraft';
import { MAX_SHOWN, useFoiAssessmentList } from './useFoiAssessmentList';
import { useFoiScreenStyles } from './useFoiScreenStyles';

function statusOf(a: FoiRequestAssessment, today: IsoDate): string {
  if (a.refusalNoticeDate) return `Refusal notice sent ${formatDate(a.refusalNoticeDate)}`;
  if (a.section17_6) return 'No new notice (section 17(6))';
  if (a.statutoryDueDate && isAfter(today, a.statutoryDueDate)) return 'Overdue';
  return a.ground ? 'Refusal being prepared' : 'Being assessed';
}

export interface FoiAssessmentListViewProps {
  onOpen(row: Stored<FoiRequestAssessment>): void;
  onNew(): void;
}

/** The FOI officer's assessments: reference, regime, dates and ground only (no case data). */
export function FoiAssessmentListView({ onOpen, onNew }: FoiAssessmentListViewProps): React.ReactElement {
  const list = useFoiAssessmentList();
  const { clock } = useAppServices();
  const styles = useFoiScreenStyles();
  const today = clock.today();
  return (
    <>
      <div className={styles.toolbar}>
        <Button appearance="primary" onClick={onNew}>
          Start a new assessment
        </Button>
      </div>
      {list.status === 'loading' ? <LoadingState label="Loading the assessments…" /> : null}
      {list.status === 'error' ? (
        <ErrorMessage error={list.error} title="The assessments could not be loaded" onRetry={list.reload} />
      ) : null}
      {list.status === 'ready' && list.value.rows.length === 0 ? (
        <EmptyState title="There are no assessments yet">
          When a request may be vexatious, repeated or manifestly unreasonable, start an assessment here.
        </EmptyState>
      ) : null}
      {list.status === 'ready' && list.value.rows.length > 0 ? (
        <div className={styles.tableWrap}>
          <Table aria-label="FOI and EIR assessments" size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Reference</TableHeaderCell>
                <TableHeaderCell>Regime</TableHeaderCell>
                <TableHeaderCell>Received</TableHeaderCell>
                <TableHeaderCell>Respond by</TableHeaderCell>
                <TableHeaderCell>Ground</TableHeaderCell>
                <TableHeaderCell>Status</TableHeaderCell>
                <TableHeaderCell>Action</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {list.value.rows.map((row) => (
                <TableRow key={row.value.id}>
                  <TableCell>{row.value.id}</TableCell>
                  <TableCell>{row.value.regime}</TableCell>
                  <TableCell>
                    <DateText value={row.value.receivedOn} />
                  </TableCell>
                  <TableCell>
                    {row.value.statutoryDueDate ? <DateText value={row.value.statutoryDueDate} /> : 'Paused for clarification'}
                  </TableCell>
                  <TableCell>{row.value.ground ? SHORT_GROUND_LABELS[row.value.ground] : 'None chosen'}</TableCell>
                  <TableCell>{statusOf(row.value, today)}</TableCell>
                  <TableCell>
                    <Button size="small" onClick={() => onOpen(row)} aria-label={`Open assessment ${row.value.id}`}>
                      Open
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {list.value.truncated ? <Caption1>Showing the first {MAX_SHOWN}.</Caption1> : null}
        </div>
      ) : null}
      <Body1>Dates are counted on the statutory calendar: weekends and bank holidays anywhere in the UK are not working days.</Body1>
    </>
  );
}
