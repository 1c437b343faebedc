import * as React from 'react';
import { Badge, Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { behaviourCategory } from '../../../domain';
import { DateText } from '../../components/DateText';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingState } from '../../components/LoadingState';
import { ScreenLayout } from '../../components/ScreenLayout';
import { useAsync } from '../../components/useAsync';
import { firstPage } from '../../services/appStore';
import { useAppServices } from '../../services/AppServices';
import { useNavigation } from '../../navigation/navigation';
import type { ScreenProps } from '../../navigation/screenProps';
import { CHANNEL_LABELS } from '../shared/labels';

const MAX_SHOWN = 100;

/**
 * The incidents this member of staff recorded: the most recently recorded (up to 100), shown by
 * when they happened, the latest first, as the table's first column reads.
 */
export default function MyReportsScreen(_props: ScreenProps): React.ReactElement {
  const { store, currentUser } = useAppServices();
  const { navigate } = useNavigation();
  const reports = useAsync(async () => {
    const rows = await firstPage(store.incidents.listByReporter(currentUser.id), MAX_SHOWN);
    // The list's item-level security already limits staff to their own; this is belt and braces.
    return rows
      .map((row) => row.value)
      .filter((incident) => incident.reporterId === currentUser.id)
      .sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt));
  }, [store, currentUser.id]);

  return (
    <ScreenLayout title="My reports">
      {reports.status === 'loading' ? <LoadingState label="Loading your reports…" /> : null}
      {reports.status === 'error' ? (
        <ErrorMessage error={reports.error} title="Your reports could not be loaded" onRetry={reports.reload} />
      ) : null}
      {reports.status === 'ready' && reports.value.length === 0 ? (
        <EmptyState
          title="You have not recorded any incidents"
          action={<Button onClick={() => navigate('record-incident')}>Record an incident</Button>}
        >
          When you record an incident it appears here.
        </EmptyState>
      ) : null}
      {reports.status === 'ready' && reports.value.length > 0 ? (
        <Table aria-label="Incidents you recorded" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>When</TableHeaderCell>
              <TableHeaderCell>Channel</TableHeaderCell>
              <TableHeaderCell>Behaviour</TableHeaderCell>
              <TableHeaderCell>Status</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {reports.value.map((incident) => (
              <TableRow key={incident.id}>
                <TableCell>
                  <DateText value={incident.occurredAt} withTime />
                </TableCell>
                <TableCell>{CHANNEL_LABELS[incident.channel]}</TableCell>
                <TableCell>{incident.categories.map((code) => behaviourCategory(code)?.label ?? code).join('; ')}</TableCell>
                <TableCell>
                  <Badge appearance="outline">
                    {incident.status === 'Acknowledged'
                      ? 'Seen by your manager'
                      : incident.status === 'Submitted'
                        ? 'With your manager'
                        : 'Draft'}
                  </Badge>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
    </ScreenLayout>
  );
}
