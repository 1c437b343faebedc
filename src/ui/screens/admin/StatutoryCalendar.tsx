import * as React from 'react';
import { Body1, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { formatLongDate, STATUTORY_CALENDAR_SOURCE, UK_REGION_NAMES, type StatutoryHoliday } from '../../../domain';

/** The statutory calendar of the chosen year, read only: information requests count their days on it. */
export function StatutoryCalendar({ year, holidays }: { year: number; holidays: readonly StatutoryHoliday[] }): React.ReactElement {
  return (
    <section aria-labelledby="statutory-calendar">
      <Subtitle2 as="h4" id="statutory-calendar">
        Statutory calendar in {year} (read only)
      </Subtitle2>
      <Body1 as="p">{STATUTORY_CALENDAR_SOURCE}</Body1>
      <Table aria-labelledby="statutory-calendar" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Date</TableHeaderCell>
            <TableHeaderCell>Holiday</TableHeaderCell>
            <TableHeaderCell>Where</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {holidays.map((holiday) => (
            <TableRow key={holiday.date}>
              <TableCell>{formatLongDate(holiday.date)}</TableCell>
              <TableCell>{holiday.name}</TableCell>
              <TableCell>
                {holiday.regions.length === 4 ? 'Every UK nation' : holiday.regions.map((region) => UK_REGION_NAMES[region]).join(', ')}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
