import * as React from 'react';
import { TextField } from '../../components/FormFields';
import { useFormStyles } from '../../components/ScreenLayout';
import type { LettersScreenState } from './useLettersScreen';

/** Who signs the letter: name and job title. */
export function LetterSignatoryFields({ state }: { state: LettersScreenState }): React.ReactElement {
  const formStyles = useFormStyles();
  return (
    <fieldset className={formStyles.fieldset}>
      <legend className={formStyles.legend}>Signed by</legend>
      <TextField
        label="Name of the officer signing"
        required
        value={state.signatoryName}
        onChange={state.setSignatoryName}
        error={state.detailErrors.signatoryName}
      />
      <TextField
        label="Their job title"
        required
        value={state.signatoryJobTitle}
        onChange={state.setSignatoryJobTitle}
        error={state.detailErrors.signatoryJobTitle}
      />
    </fieldset>
  );
}
