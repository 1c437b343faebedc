import * as React from 'react';
import { FOI_GROUNDS, type FoiGround } from '../../../domain';
import { SelectField, TextField } from '../../components/FormFields';
import { useFormStyles } from '../../components/ScreenLayout';
import { FourConsiderationsFields } from './FourConsiderationsFields';
import { CheckField } from './FoiFormControls';
import { GROUND_LABELS, type FoiDraft } from './foiDraft';
import type { FoiSectionProps } from './foiSectionProps';
import { IcoIndicatorFields } from './IcoIndicatorFields';

/** The assessment: the ground relied on (with the BR-16 prompt), the ICO indicators and the four considerations. */
export function FoiGroundFields({ state, onGuidanceFocus }: FoiSectionProps): React.ReactElement {
  const { draft, set, message: msg } = state;
  const formStyles = useFormStyles();
  return (
    <fieldset className={formStyles.fieldset} onFocus={() => onGuidanceFocus({ step: 'ground' })}>
      <legend className={formStyles.legend}>Ground relied on</legend>
      <CheckField
        label="Someone has suggested refusing because the requester has a customer case management restriction"
        hint="Tick this if it has been raised, so the record shows it was set aside."
        checked={draft.ccmRestrictionCited}
        onChange={(v) => set('ccmRestrictionCited', v)}
      />
      <SelectField
        label="Ground for refusal"
        placeholder="No ground chosen (not refused)"
        value={draft.ground}
        onChange={(v) => set('ground', v as FoiDraft['ground'])}
        choices={FOI_GROUNDS.map((ground: FoiGround) => ({ value: ground, label: GROUND_LABELS[ground] }))}
        error={msg('ground')}
      />
      {draft.ground === 's14_2' ? (
        <TextField
          label="Earlier request and its answer"
          hint="The reference of the earlier request, and whether we gave the information or said we do not hold it."
          required
          value={draft.earlierRequestReference}
          onChange={(v) => set('earlierRequestReference', v)}
          error={msg('earlierRequestReference')}
        />
      ) : null}
      <IcoIndicatorFields state={state} />
      <FourConsiderationsFields state={state} />
    </fieldset>
  );
}
