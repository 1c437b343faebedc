import * as React from 'react';
import { Body1, Button } from '@fluentui/react-components';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField } from '../../components/FormFields';
import { LoadingState } from '../../components/LoadingState';
import { useFormStyles } from '../../components/ScreenLayout';
import { AnnualClosures } from './AnnualClosures';
import { ClosureDaysOfYear } from './ClosureDaysOfYear';
import { SettingSaveStatus, StoredProblems } from './SettingSaveStatus';
import { StatutoryCalendar } from './StatutoryCalendar';
import { useAdminClosureDays } from './useAdminClosureDays';
import { useNewClosures } from './useNewClosures';

/** The council's own calendar by year (one-off days, and closures every year), and the statutory calendar read only. */
export function ClosureDaysPanel(): React.ReactElement {
  const closures = useAdminClosureDays();
  const { editor } = closures;
  const form = useFormStyles();
  const adding = useNewClosures(closures);
  if (editor.status === 'loading') return <LoadingState label="Loading the closure days…" />;
  if (editor.status === 'error')
    return <ErrorMessage error={editor.loadError} title="The closure days could not be loaded" onRetry={editor.reload} />;
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
      <ClosureDaysOfYear closures={closures} adding={adding} />
      <AnnualClosures annualClosures={editor.draft.annualClosures} closures={closures} adding={adding} />
      <SettingSaveStatus what="The closure days" outcome={editor.outcome} errors={editor.errors} onLoadLatest={editor.loadLatest} />
      <div className={form.actions}>
        <Button type="submit" appearance="primary" disabled={editor.saving}>
          {editor.saving ? 'Saving…' : 'Save the closure days'}
        </Button>
      </div>
      <StatutoryCalendar year={closures.year} holidays={closures.statutory} />
    </form>
  );
}
