import * as React from 'react';
import { Checkbox, Subtitle2 } from '@fluentui/react-components';
import { CONTACT_CHANNEL_KINDS, type ContactChannelKind, type FoiRegime, type TransitionError } from '../../../domain';
import { errorFor, SelectField, TextAreaField } from '../../components/FormFields';
import { CaseActionForm } from '../shared/CaseActionForm';
import { CONTACT_LABELS, INFORMATION_REQUEST_CHOICES } from './monitoringLabels';
import type { ContactDraftState, ContactFlag } from './useContactDraft';

function FlagCheckbox({ draft, flag, label }: { draft: ContactDraftState; flag: ContactFlag; label: string }): React.ReactElement {
  return <Checkbox label={label} checked={draft.contact[flag]} onChange={(_, d) => draft.setFlag(flag, d.checked === true)} />;
}

export interface ContactFormProps {
  draft: ContactDraftState;
  refusal: TransitionError | undefined;
  saving: boolean;
  onLog(): Promise<void>;
}

/** Logs one contact from the person during the monitoring period, with its flags (BR-14, BR-16). */
export function ContactForm({ draft, refusal, saving, onLog }: ContactFormProps): React.ReactElement {
  const { contact, errors } = draft;
  return (
    <CaseActionForm
      onSubmit={onLog}
      refusal={refusal}
      submitLabel="Log contact"
      disabled={saving}
      notices={draft.logged ? <p role="status">Contact logged.</p> : null}
    >
      <Subtitle2 as="h3">Log a contact</Subtitle2>
      <SelectField
        label="How the person made contact"
        required
        placeholder="Choose a channel"
        value={contact.channel}
        onChange={(value) => draft.update({ channel: value as ContactChannelKind | '' })}
        choices={CONTACT_CHANNEL_KINDS.map((c) => ({ value: c, label: CONTACT_LABELS[c] }))}
        error={errorFor(errors, 'channel')}
      />
      <TextAreaField
        label="Summary"
        required
        rows={3}
        hint="Write factually: the person can ask to read this."
        value={contact.summary}
        onChange={(summary) => draft.update({ summary })}
        error={errorFor(errors, 'summary')}
      />
      <FlagCheckbox draft={draft} flag="viaSpoc" label="Came through the single point of contact" />
      <FlagCheckbox draft={draft} flag="newIssue" label="Raises a new issue (deal with it on its merits)" />
      <FlagCheckbox draft={draft} flag="safeguardingConcern" label="Raises a safeguarding concern" />
      <SelectField
        label="Is it a request for information?"
        placeholder="No"
        value={contact.informationRequest}
        onChange={(value) => draft.update({ informationRequest: value as FoiRegime | '' })}
        choices={INFORMATION_REQUEST_CHOICES}
        hint="A request for information goes to the FOI officer, who deals with it on its own. A contact restriction is never a reason to refuse it (BR-16)."
      />
      <FlagCheckbox draft={draft} flag="breachOfRestriction" label="Breaks the expectations in the letter" />
    </CaseActionForm>
  );
}
