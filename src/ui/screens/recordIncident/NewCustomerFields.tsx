import * as React from 'react';
import { Button } from '@fluentui/react-components';
import { TextField } from '../../components/FormFields';
import { useFormStyles } from '../../components/ScreenLayout';
import type { NewCustomerDraft } from './incidentDraft';

export interface NewCustomerFieldsProps {
  newCustomer: NewCustomerDraft;
  onNewCustomer(draft: NewCustomerDraft | undefined): void;
  errors: { given?: string; family?: string };
}

/** A customer not found by the search: their name and a way to contact them, or back to the search. */
export function NewCustomerFields({ newCustomer, onNewCustomer, errors }: NewCustomerFieldsProps): React.ReactElement {
  const styles = useFormStyles();
  return (
    <div className={styles.fieldset}>
      <TextField
        label="First name"
        required
        value={newCustomer.given}
        error={errors.given}
        onChange={(given) => onNewCustomer({ ...newCustomer, given })}
        autoComplete="off"
      />
      <TextField
        label="Last name"
        required
        value={newCustomer.family}
        error={errors.family}
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
