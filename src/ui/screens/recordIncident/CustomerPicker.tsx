import * as React from 'react';
import { later } from '../../components/later';
import { Button, Field, Input } from '@fluentui/react-components';
import { displayName, type Person } from '../../../domain';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormStyles } from '../../components/ScreenLayout';
import { CustomerSearchResults } from './CustomerSearchResults';
import type { NewCustomerDraft } from './incidentDraft';
import { NewCustomerFields } from './NewCustomerFields';
import { useCustomerSearch } from './useCustomerSearch';

export interface CustomerPickerProps {
  person: Person | undefined;
  newCustomer: NewCustomerDraft | undefined;
  onPick(person: Person | undefined): void;
  onNewCustomer(draft: NewCustomerDraft | undefined): void;
  error?: string;
  newCustomerErrors: { given?: string; family?: string };
  /** Text the search box starts with (e.g. the name a councillor's referral gives). */
  initialQuery?: string;
}

/** Find the customer by last name (or first and last name), or add a new one. Search runs on demand, not per keystroke. */
export function CustomerPicker({
  person,
  newCustomer,
  onPick,
  onNewCustomer,
  error,
  newCustomerErrors,
  initialQuery = ''
}: CustomerPickerProps): React.ReactElement {
  const styles = useFormStyles();
  const { query, setQuery, results, searchError, search } = useCustomerSearch(initialQuery);

  if (newCustomer) return <NewCustomerFields newCustomer={newCustomer} onNewCustomer={onNewCustomer} errors={newCustomerErrors} />;

  return (
    <div className={styles.fieldset}>
      <Field
        label="Customer's last name"
        required
        validationMessage={error}
        validationState={error ? 'error' : 'none'}
        hint="The whole last name, or first and last name. Search first, so we do not create the same customer twice."
      >
        <Input
          type="search"
          value={query}
          onChange={(_, data) => setQuery(data.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              later(search());
            }
          }}
        />
      </Field>
      <div className={styles.actions}>
        <Button onClick={() => later(search())} disabled={query.trim() === ''}>
          Search
        </Button>
        <Button appearance="subtle" onClick={() => onNewCustomer({ given: '', family: query.trim(), contact: '' })}>
          Add a new customer
        </Button>
      </div>
      {searchError ? <ErrorMessage error={searchError} title="Search did not work" /> : null}
      {results !== undefined ? <CustomerSearchResults results={results} person={person} onPick={onPick} /> : null}
      {person && results === undefined ? <p>Selected: {displayName(person)}</p> : null}
    </div>
  );
}
