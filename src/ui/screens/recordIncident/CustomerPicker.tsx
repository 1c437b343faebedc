import * as React from 'react';
import { later } from '../../components/later';
import { Button, Field, Input, Radio, RadioGroup } from '@fluentui/react-components';
import { displayName, type Person } from '../../../domain';
import { TextField } from '../../components/FormFields';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useAppServices } from '../../services/AppServices';
import { readTogether } from '../../services/readTogether';
import { useFormStyles } from '../../components/ScreenLayout';
import type { NewCustomerDraft } from './useRecordIncident';

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
  const { store } = useAppServices();
  const styles = useFormStyles();
  const [query, setQuery] = React.useState(initialQuery);
  const [results, setResults] = React.useState<Person[] | undefined>(undefined);
  const [searchError, setSearchError] = React.useState<unknown>(undefined);

  const search = async (): Promise<void> => {
    setSearchError(undefined);
    try {
      // The same indexed name search as Check a customer: found however the name is typed,
      // and under the list view threshold however many customers the council has.
      const matches = await store.persons.findIdsByName(query.trim(), 10);
      const found = await readTogether(store, (reads) => Promise.all(matches.map((match) => reads.persons.find(match.personId))));
      setResults(found.flatMap((row) => (row ? [row.value] : [])));
    } catch (failure) {
      setSearchError(failure);
    }
  };

  if (newCustomer) {
    return (
      <div className={styles.fieldset}>
        <TextField
          label="First name"
          required
          value={newCustomer.given}
          error={newCustomerErrors.given}
          onChange={(given) => onNewCustomer({ ...newCustomer, given })}
          autoComplete="off"
        />
        <TextField
          label="Last name"
          required
          value={newCustomer.family}
          error={newCustomerErrors.family}
          onChange={(family) => onNewCustomer({ ...newCustomer, family })}
          autoComplete="off"
        />
        <TextField
          label="Phone or email (optional)"
          value={newCustomer.contact}
          onChange={(contact) => onNewCustomer({ ...newCustomer, contact })}
          autoComplete="off"
        />
        <div className={styles.actions}>
          <Button onClick={() => onNewCustomer(undefined)}>Search for an existing customer instead</Button>
        </div>
      </div>
    );
  }

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
      {results !== undefined ? (
        results.length === 0 ? (
          <p role="status">No customer found with that last name. Check the spelling, or add a new customer.</p>
        ) : (
          <Field label={`${results.length} customer${results.length === 1 ? '' : 's'} found: choose one`}>
            <RadioGroup value={person?.id ?? ''} onChange={(_, data) => onPick(results.filter((p) => p.id === data.value)[0])}>
              {results.map((p) => (
                <Radio key={p.id} value={p.id} label={`${displayName(p)}${p.addresses[0] ? `, ${p.addresses[0]}` : ''}`} />
              ))}
            </RadioGroup>
          </Field>
        )
      ) : null}
      {person && results === undefined ? <p>Selected: {displayName(person)}</p> : null}
    </div>
  );
}
