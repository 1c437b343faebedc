import * as React from 'react';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { Case } from '../../../domain';
import { DateText } from '../../components/DateText';
import { CONTACT_LABELS } from './monitoringLabels';

/** The contacts logged so far in the monitoring period. */
export function ContactLogTable({ entries }: { entries: Case['contactLog'] }): React.ReactElement {
  return (
    <Table aria-label="Contact log" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>When</TableHeaderCell>
          <TableHeaderCell>Channel</TableHeaderCell>
          <TableHeaderCell>Summary</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {entries.map((entry) => (
          <TableRow key={entry.id}>
            <TableCell>
              <DateText value={entry.receivedAt} withTime />
            </TableCell>
            <TableCell>{CONTACT_LABELS[entry.channel]}</TableCell>
            <TableCell>
              {entry.summary}
              {entry.informationRequest ? ` Passed to the FOI officer (${entry.informationRequest} request).` : ''}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
