import * as React from 'react';
import { INCIDENT_CHANNELS, type IncidentChannel } from '../../../domain';
import { errorFor, SelectField, TextField } from '../../components/FormFields';
import { CHANNEL_LABELS } from '../shared/labels';
import type { RecordIncidentState } from './useRecordIncident';

/** When it happened (UK clock time), in which service and through which channel. */
export function WhenAndWhereFields({
  form,
  services
}: {
  form: RecordIncidentState;
  /** The council's services (read once by the screen, so recording another does not read them again). */
  services: readonly string[];
}): React.ReactElement {
  const { draft, update, errors } = form;
  return (
    <>
      <TextField
        label="Date"
        type="date"
        required
        value={draft.date}
        onChange={(date) => update({ date })}
        error={errorFor(errors, 'occurredAt')}
      />
      <TextField label="Time" type="time" required value={draft.time} onChange={(time) => update({ time })} />
      <SelectField
        label="Service"
        required
        placeholder="Choose the service"
        value={draft.service}
        onChange={(service) => update({ service })}
        choices={services.map((s) => ({ value: s, label: s }))}
        error={errorFor(errors, 'service')}
      />
      <SelectField
        label="How the contact happened"
        required
        placeholder="Choose a channel"
        value={draft.channel}
        onChange={(channel) => update({ channel: channel as IncidentChannel | '' })}
        choices={INCIDENT_CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }))}
        error={errorFor(errors, 'channel')}
      />
    </>
  );
}
