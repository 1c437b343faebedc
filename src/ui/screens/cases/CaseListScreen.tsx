import * as React from 'react';
import { caseLabel } from '../../../domain/model/caseReference';
import { Badge, Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { FORMAL_OPEN_CASE_STATUSES } from '../../../domain';
import type { CaseSummary, Stored } from '../../../data/ports';
import { DateText } from '../../components/DateText';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingState } from '../../components/LoadingState';
import { ScreenLayout } from '../../components/ScreenLayout';
import { useAsync } from '../../components/useAsync';
import { firstPage } from '../../services/appStore';
import { findPeople } from '../../services/findPeople';
import { readTogether } from '../../services/readTogether';
import { useAppServices } from '../../services/AppServices';
import { useNavigation } from '../../navigation/navigation';
import type { ScreenProps } from '../../navigation/screenProps';
import { STATUS_LABELS } from '../shared/labels';

/** Open cases, newest activity first (each status read is an indexed filter, one page each). */
export default function CaseListScreen(_props: ScreenProps): React.ReactElement {
  const { store } = useAppServices();
  const { navigate } = useNavigation();
  const cases = useAsync(async () => {
    // Two $batch round trips: the open statuses' first pages, then their customers, each once.
    const pages = await readTogether(store, (batched) =>
      Promise.all(FORMAL_OPEN_CASE_STATUSES.map((status) => firstPage(batched.cases.listByStatus(status), 50)))
    );
    const rows: Stored<CaseSummary>[] = pages.reduce((all, page) => all.concat(page), [] as Stored<CaseSummary>[]);
    const people = await findPeople(
      store,
      rows.map((row) => row.value.personId)
    );
    return rows
      .map((row) => {
        const person = people.get(row.value.personId);
        return { summary: row.value, name: person ? `${person.value.names.given} ${person.value.names.family}` : 'Customer' };
      })
      .sort((a, b) => (a.summary.updatedAt < b.summary.updatedAt ? 1 : -1));
  }, [store]);

  return (
    <ScreenLayout title="Cases">
      {cases.status === 'loading' ? <LoadingState label="Loading cases…" /> : null}
      {cases.status === 'error' ? <ErrorMessage error={cases.error} title="Cases could not be loaded" onRetry={cases.reload} /> : null}
      {cases.status === 'ready' && cases.value.length === 0 ? (
        <EmptyState title="There are no open cases">Cases appear here when a line manager escalates a referral.</EmptyState>
      ) : null}
      {cases.status === 'ready' && cases.value.length > 0 ? (
        <Table aria-label="Open cases" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Reference</TableHeaderCell>
              <TableHeaderCell>Customer</TableHeaderCell>
              <TableHeaderCell>Service</TableHeaderCell>
              <TableHeaderCell>Status</TableHeaderCell>
              <TableHeaderCell>Last updated</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {cases.value.map(({ summary, name }) => (
              <TableRow key={summary.id}>
                <TableCell>{caseLabel(summary)}</TableCell>
                <TableCell>
                  <Button appearance="transparent" onClick={() => navigate('case', { caseId: summary.id })}>
                    {name}
                  </Button>
                </TableCell>
                <TableCell>{summary.leadService}</TableCell>
                <TableCell>
                  <Badge appearance="outline">{STATUS_LABELS[summary.status]}</Badge>
                </TableCell>
                <TableCell>
                  <DateText value={summary.updatedAt} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
    </ScreenLayout>
  );
}
