import * as React from 'react';
import { Subtitle2 } from '@fluentui/react-components';
import { LETTER_CHANNELS, type LetterChannel, type TransitionError } from '../../../domain';
import { LETTER_ITEM_DEFINITIONS } from '../../../domain/letters';
import { SelectField, TextAreaField, TextField } from '../../components/FormFields';
import { CaseActionForm } from '../shared/CaseActionForm';
import { LETTER_CHANNEL_LABELS } from './monitoringLabels';
import type { MonitoringLetterDraft } from './useMonitoringLetterDraft';

export interface MonitoringLetterFormProps {
  letter: MonitoringLetterDraft;
  refusal: TransitionError | undefined;
  saving: boolean;
  onSend(): Promise<void>;
}

/** Records the monitoring (warning) letter as sent, once every required part is written (BR-06). */
export function MonitoringLetterForm({ letter, refusal, saving, onSend }: MonitoringLetterFormProps): React.ReactElement {
  return (
    <CaseActionForm onSubmit={onSend} refusal={refusal} submitLabel="Record the letter as sent" disabled={saving}>
      <Subtitle2 as="h3">Send the monitoring letter</Subtitle2>
      <p>
        Write the letter (the Letters screen produces the Word document), then record what it says and when it was sent. It cannot be
        recorded until every required part is present.
      </p>
      {letter.items.map((item) => (
        <TextAreaField
          key={item}
          label={LETTER_ITEM_DEFINITIONS[item].label}
          hint={LETTER_ITEM_DEFINITIONS[item].hint}
          required
          rows={2}
          value={letter.fields[item] ?? ''}
          onChange={(value) => letter.setField(item, value)}
        />
      ))}
      <SelectField
        label="Sent by"
        required
        value={letter.letterChannel}
        onChange={(value) => letter.setLetterChannel(value as LetterChannel)}
        choices={LETTER_CHANNELS.map((c) => ({ value: c, label: LETTER_CHANNEL_LABELS[c] }))}
      />
      <TextField label="Date sent" type="date" required value={letter.sentOn} onChange={letter.setSentOn} />
    </CaseActionForm>
  );
}
