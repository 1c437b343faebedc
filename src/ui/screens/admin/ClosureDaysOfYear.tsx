import * as React from 'react';
import { Body1, Button, Subtitle2 } from '@fluentui/react-components';
import { formatLongDate, isIsoDate } from '../../../domain';
import { TextField } from '../../components/FormFields';
import type { AdminClosureDays } from './useAdminClosureDays';
import { useClosureDaysStyles } from './useClosureDaysStyles';
import type { NewClosures } from './useNewClosures';

function dateWords(date: string): string {
  return isIsoDate(date) ? formatLongDate(date) : date;
}

export interface ClosureDaysOfYearProps {
  closures: AdminClosureDays;
  adding: NewClosures;
}

/** The council's one-off closure days in the chosen year, each removable, and the fields to add one. */
export function ClosureDaysOfYear({ closures, adding }: ClosureDaysOfYearProps): React.ReactElement {
  const styles = useClosureDaysStyles();
  const { newDay, setNewDay } = adding;
  return (
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
          error={adding.dayProblem}
        />
        <TextField label="Why the council is closed" value={newDay.reason} onChange={(reason) => setNewDay({ ...newDay, reason })} />
        <Button onClick={adding.addDay}>Add the closure day</Button>
      </div>
    </section>
  );
}
