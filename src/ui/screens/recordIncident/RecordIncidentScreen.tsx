import * as React from 'react';
import { later } from '../../components/later';
import { Body1, Button, Checkbox, Field, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import {
  BEHAVIOUR_TAXONOMY,
  IMMEDIATE_ACTIONS,
  INCIDENT_CHANNELS,
  type ImmediateAction,
  type IncidentChannel,
  type BehaviourCategoryCode
} from '../../../domain';
import { WRITE_FACTUALLY_HINT } from '../../../domain/guidance';
import { CheckboxGroupField, errorFor, SelectField, TextAreaField, TextField } from '../../components/FormFields';
import { ErrorMessage } from '../../components/ErrorMessage';
import { GuidancePanel } from '../../components/GuidancePanel';
import { ScreenLayout, useFormStyles } from '../../components/ScreenLayout';
import { DateText } from '../../components/DateText';
import { useNavigation } from '../../shell/navigation';
import type { ScreenProps } from '../../shell/routes';
import { CHANNEL_LABELS, IMMEDIATE_ACTION_LABELS } from '../shared/labels';
import { CustomerPicker } from './CustomerPicker';
import { useServiceChoices } from '../../services/councilDetails';
import { useRecordIncident } from './useRecordIncident';
import { WitnessList } from './WitnessList';

/** Staff record an incident, with the guidance passage beside each step (spec 5.7, BR-23). */
export default function RecordIncidentScreen(_props: ScreenProps): React.ReactElement {
  const form = useRecordIncident();
  const services = useServiceChoices();
  const { navigate } = useNavigation();
  const styles = useFormStyles();
  const { draft, update, errors } = form;
  const summaryRef = React.useRef<HTMLDivElement>(null);

  React.useEffect(() => {
    if (errors.length > 0) summaryRef.current?.focus();
  }, [errors]);

  // Sending replaces the form with the confirmation (and "Record another" the reverse): the
  // focused button is gone, so move focus to the new heading rather than lose it to <body>.
  const saved = form.state.status === 'saved';
  const firstRender = React.useRef(true);
  React.useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.getElementById('screen-title')?.focus();
  }, [saved]);

  if (form.state.status === 'saved') {
    const { incident, uploadFailures } = form.state;
    return (
      <ScreenLayout title="Incident recorded">
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Thank you. Your report has been sent to your line manager.</MessageBarTitle>
            You recorded an incident on <DateText value={incident.occurredAt} withTime />. Your line manager decides what happens next.
            Staff do not apply sanctions.
          </MessageBarBody>
        </MessageBar>
        {uploadFailures.length > 0 ? (
          <ErrorMessage
            title="Some files were not attached"
            error={`These files did not upload: ${uploadFailures.join(', ')}. Send them to your line manager.`}
          />
        ) : null}
        <div className={styles.actions}>
          <Button appearance="primary" onClick={() => navigate('my-reports')}>
            See my reports
          </Button>
          <Button onClick={form.reset}>Record another incident</Button>
        </div>
      </ScreenLayout>
    );
  }

  const step = (title: string, guidance: { step?: string; field?: string }, children: React.ReactNode): React.ReactElement => (
    <div className={styles.step}>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{title}</legend>
        {children}
      </fieldset>
      <GuidancePanel context={{ form: 'incident', ...guidance }} heading={`Guidance: ${title.toLowerCase()}`} />
    </div>
  );

  return (
    <ScreenLayout title="Record an incident">
      <Body1>Record what happened as soon as you can. Fields marked with an asterisk (*) are required.</Body1>
      <GuidancePanel context={{ form: 'incident' }} heading="Before you start" />
      {errors.length > 0 ? (
        <div ref={summaryRef} tabIndex={-1}>
          <MessageBar intent="error" layout="multiline" role="alert">
            <MessageBarBody>
              <MessageBarTitle>
                Check the form: {errors.length === 1 ? 'there is 1 problem' : `there are ${errors.length} problems`}
              </MessageBarTitle>
              <ul>
                {errors.map((error) => (
                  <li key={`${error.field}:${error.message}`}>{error.message}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        </div>
      ) : null}
      <form
        className={styles.form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          later(form.submit());
        }}
      >
        {step(
          'Customer',
          {},
          <CustomerPicker
            person={draft.person}
            newCustomer={draft.newCustomer}
            onPick={(person) => update({ person })}
            onNewCustomer={(newCustomer) => update({ newCustomer, person: undefined })}
            error={errorFor(errors, 'personId')}
            newCustomerErrors={{ given: errorFor(errors, 'newCustomer.given'), family: errorFor(errors, 'newCustomer.family') }}
          />
        )}
        {step(
          'When and where',
          {},
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
        )}
        {step(
          'Type of behaviour',
          { field: 'categories' },
          <CheckboxGroupField
            label="Behaviour categories (choose all that apply)"
            required
            values={draft.categories}
            onChange={(values) => update({ categories: values as BehaviourCategoryCode[] })}
            choices={BEHAVIOUR_TAXONOMY.map((c) => ({ value: c.code, label: c.label }))}
            error={errorFor(errors, 'categories')}
          />
        )}
        {step(
          'What was said or done',
          { field: 'narrative' },
          <>
            <TextAreaField
              label="What happened"
              required
              hint={WRITE_FACTUALLY_HINT}
              rows={6}
              value={draft.narrative}
              onChange={(narrative) => update({ narrative })}
              error={errorFor(errors, 'narrative')}
            />
            {form.wording.length > 0 ? (
              <MessageBar intent="info" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>Check your wording (BR-23)</MessageBarTitle>
                  <ul>
                    {form.wording.map((advice) => (
                      <li key={advice.found}>
                        “{advice.found}”: {advice.advice}
                      </li>
                    ))}
                  </ul>
                </MessageBarBody>
              </MessageBar>
            ) : null}
          </>
        )}
        {step(
          'What you did at the time',
          { step: 'immediateAction' },
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
        )}
        {step(
          'Witnesses and evidence',
          { field: 'witnesses' },
          <>
            <WitnessList
              witnesses={draft.witnesses}
              onChange={(witnesses) => update({ witnesses })}
              error={errorFor(errors, 'witnesses')}
            />
            <Field
              label="Attach files (optional)"
              hint="Screenshots, emails or photos. Each file is attached to this report only."
              validationMessage={errorFor(errors, 'files')}
              validationState={errorFor(errors, 'files') ? 'error' : 'none'}
            >
              {(fieldProps) => (
                <input {...fieldProps} type="file" multiple onChange={(event) => update({ files: Array.from(event.target.files ?? []) })} />
              )}
            </Field>
          </>
        )}
        {form.state.status === 'failed' ? <ErrorMessage error={form.state.error} title="Your report was not sent" /> : null}
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={form.state.status === 'saving'}>
            {form.state.status === 'saving' ? 'Sending…' : 'Send report to my line manager'}
          </Button>
        </div>
      </form>
    </ScreenLayout>
  );
}
