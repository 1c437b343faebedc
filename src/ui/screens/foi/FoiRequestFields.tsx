import * as React from 'react';
import { Body1 } from '@fluentui/react-components';
import { FOI_REGIMES, type FoiRegime } from '../../../domain';
import { SelectField, TextField } from '../../components/FormFields';
import { useFormStyles } from '../../components/ScreenLayout';
import { ClarificationPauseFields } from './ClarificationPauseFields';
import { REGIME_LABELS, type FoiDraft } from './foiDraft';
import type { FoiSectionProps } from './foiSectionProps';
import { useFoiAssessmentFormStyles } from './useFoiAssessmentFormStyles';

/** The request: its reference, regime, date received, optional links, and clarification pauses. */
export function FoiRequestFields({ state, onGuidanceFocus }: FoiSectionProps): React.ReactElement {
  const { draft, set, message: msg } = state;
  const formStyles = useFormStyles();
  const styles = useFoiAssessmentFormStyles();
  return (
    <fieldset className={formStyles.fieldset} onFocus={() => onGuidanceFocus({})}>
      <legend className={formStyles.legend}>The request</legend>
      {state.isNew ? (
        <TextField
          label="Request reference"
          hint="The FOI or EIR reference, for example FOI-2026-0412."
          required
          value={draft.reference}
          onChange={(v) => set('reference', v)}
          error={msg('reference')}
          maxLength={255}
        />
      ) : (
        <Body1>
          Request reference: <span className={styles.readOnlyValue}>{draft.reference}</span>
        </Body1>
      )}
      <SelectField
        label="Regime"
        required
        placeholder="Choose FOIA or EIR"
        value={draft.regime}
        onChange={(v) => set('regime', v as FoiDraft['regime'])}
        choices={FOI_REGIMES.map((regime: FoiRegime) => ({ value: regime, label: REGIME_LABELS[regime] }))}
        error={msg('regime')}
      />
      <TextField
        label="Date the request was received"
        type="date"
        required
        value={draft.receivedOn}
        onChange={(v) => set('receivedOn', v)}
        error={msg('receivedOn') ?? msg('statutoryDueDate')}
      />
      <TextField
        label="Requester's person record (optional)"
        hint="Link the requester's person record if there is one. It is the request, not the requester, that is assessed."
        value={draft.personId}
        onChange={(v) => set('personId', v)}
        error={msg('personId')}
      />
      <TextField
        label="Linked customer case management reference (optional)"
        hint="A reference only. This screen never shows case details."
        value={draft.linkedCaseId}
        onChange={(v) => set('linkedCaseId', v)}
        error={msg('linkedCaseId')}
      />
      <ClarificationPauseFields state={state} />
    </fieldset>
  );
}
