import * as React from 'react';
import { SPOC_CHANNELS, type SpocChannel } from '../../../domain';
import { SelectField, TextAreaField, TextField } from '../../components/FormFields';
import { useFormStyles } from '../../components/ScreenLayout';
import type { ProposalDraft } from './proposalDraft';

export interface SpocFieldsetProps {
  draft: ProposalDraft;
  onChange(patch: Partial<ProposalDraft>): void;
  fieldError(field: string): string | undefined;
  /** The form's own message for the name (it must be given), shown before the domain's. */
  nameError: string | undefined;
}

function channelLabel(channel: SpocChannel): string {
  return channel === 'faceToFace' ? 'Face to face' : channel === 'inbox' ? 'Shared inbox' : channel[0].toUpperCase() + channel.slice(1);
}

/** The single point of contact, who covers for them (BR-31), and how necessary contact still happens. */
export function SpocFieldset({ draft, onChange, fieldError, nameError }: SpocFieldsetProps): React.ReactElement {
  const form = useFormStyles();
  return (
    <fieldset className={form.fieldset}>
      <legend className={form.legend}>Single point of contact and necessary contact</legend>
      <TextField
        label="Single point of contact (name)"
        required
        value={draft.spocName}
        onChange={(spocName) => onChange({ spocName })}
        error={nameError}
      />
      <TextField
        label="Who covers when they are away (name)"
        required
        hint="A different named officer who answers when the single point of contact is on leave or off sick (BR-31)."
        value={draft.spocCover}
        onChange={(spocCover) => onChange({ spocCover })}
        error={fieldError('spoc.cover')}
      />
      <SelectField
        label="How the customer contacts them"
        required
        value={draft.spocChannel}
        onChange={(value) => onChange({ spocChannel: value as SpocChannel })}
        choices={SPOC_CHANNELS.map((c) => ({ value: c, label: channelLabel(c) }))}
      />
      <TextAreaField
        label="How necessary contact will still happen"
        required
        rows={3}
        value={draft.necessaryContact}
        onChange={(necessaryContact) => onChange({ necessaryContact })}
        error={fieldError('necessaryContactArrangements')}
      />
    </fieldset>
  );
}
