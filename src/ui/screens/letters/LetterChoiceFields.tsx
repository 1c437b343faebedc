import * as React from 'react';
import {
  FOI_REGIMES,
  LETTER_CHANNELS,
  REVIEW_OUTCOMES,
  type FoiRegime,
  type LetterChannel,
  type LetterType,
  type ReviewOutcome
} from '../../../domain';
import { LETTER_TYPE_LABELS } from '../../../domain/letters';
import { SelectField, TextField } from '../../components/FormFields';
import { useFormStyles } from '../../components/ScreenLayout';
import { LETTER_CHANNEL_LABELS } from './letterChannelLabels';
import type { LettersScreenState } from './useLettersScreen';

const REVIEW_OUTCOME_LABELS: Readonly<Record<ReviewOutcome, string>> = {
  Continue: 'The restriction continues',
  Amend: 'The restriction changes',
  Lift: 'The restriction is lifted'
};

const REGIME_LABELS: Readonly<Record<FoiRegime, string>> = {
  FOIA: 'Freedom of Information Act',
  EIR: 'Environmental Information Regulations'
};

/** Which letter: its type (with the review's result or the FOI law where the type needs one), how it goes, our reference. */
export function LetterChoiceFields({ state }: { state: LettersScreenState }): React.ReactElement {
  const formStyles = useFormStyles();
  return (
    <fieldset className={formStyles.fieldset}>
      <legend className={formStyles.legend}>Letter</legend>
      <SelectField
        label="Type of letter"
        value={state.type ?? ''}
        onChange={(value) => state.setType(value as LetterType)}
        choices={state.allowedTypes.map((type) => ({ value: type, label: LETTER_TYPE_LABELS[type] }))}
      />
      {state.type === 'ReviewOutcome' ? (
        <SelectField
          label="Result of the review"
          value={state.reviewOutcome}
          placeholder="Choose the result"
          onChange={(value) => state.setReviewOutcome(value as ReviewOutcome | '')}
          choices={REVIEW_OUTCOMES.map((outcome) => ({ value: outcome, label: REVIEW_OUTCOME_LABELS[outcome] }))}
        />
      ) : null}
      {state.type === 'FoiRefusal' ? (
        <SelectField
          label="Law the request was made under"
          value={state.regime}
          placeholder="Choose the law"
          onChange={(value) => state.setRegime(value as FoiRegime | '')}
          choices={FOI_REGIMES.map((regime) => ({ value: regime, label: REGIME_LABELS[regime] }))}
        />
      ) : null}
      <SelectField
        label="How it will be sent"
        value={state.channel}
        onChange={(value) => state.setChannel(value as LetterChannel)}
        choices={LETTER_CHANNELS.map((channel) => ({ value: channel, label: LETTER_CHANNEL_LABELS[channel] }))}
      />
      <TextField
        label="Our reference"
        required
        value={state.reference}
        onChange={state.setReference}
        error={state.detailErrors.reference}
      />
    </fieldset>
  );
}
