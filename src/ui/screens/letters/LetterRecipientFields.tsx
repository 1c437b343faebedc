import * as React from 'react';
import { TextAreaField, TextField } from '../../components/FormFields';
import { useFormStyles } from '../../components/ScreenLayout';
import type { LettersScreenState } from './useLettersScreen';

/** Who the letter is to: name, postal address and greeting. */
export function LetterRecipientFields({ state }: { state: LettersScreenState }): React.ReactElement {
  const formStyles = useFormStyles();
  return (
    <fieldset className={formStyles.fieldset}>
      <legend className={formStyles.legend}>Who it is to</legend>
      <TextField
        label="Their name"
        required
        autoComplete="off"
        value={state.recipientName}
        onChange={state.setRecipientName}
        error={state.detailErrors.recipientName}
      />
      <TextAreaField
        label="Postal address"
        hint="One line per line. Leave blank for email."
        value={state.recipientAddress}
        onChange={state.setRecipientAddress}
        rows={3}
      />
      <TextField
        label="Greeting"
        hint="Their full name, without a title, unless you know how they like to be addressed."
        value={state.salutation}
        onChange={state.setSalutation}
      />
    </fieldset>
  );
}
