import * as React from 'react';
import { CONTINUITY_ARRANGEMENTS, type ContinuityArrangement } from '../../../domain';
import { CheckboxGroupField, TextAreaField } from '../../components/FormFields';
import { useFormStyles } from '../../components/ScreenLayout';
import type { ProposalDraft } from './proposalDraft';

const CONTINUITY_LABELS: Readonly<Record<ContinuityArrangement, string>> = {
  anotherChannel: 'Another contact channel',
  advocate: 'An advocate',
  writtenUpdates: 'Written updates',
  namedOfficer: 'A named officer',
  other: 'Something else (describe it below)'
};

export interface ContinuityFieldsetProps {
  draft: ProposalDraft;
  onChange(patch: Partial<ProposalDraft>): void;
  fieldError(field: string): string | undefined;
}

/** BR-29: how a person with a statutory role still gets information and takes part. */
export function ContinuityFieldset({ draft, onChange, fieldError }: ContinuityFieldsetProps): React.ReactElement {
  const form = useFormStyles();
  // One message for the plan: beside the arrangements until one is chosen, then beside the description.
  const chosen = draft.continuityArrangements.length > 0;
  return (
    <fieldset className={form.fieldset}>
      <legend className={form.legend}>Continuity plan (the person has a statutory role, BR-29)</legend>
      <CheckboxGroupField
        label="How they will still get information and take part"
        required
        hint="Choose at least one arrangement."
        values={draft.continuityArrangements}
        onChange={(values) => onChange({ continuityArrangements: values as ContinuityArrangement[] })}
        choices={CONTINUITY_ARRANGEMENTS.map((a) => ({ value: a, label: CONTINUITY_LABELS[a] }))}
        error={chosen ? undefined : fieldError('continuityPlan')}
      />
      <TextAreaField
        label="Describe the continuity plan"
        required
        rows={2}
        value={draft.continuity}
        onChange={(continuity) => onChange({ continuity })}
        error={chosen ? fieldError('continuityPlan') : undefined}
      />
    </fieldset>
  );
}
