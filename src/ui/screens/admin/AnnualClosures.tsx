import * as React from 'react';
import { Body1, Button, Subtitle2 } from '@fluentui/react-components';
import { TextField } from '../../components/FormFields';
import type { AnnualClosureDraft } from './closureDaysDraft';
import type { AdminClosureDays } from './useAdminClosureDays';
import { useClosureDaysStyles } from './useClosureDaysStyles';
import type { NewClosures } from './useNewClosures';

export interface AnnualClosuresProps {
  annualClosures: readonly AnnualClosureDraft[];
  closures: Pick<AdminClosureDays, 'removeAnnual'>;
  adding: NewClosures;
}

/** The closures the council repeats every year (month-day to month-day), each removable, and the fields to add one. */
export function AnnualClosures({ annualClosures, closures, adding }: AnnualClosuresProps): React.ReactElement {
  const styles = useClosureDaysStyles();
  const { newAnnual, setNewAnnual } = adding;
  return (
    <section aria-labelledby="annual-closures">
      <Subtitle2 as="h4" id="annual-closures">
        Closed every year
      </Subtitle2>
      {annualClosures.length === 0 ? (
        <Body1 as="p">No closures every year.</Body1>
      ) : (
        <ul className={styles.list}>
          {annualClosures.map((closure, index) => (
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
          error={adding.annualProblem}
        />
        <TextField
          label="Last day (month-day)"
          value={newAnnual.toMonthDay}
          onChange={(toMonthDay) => setNewAnnual({ ...newAnnual, toMonthDay })}
        />
        <TextField label="Why, every year" value={newAnnual.reason} onChange={(reason) => setNewAnnual({ ...newAnnual, reason })} />
        <Button onClick={adding.addAnnual}>Add the yearly closure</Button>
      </div>
    </section>
  );
}
