import * as React from 'react';
import { Button } from '@fluentui/react-components';
import { OMBUDSMAN_REMEDY_KINDS, OMBUDSMAN_REMEDY_LABELS, type OmbudsmanRemedyKind } from '../../../../domain';
import { SelectField, TextField } from '../../../components/FormFields';

/** One remedy as the officer records it. */
export interface RemedyDraft {
  kind: OmbudsmanRemedyKind;
  detail: string;
  dueBy: string;
}

export interface RemediesFieldsetProps {
  remedies: readonly RemedyDraft[];
  change(index: number, patch: Partial<RemedyDraft>): void;
  add(): void;
}

/** The remedies the Ombudsman ordered: what, and by when; each becomes a task for the case officer. */
export function RemediesFieldset({ remedies, change, add }: RemediesFieldsetProps): React.ReactElement {
  return (
    <fieldset>
      <legend>Remedies the Ombudsman ordered</legend>
      {remedies.map((remedy, index) => (
        <div key={index}>
          <SelectField
            label={`Remedy ${index + 1}`}
            required
            value={remedy.kind}
            onChange={(value) => change(index, { kind: value as OmbudsmanRemedyKind })}
            choices={OMBUDSMAN_REMEDY_KINDS.map((k) => ({ value: k, label: OMBUDSMAN_REMEDY_LABELS[k] }))}
          />
          <TextField
            label={`Remedy ${index + 1}: what the council must do`}
            required
            value={remedy.detail}
            onChange={(detail) => change(index, { detail })}
          />
          <TextField
            label={`Remedy ${index + 1}: to be done by`}
            type="date"
            required
            value={remedy.dueBy}
            onChange={(dueBy) => change(index, { dueBy })}
          />
        </div>
      ))}
      <Button appearance="secondary" onClick={add}>
        Add another remedy
      </Button>
    </fieldset>
  );
}
