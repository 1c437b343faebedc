import * as React from 'react';
import { errorFor, TextAreaField } from '../../components/FormFields';
import type { GroupProps } from './personDraft';
import { RepeatingGroup } from './RepeatingGroup';

/** Postal addresses, one per item, first the current one. */
export function AddressesFieldset({ items, onChange, errors }: GroupProps<string>): React.ReactElement {
  return (
    <RepeatingGroup<string>
      legend="Addresses"
      itemLabel={(i) => `Address ${i + 1}`}
      addLabel="Add an address"
      emptyText="No address recorded."
      items={items}
      onChange={onChange}
      newItem={() => ''}
      renderItem={(address, index, replace) => (
        <TextAreaField
          label="Address"
          required
          rows={3}
          value={address}
          onChange={replace}
          error={errorFor(errors, `addresses[${index}]`)}
        />
      )}
    />
  );
}
