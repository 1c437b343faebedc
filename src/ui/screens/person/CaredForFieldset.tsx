import * as React from 'react';
import { errorFor, SelectField, TextField } from '../../components/FormFields';
import { YES_NO_CHOICES, type CaredForDraft, type GroupProps, type YesNo } from './personDraft';
import { RepeatingGroup } from './RepeatingGroup';

/** People the customer cares for or represents: a restriction must not limit their access (BR-28). */
export function CaredForFieldset({ items, onChange, errors }: GroupProps<CaredForDraft>): React.ReactElement {
  const field = (index: number, name: string): string | undefined => errorFor(errors, `isCarerOrRepresentativeFor[${index}].${name}`);
  return (
    <RepeatingGroup<CaredForDraft>
      legend="People they care for or represent"
      hint="A restriction binds only the customer. A proposal flags when they care for or represent someone, so that person's own access is not limited (BR-28)."
      itemLabel={(i) => `Person cared for or represented ${i + 1}`}
      addLabel="Add a person they care for or represent"
      emptyText="Nobody recorded."
      items={items}
      onChange={onChange}
      newItem={() => ({ name: '', relationship: '', disabled: '' })}
      renderItem={(relation, index, replace) => (
        <>
          <TextField
            label="Name"
            required
            value={relation.name}
            onChange={(name) => replace({ ...relation, name })}
            error={field(index, 'name')}
          />
          <TextField
            label="Relationship to the customer"
            hint="For example: mother, son, neighbour they advocate for."
            required
            value={relation.relationship}
            onChange={(relationship) => replace({ ...relation, relationship })}
            error={field(index, 'relationship')}
          />
          <SelectField
            label="Are they disabled?"
            required
            placeholder="Choose yes or no"
            value={relation.disabled}
            onChange={(value) => replace({ ...relation, disabled: value as YesNo })}
            choices={YES_NO_CHOICES}
            error={field(index, 'disabled')}
          />
        </>
      )}
    />
  );
}
