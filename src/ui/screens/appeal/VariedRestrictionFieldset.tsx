import * as React from 'react';
import { SANCTION_CATALOGUE, type Sanction } from '../../../domain';
import { CheckboxGroupField, TextField } from '../../components/FormFields';
import { useFormStyles } from '../../components/ScreenLayout';
import type { VaryDraft } from './appealDecision';

export interface VariedRestrictionFieldsetProps {
  sanction: Sanction;
  varied: VaryDraft;
  onChange(varied: VaryDraft): void;
  errorOf(field: string): string | undefined;
}

/** BR-12: the restrictions that stay and the new dates, when the appeal varies the restriction. */
export function VariedRestrictionFieldset({ sanction, varied, onChange, errorOf }: VariedRestrictionFieldsetProps): React.ReactElement {
  const form = useFormStyles();
  return (
    <fieldset className={form.fieldset}>
      <legend className={form.legend}>The varied restriction</legend>
      <CheckboxGroupField
        label="Restrictions that stay"
        required
        hint="Untick any restriction the appeal removes."
        values={varied.keep}
        onChange={(keep) => onChange({ ...varied, keep })}
        choices={sanction.restrictions.map((r) => ({ value: r.type, label: `${r.type}: ${SANCTION_CATALOGUE[r.type].label}` }))}
        error={errorOf('keep')}
      />
      <TextField
        label="End date of the varied restriction"
        type="date"
        required
        value={varied.endDate}
        onChange={(endDate) => onChange({ ...varied, endDate })}
        error={errorOf('endDate')}
      />
      <TextField
        label="Review date of the varied restriction"
        type="date"
        required
        value={varied.reviewDate}
        onChange={(reviewDate) => onChange({ ...varied, reviewDate })}
        error={errorOf('reviewDate')}
      />
    </fieldset>
  );
}
