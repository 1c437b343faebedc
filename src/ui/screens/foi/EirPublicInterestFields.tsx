import * as React from 'react';
import { TextAreaField } from '../../components/FormFields';
import { useFormStyles } from '../../components/ScreenLayout';
import type { FoiSectionProps } from './foiSectionProps';

/** Environmental information only: the public interest test and the presumption in favour of disclosure. */
export function EirPublicInterestFields({ state, onGuidanceFocus }: FoiSectionProps): React.ReactElement {
  const { draft, set, message: msg } = state;
  const formStyles = useFormStyles();
  if (draft.regime !== 'EIR') return <></>;
  return (
    <fieldset className={formStyles.fieldset} onFocus={() => onGuidanceFocus({ field: 'publicInterest' })}>
      <legend className={formStyles.legend}>Environmental information: public interest</legend>
      <TextAreaField
        label="Public interest test"
        hint="The factors for and against disclosure, and how you weighed them (EIR regulation 12(1)(b))."
        required
        value={draft.publicInterestTest}
        onChange={(v) => set('publicInterestTest', v)}
        error={msg('publicInterestTest')}
      />
      <TextAreaField
        label="Presumption in favour of disclosure"
        hint="How you applied the presumption in favour of disclosure (EIR regulation 12(2))."
        required
        value={draft.presumptionInFavourOfDisclosure}
        onChange={(v) => set('presumptionInFavourOfDisclosure', v)}
        error={msg('presumptionInFavourOfDisclosure')}
      />
    </fieldset>
  );
}
