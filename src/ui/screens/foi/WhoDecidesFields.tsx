import * as React from 'react';
import { PersonPicker } from '../../components/PersonPicker';
import { useFormStyles } from '../../components/ScreenLayout';
import { CheckField } from './FoiFormControls';
import type { FoiSectionProps } from './foiSectionProps';

/** Who handles the request and who decides it (BR-17: a decision-maker other than the handler, or a senior review). */
export function WhoDecidesFields({ state, onGuidanceFocus }: FoiSectionProps): React.ReactElement {
  const { draft, set, message: msg } = state;
  const formStyles = useFormStyles();
  return (
    <fieldset className={formStyles.fieldset} onFocus={() => onGuidanceFocus({ field: 'decisionMaker' })}>
      <legend className={formStyles.legend}>Who decides</legend>
      <PersonPicker
        label="Request handler"
        hint="Prefilled with you. Type a name to choose someone else; their staff user id is what is recorded."
        required
        value={draft.handlerId}
        onChange={(v) => set('handlerId', v)}
        error={msg('handlerId')}
      />
      <CheckField
        label="The handler has been heavily involved with the requester"
        checked={draft.handlerHeavilyInvolved}
        onChange={(v) => set('handlerHeavilyInvolved', v)}
        error={msg('handlerHeavilyInvolved')}
      />
      <PersonPicker
        label="Decision-maker"
        hint="Type their name and choose them. Someone other than the handler, at an appropriate level."
        value={draft.decisionMakerId}
        onChange={(v) => set('decisionMakerId', v)}
        error={msg('decisionMakerId')}
      />
      <PersonPicker
        label="Senior review by (if the handler decided)"
        hint="Type the name of the more senior colleague who took an objective look, and choose them."
        value={draft.seniorReviewBy}
        onChange={(v) => set('seniorReviewBy', v)}
        error={msg('seniorReviewBy')}
      />
    </fieldset>
  );
}
