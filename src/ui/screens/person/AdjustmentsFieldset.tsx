import * as React from 'react';
import { ADJUSTMENT_KIND_LABELS, ADJUSTMENT_KINDS, type IsoDate } from '../../../domain';
import { errorFor, SelectField, TextAreaField, TextField } from '../../components/FormFields';
import { YES_NO_CHOICES, type AdjustmentDraft, type GroupProps, type YesNo } from './personDraft';
import { RepeatingGroup } from './RepeatingGroup';

/** Reasonable adjustments and communication needs (Equality Act 2010; BR-13, BR-31). */
export function AdjustmentsFieldset({
  items,
  onChange,
  errors,
  today
}: GroupProps<AdjustmentDraft> & { today: IsoDate }): React.ReactElement {
  const field = (index: number, name: keyof AdjustmentDraft): string | undefined =>
    errorFor(errors, `reasonableAdjustments[${index}].${name}`);
  return (
    <RepeatingGroup<AdjustmentDraft>
      legend="Reasonable adjustments and communication needs"
      hint="A restriction that clashes with one of these shows a warning when a sanction is proposed (BR-13), and the single point of contact's channel is checked against the communication needs (BR-31). Health and disability details are special category data: record only what the council needs to act on."
      itemLabel={(i) => `Reasonable adjustment ${i + 1}`}
      addLabel="Add a reasonable adjustment"
      emptyText="No reasonable adjustments recorded."
      items={items}
      onChange={onChange}
      newItem={() => ({ kind: '', description: '', communicationNeed: '', recordedOn: today })}
      renderItem={(adjustment, index, replace) => (
        <>
          <SelectField
            label="Kind of adjustment"
            required
            placeholder="Choose a kind"
            value={adjustment.kind}
            onChange={(kind) => replace({ ...adjustment, kind })}
            choices={ADJUSTMENT_KINDS.map((kind) => ({ value: kind, label: ADJUSTMENT_KIND_LABELS[kind] }))}
            error={field(index, 'kind')}
          />
          <TextAreaField
            label="What the adjustment is"
            required
            rows={2}
            value={adjustment.description}
            onChange={(description) => replace({ ...adjustment, description })}
            error={field(index, 'description')}
          />
          <SelectField
            label="Is it a communication need?"
            hint="How the council talks or writes to them."
            required
            placeholder="Choose yes or no"
            value={adjustment.communicationNeed}
            onChange={(value) => replace({ ...adjustment, communicationNeed: value as YesNo })}
            choices={YES_NO_CHOICES}
            error={field(index, 'communicationNeed')}
          />
          <TextField
            label="Recorded on"
            type="date"
            required
            value={adjustment.recordedOn}
            onChange={(recordedOn) => replace({ ...adjustment, recordedOn })}
            error={field(index, 'recordedOn')}
          />
        </>
      )}
    />
  );
}
