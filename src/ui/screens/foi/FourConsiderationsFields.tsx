import * as React from 'react';
import { TextAreaField } from '../../components/FormFields';
import { useFormStyles } from '../../components/ScreenLayout';
import { GroupMessage } from './FoiFormControls';
import { CONSIDERATION_LABELS, type FoiDraft } from './foiDraft';
import { messageFor } from './foiFieldMessage';
import type { FoiAssessmentFormState } from './useFoiAssessmentForm';

/** The four considerations, with the refusal check's message about them as a group. */
export function FourConsiderationsFields({ state }: { state: FoiAssessmentFormState }): React.ReactElement {
  const { draft, set, errors, issues } = state;
  const formStyles = useFormStyles();
  return (
    <fieldset className={formStyles.fieldset}>
      <legend className={formStyles.legend}>The four considerations</legend>
      <GroupMessage id="foi-considerations-message" message={messageFor([], issues, 'fourConsiderations')} />
      {(Object.keys(CONSIDERATION_LABELS) as (keyof FoiDraft['fourConsiderations'])[]).map((key) => (
        <TextAreaField
          key={key}
          label={CONSIDERATION_LABELS[key]}
          rows={3}
          value={draft.fourConsiderations[key]}
          onChange={(v) => set('fourConsiderations', { ...draft.fourConsiderations, [key]: v })}
          error={messageFor(errors, [], `fourConsiderations.${key}`)}
        />
      ))}
    </fieldset>
  );
}
