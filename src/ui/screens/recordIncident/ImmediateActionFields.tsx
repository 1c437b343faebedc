import * as React from 'react';
import { Checkbox } from '@fluentui/react-components';
import { IMMEDIATE_ACTIONS, type ImmediateAction } from '../../../domain';
import { errorFor, SelectField, TextField } from '../../components/FormFields';
import { IMMEDIATE_ACTION_LABELS } from '../shared/labels';
import type { RecordIncidentState } from './useRecordIncident';

/** What the officer did at the time, any police reference, and whether it is a health and safety matter. */
export function ImmediateActionFields({ form }: { form: RecordIncidentState }): React.ReactElement {
  const { draft, update, errors } = form;
  return (
    <>
      <SelectField
        label="Immediate protective action"
        required
        placeholder="Choose what you did"
        value={draft.immediateAction}
        onChange={(value) => update({ immediateAction: value as ImmediateAction | '' })}
        choices={IMMEDIATE_ACTIONS.map((a) => ({ value: a, label: IMMEDIATE_ACTION_LABELS[a] }))}
        error={errorFor(errors, 'immediateAction')}
      />
      {draft.immediateAction !== '' && draft.immediateAction !== 'none' ? (
        <TextField
          label="Details of what you did"
          required={draft.immediateAction === 'other'}
          value={draft.immediateActionDetail}
          onChange={(immediateActionDetail) => update({ immediateActionDetail })}
          error={errorFor(errors, 'immediateActionDetail')}
        />
      ) : null}
      <TextField
        label="Police reference (if the police were involved)"
        value={draft.policeReference}
        maxLength={64}
        onChange={(policeReference) => update({ policeReference })}
        error={errorFor(errors, 'policeReference')}
      />
      <Checkbox
        label="This is a health and safety matter (for example, someone was hurt or threatened with violence)"
        checked={draft.healthAndSafetyFlag}
        onChange={(_, data) => update({ healthAndSafetyFlag: data.checked === true })}
      />
    </>
  );
}
