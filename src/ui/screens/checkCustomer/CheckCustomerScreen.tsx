import * as React from 'react';
import { Body1, Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ErrorMessage } from '../../components/ErrorMessage';
import { GuidancePanel } from '../../components/GuidancePanel';
import { later } from '../../components/later';
import { LoadingState } from '../../components/LoadingState';
import { RestrictionBanner } from '../../components/RestrictionBanner';
import { SafetyFlagBanner } from '../../components/SafetyFlagBanner';
import { ScreenLayout, useFormStyles } from '../../components/ScreenLayout';
import type { ScreenProps } from '../../navigation/screenProps';
import { useCustomerCheck, type CheckedPerson } from './useCustomerCheck';

function listOfNames(people: readonly CheckedPerson[]): string {
  return people.map((person) => (person.matchedAs ? `${person.name} (also known as ${person.matchedAs})` : person.name)).join(', ');
}

/** What was found, in words: banners first, then everyone found with no restriction, never a false all-clear. */
function CheckResult({ query, people }: { query: string; people: readonly CheckedPerson[] }): React.ReactElement {
  const styles = useFormStyles();
  if (people.length === 0) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Nobody matched “{query}”</MessageBarTitle>
          <p>
            We searched for customers with that last name, or that first and last name, including names they were known by before. Accents,
            apostrophes, hyphens and capitals make no difference. Check the spelling or try the last name alone; if you still find nobody,
            this check cannot tell you whether a restriction applies.
          </p>
        </MessageBarBody>
      </MessageBar>
    );
  }
  const restricted = people.filter((person) => person.alerts.length > 0);
  const clear = people.filter((person) => person.alerts.length === 0);
  const flagged = people.filter((person) => person.flags.length > 0);
  return (
    <div className={styles.fieldset}>
      <Body1>
        {people.length === 1 ? '1 customer' : `${people.length} customers`} found for “{query}”. Check it is the same person before you act.
      </Body1>
      {flagged.flatMap((person) =>
        person.flags.map((flag) => <SafetyFlagBanner key={flag.id} personName={listOfNames([person])} flag={flag} />)
      )}
      {restricted.flatMap((person) => person.alerts.map((alert) => <RestrictionBanner key={alert.id} alert={alert} />))}
      {clear.length > 0 ? (
        <MessageBar intent={restricted.length > 0 || flagged.length > 0 ? 'info' : 'success'} layout="multiline">
          <MessageBarBody>
            <ul aria-label="Customers found with no contact restriction">
              {clear.map((person) => (
                <li key={person.personId}>{listOfNames([person])}: no contact restriction</li>
              ))}
            </ul>
            {restricted.length === 0 && flagged.length === 0
              ? 'If the customer is one of these people, deal with the contact in the usual way.'
              : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}

/**
 * Before replying, staff check whether the customer is under a restriction. They see only
 * the banner data (BR-22): never the case, the behaviour or the narrative.
 */
export default function CheckCustomerScreen(_props: ScreenProps): React.ReactElement {
  const styles = useFormStyles();
  const [query, setQuery] = React.useState('');
  const { state, inputError, check } = useCustomerCheck();

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
          later(check(query));
        }}
      >
        <Field
          label="Customer's name"
          required
          hint="Last name, or first and last name"
          validationMessage={inputError}
          validationState={inputError ? 'error' : 'none'}
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
          <ErrorMessage error={state.error} title="The check did not work" onRetry={() => later(check(query))} />
        ) : null}
        {state.status === 'done' ? <CheckResult query={state.query} people={state.people} /> : null}
      </div>
    </ScreenLayout>
  );
}
