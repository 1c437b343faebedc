import * as React from 'react';
import { Body1, Button, Field, Input, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { RestrictionAlert } from '../../../data/ports';
import { ErrorMessage } from '../../components/ErrorMessage';
import { GuidancePanel } from '../../components/GuidancePanel';
import { later } from '../../components/later';
import { LoadingState } from '../../components/LoadingState';
import { RestrictionBanner } from '../../components/RestrictionBanner';
import { ScreenLayout, useFormStyles } from '../../components/ScreenLayout';
import { useAppServices } from '../../services/AppServices';
import type { ScreenProps } from '../../shell/routes';

type SearchState =
  | { status: 'idle' }
  | { status: 'searching' }
  | { status: 'done'; query: string; alerts: RestrictionAlert[] }
  | { status: 'failed'; error: unknown };

/**
 * Before replying, staff check whether the customer is under a restriction. They see only
 * the banner data (BR-22): never the case, the behaviour or the narrative.
 */
export default function CheckCustomerScreen(_props: ScreenProps): React.ReactElement {
  const { store } = useAppServices();
  const styles = useFormStyles();
  const [query, setQuery] = React.useState('');
  const [error, setError] = React.useState<string | undefined>(undefined);
  const [state, setState] = React.useState<SearchState>({ status: 'idle' });

  const search = async (): Promise<void> => {
    if (query.trim().length < 2) {
      setError('Enter at least two letters of the customer’s name.');
      return;
    }
    setError(undefined);
    setState({ status: 'searching' });
    try {
      const rows = await store.restrictionAlerts.searchActiveByName(query.trim(), 20);
      setState({ status: 'done', query: query.trim(), alerts: rows.map((row) => row.value) });
    } catch (failure) {
      setState({ status: 'failed', error: failure });
    }
  };

  return (
    <ScreenLayout
      title="Check a customer"
      aside={<GuidancePanel context={{ form: 'restrictionAlert' }} heading="Guidance: contact restrictions" />}
    >
      <form
        className={styles.form}
        role="search"
        aria-label="Check a customer"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          later(search());
        }}
      >
        <Field
          label="Customer's name"
          required
          hint="Last name, or first and last name"
          validationMessage={error}
          validationState={error ? 'error' : 'none'}
        >
          <Input type="search" value={query} onChange={(_, data) => setQuery(data.value)} autoComplete="off" />
        </Field>
        <div className={styles.actions}>
          <Button appearance="primary" type="submit">
            Check
          </Button>
        </div>
      </form>
      <div aria-live="polite">
        {state.status === 'searching' ? <LoadingState label="Checking…" /> : null}
        {state.status === 'failed' ? (
          <ErrorMessage error={state.error} title="The check did not work" onRetry={() => later(search())} />
        ) : null}
        {state.status === 'done' && state.alerts.length === 0 ? (
          <MessageBar intent="success">
            <MessageBarBody>No contact restriction found for “{state.query}”. Deal with the contact in the usual way.</MessageBarBody>
          </MessageBar>
        ) : null}
        {state.status === 'done' && state.alerts.length > 0 ? (
          <div className={styles.fieldset}>
            <Body1>
              {state.alerts.length === 1 ? '1 restriction found' : `${state.alerts.length} restrictions found`} for “{state.query}”. Check
              it is the same person before you act.
            </Body1>
            {state.alerts.map((alert) => (
              <RestrictionBanner key={alert.id} alert={alert} />
            ))}
          </div>
        ) : null}
      </div>
    </ScreenLayout>
  );
}
