import * as React from 'react';
import { Button, Checkbox } from '@fluentui/react-components';
import { UK_NATION_LABELS, UK_NATIONS } from '../../../domain';
import { errorFor, SelectField, TextAreaField } from '../../components/FormFields';
import { useFormStyles } from '../../components/ScreenLayout';
import type { AdminCouncilDetails, CouncilDetailsFormPart } from './useAdminCouncilDetails';

const NATION_CHOICES = UK_NATIONS.map((nation) => ({ value: nation, label: UK_NATION_LABELS[nation] }));

export type OmbudsmanFieldsetProps = CouncilDetailsFormPart & Pick<AdminCouncilDetails, 'standardSignposting' | 'applyStandardSignposting'>;

/** Which Ombudsman letters signpost (by nation, and the Housing Ombudsman for a landlord), in the council's words. */
export function OmbudsmanFieldset(props: OmbudsmanFieldsetProps): React.ReactElement {
  const { draft, errors, change, standardSignposting } = props;
  const form = useFormStyles();
  return (
    <fieldset className={form.fieldset}>
      <legend className={form.legend}>Ombudsman signposting</legend>
      <SelectField
        label="Nation the council is in"
        required
        choices={NATION_CHOICES}
        value={draft.nation}
        onChange={(nation) => change({ nation })}
        error={errorFor(errors, 'nation')}
      />
      <Checkbox
        label="The council is a social landlord (in England, tenants' landlord matters go to the Housing Ombudsman)"
        checked={draft.landlord}
        onChange={(_, data) => change({ landlord: data.checked === true })}
      />
      <TextAreaField
        label="How to complain to the Ombudsman"
        hint="Letters about restrictions, reviews and appeals say this (policy section 2.6, item 11)."
        required
        rows={4}
        value={draft.ombudsmanSignposting}
        onChange={(ombudsmanSignposting) => change({ ombudsmanSignposting })}
        error={errorFor(errors, 'ombudsmanSignposting')}
      />
      {standardSignposting !== undefined && standardSignposting !== draft.ombudsmanSignposting ? (
        <div className={form.actions}>
          <Button onClick={props.applyStandardSignposting}>Use the standard wording for this nation</Button>
        </div>
      ) : null}
    </fieldset>
  );
}
