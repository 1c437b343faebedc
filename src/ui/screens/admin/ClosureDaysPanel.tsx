import * as React from 'react';
import {
  Body1,
  Button,
  makeStyles,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens
} from '@fluentui/react-components';
import { formatLongDate, isIsoDate, STATUTORY_CALENDAR_SOURCE, UK_REGION_NAMES } from '../../../domain';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField, TextField } from '../../components/FormFields';
import { LoadingState } from '../../components/LoadingState';
import { useFormStyles } from '../../components/ScreenLayout';
import { SettingSaveStatus, StoredProblems } from './SettingSaveStatus';
import { useAdminClosureDays } from './useAdminClosureDays';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  add: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' }
});

function dateWords(date: string): string {
  return isIsoDate(date) ? formatLongDate(date) : date;
}

/** The council's own calendar by year (one-off days, and closures every year), and the statutory calendar read only. */
export function ClosureDaysPanel(): React.ReactElement {
  const closures = useAdminClosureDays();
  const { editor } = closures;
  const form = useFormStyles();
  const styles = useStyles();
  const [newDay, setNewDay] = React.useState({ date: '', reason: '' });
  const [newAnnual, setNewAnnual] = React.useState({ fromMonthDay: '', toMonthDay: '', reason: '' });
  const [dayProblem, setDayProblem] = React.useState<string | undefined>(undefined);
  const [annualProblem, setAnnualProblem] = React.useState<string | undefined>(undefined);
  if (editor.status === 'loading') return <LoadingState label="Loading the closure days…" />;
  if (editor.status === 'error')
    return <ErrorMessage error={editor.loadError} title="The closure days could not be loaded" onRetry={editor.reload} />;
  const { draft } = editor;

  const addDay = (): void => {
    if (newDay.date === '' || newDay.reason.trim() === '') {
      setDayProblem('Give the date and say why the council is closed that day.');
      return;
    }
    closures.addDay({ date: newDay.date, reason: newDay.reason.trim() });
    setNewDay({ date: '', reason: '' });
    setDayProblem(undefined);
  };
  const addAnnual = (): void => {
    if (newAnnual.fromMonthDay.trim() === '' || newAnnual.toMonthDay.trim() === '' || newAnnual.reason.trim() === '') {
      setAnnualProblem('Give the first and last day (month-day, for example 12-25) and say why.');
      return;
    }
    closures.addAnnual({ ...newAnnual, fromMonthDay: newAnnual.fromMonthDay.trim(), toMonthDay: newAnnual.toMonthDay.trim() });
    setNewAnnual({ fromMonthDay: '', toMonthDay: '', reason: '' });
    setAnnualProblem(undefined);
  };

  return (
    <form
      className={form.form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        editor.save().catch(() => undefined);
      }}
    >
      <Body1 as="p">
        Council deadlines (acknowledgements, panel decisions, appeals and reviews) count working days on the council’s own calendar:
        weekends, bank holidays in England and Wales, and the closure days here. Information requests count on the statutory calendar below,
        which the council cannot change.
      </Body1>
      <StoredProblems what="The closure days" problems={editor.storedProblems} />
      <SelectField
        label="Year"
        value={String(closures.year)}
        onChange={(value) => closures.setYear(Number(value))}
        choices={closures.years.map((year) => ({ value: String(year), label: String(year) }))}
      />
      <section aria-labelledby="closure-days-of-year">
        <Subtitle2 as="h4" id="closure-days-of-year">
          The council’s closure days in {closures.year}
        </Subtitle2>
        {closures.daysOfYear.length === 0 ? (
          <Body1 as="p">None in {closures.year}.</Body1>
        ) : (
          <ul className={styles.list}>
            {closures.daysOfYear.map(({ index, day }) => (
              <li key={`${day.date}-${index}`} className={styles.item}>
                <span>
                  {dateWords(day.date)}: {day.reason}
                </span>
                <Button size="small" onClick={() => closures.removeDay(index)} aria-label={`Remove the closure day ${dateWords(day.date)}`}>
                  Remove
                </Button>
              </li>
            ))}
          </ul>
        )}
        <div className={styles.add}>
          <TextField
            label="Closure date"
            type="date"
            value={newDay.date}
            onChange={(date) => setNewDay({ ...newDay, date })}
            error={dayProblem}
          />
          <TextField label="Why the council is closed" value={newDay.reason} onChange={(reason) => setNewDay({ ...newDay, reason })} />
          <Button onClick={addDay}>Add the closure day</Button>
        </div>
      </section>
      <section aria-labelledby="annual-closures">
        <Subtitle2 as="h4" id="annual-closures">
          Closed every year
        </Subtitle2>
        {draft.annualClosures.length === 0 ? (
          <Body1 as="p">No closures every year.</Body1>
        ) : (
          <ul className={styles.list}>
            {draft.annualClosures.map((closure, index) => (
              <li key={`${closure.fromMonthDay}-${closure.toMonthDay}-${index}`} className={styles.item}>
                <span>
                  {closure.fromMonthDay} to {closure.toMonthDay}: {closure.reason}
                </span>
                <Button
                  size="small"
                  onClick={() => closures.removeAnnual(index)}
                  aria-label={`Remove the yearly closure ${closure.fromMonthDay} to ${closure.toMonthDay}`}
                >
                  Remove
                </Button>
              </li>
            ))}
          </ul>
        )}
        <div className={styles.add}>
          <TextField
            label="First day (month-day)"
            hint="For example 12-25"
            value={newAnnual.fromMonthDay}
            onChange={(fromMonthDay) => setNewAnnual({ ...newAnnual, fromMonthDay })}
            error={annualProblem}
          />
          <TextField
            label="Last day (month-day)"
            value={newAnnual.toMonthDay}
            onChange={(toMonthDay) => setNewAnnual({ ...newAnnual, toMonthDay })}
          />
          <TextField label="Why, every year" value={newAnnual.reason} onChange={(reason) => setNewAnnual({ ...newAnnual, reason })} />
          <Button onClick={addAnnual}>Add the yearly closure</Button>
        </div>
      </section>
      <SettingSaveStatus what="The closure days" outcome={editor.outcome} errors={editor.errors} onLoadLatest={editor.loadLatest} />
      <div className={form.actions}>
        <Button type="submit" appearance="primary" disabled={editor.saving}>
          {editor.saving ? 'Saving…' : 'Save the closure days'}
        </Button>
      </div>
      <section aria-labelledby="statutory-calendar">
        <Subtitle2 as="h4" id="statutory-calendar">
          Statutory calendar in {closures.year} (read only)
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
            {closures.statutory.map((holiday) => (
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
    </form>
  );
}
