import * as React from 'react';
import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import { displayName, type Person } from '../../../domain';

export interface CustomerSearchResultsProps {
  results: Person[];
  person: Person | undefined;
  onPick(person: Person | undefined): void;
}

/** The customers a search found, to choose one; or that none was found. */
export function CustomerSearchResults({ results, person, onPick }: CustomerSearchResultsProps): React.ReactElement {
  if (results.length === 0) {
    return <p role="status">No customer found with that last name. Check the spelling, or add a new customer.</p>;
  }
  return (
    <Field label={`${results.length} customer${results.length === 1 ? '' : 's'} found: choose one`}>
      <RadioGroup value={person?.id ?? ''} onChange={(_, data) => onPick(results.filter((p) => p.id === data.value)[0])}>
        {results.map((p) => (
          <Radio key={p.id} value={p.id} label={`${displayName(p)}${p.addresses[0] ? `, ${p.addresses[0]}` : ''}`} />
        ))}
      </RadioGroup>
    </Field>
  );
}
