import * as React from 'react';
import type { ValidationError } from '../../../domain';
import { errorFor, TextField } from '../../components/FormFields';
import { useFormStyles } from '../../components/ScreenLayout';
import type { PersonDraft } from './personDraft';
import { RepeatingGroup } from './RepeatingGroup';

export interface NamesFieldsetProps {
  draft: Pick<PersonDraft, 'given' | 'family' | 'aliases'>;
  onChange(patch: Partial<PersonDraft>): void;
  errors: readonly ValidationError[];
}

/** The person's name, and the other and previous names staff may know them by. */
export function NamesFieldset({ draft, onChange, errors }: NamesFieldsetProps): React.ReactElement {
  const form = useFormStyles();
  return (
    <>
      <fieldset className={form.fieldset}>
        <legend className={form.legend}>Name</legend>
        <TextField
          label="First name"
          required
          value={draft.given}
          onChange={(given) => onChange({ given })}
          error={errorFor(errors, 'names.given')}
        />
        <TextField
          label="Last name"
          required
          value={draft.family}
          onChange={(family) => onChange({ family })}
          error={errorFor(errors, 'names.family')}
        />
      </fieldset>
      <RepeatingGroup<string>
        legend="Other and previous names"
        hint="Names they are known by or used before, for example a maiden name. Staff checking for a restriction find the customer under any of them."
        itemLabel={(i) => `Other name ${i + 1}`}
        addLabel="Add another name"
        emptyText="No other names recorded."
        items={draft.aliases}
        onChange={(aliases) => onChange({ aliases })}
        newItem={() => ''}
        renderItem={(alias, index, replace) => (
          <TextField label="Name as written" required value={alias} onChange={replace} error={errorFor(errors, `aliases[${index}]`)} />
        )}
      />
    </>
  );
}
