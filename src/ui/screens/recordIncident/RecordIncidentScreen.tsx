import * as React from 'react';
import { later } from '../../components/later';
import { Body1, Button } from '@fluentui/react-components';
import { BEHAVIOUR_TAXONOMY, type BehaviourCategoryCode } from '../../../domain';
import { CheckboxGroupField, errorFor } from '../../components/FormFields';
import { ErrorMessage } from '../../components/ErrorMessage';
import { GuidancePanel } from '../../components/GuidancePanel';
import { ScreenLayout, useFormStyles } from '../../components/ScreenLayout';
import type { ScreenProps } from '../../navigation/screenProps';
import { useServiceChoices } from '../../services/councilDetails';
import { CustomerPicker } from './CustomerPicker';
import { EvidenceFields } from './EvidenceFields';
import { ImmediateActionFields } from './ImmediateActionFields';
import { IncidentErrorSummary } from './IncidentErrorSummary';
import { IncidentRecorded } from './IncidentRecorded';
import { IncidentStep } from './IncidentStep';
import { useRecordIncident } from './useRecordIncident';
import { useRecordIncidentFocus } from './useRecordIncidentFocus';
import { WhatHappenedFields } from './WhatHappenedFields';
import { WhenAndWhereFields } from './WhenAndWhereFields';

/** Staff record an incident, with the guidance passage beside each step (spec 5.7, BR-23). */
export default function RecordIncidentScreen(_props: ScreenProps): React.ReactElement {
  const form = useRecordIncident();
  const services = useServiceChoices();
  const styles = useFormStyles();
  const { draft, update, errors } = form;
  const summaryRef = useRecordIncidentFocus(errors, form.state.status === 'saved');

  if (form.state.status === 'saved') {
    return <IncidentRecorded incident={form.state.incident} uploadFailures={form.state.uploadFailures} onRecordAnother={form.reset} />;
  }

  return (
    <ScreenLayout title="Record an incident">
      <Body1>Record what happened as soon as you can. Fields marked with an asterisk (*) are required.</Body1>
      <GuidancePanel context={{ form: 'incident' }} heading="Before you start" />
      <IncidentErrorSummary ref={summaryRef} errors={errors} />
      <form
        className={styles.form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          later(form.submit());
        }}
      >
        <IncidentStep title="Customer" guidance={{}}>
          <CustomerPicker
            person={draft.person}
            newCustomer={draft.newCustomer}
            onPick={(person) => update({ person })}
            onNewCustomer={(newCustomer) => update({ newCustomer, person: undefined })}
            error={errorFor(errors, 'personId')}
            newCustomerErrors={{ given: errorFor(errors, 'newCustomer.given'), family: errorFor(errors, 'newCustomer.family') }}
          />
        </IncidentStep>
        <IncidentStep title="When and where" guidance={{}}>
          <WhenAndWhereFields form={form} services={services} />
        </IncidentStep>
        <IncidentStep title="Type of behaviour" guidance={{ field: 'categories' }}>
          <CheckboxGroupField
            label="Behaviour categories (choose all that apply)"
            required
            values={draft.categories}
            onChange={(values) => update({ categories: values as BehaviourCategoryCode[] })}
            choices={BEHAVIOUR_TAXONOMY.map((c) => ({ value: c.code, label: c.label }))}
            error={errorFor(errors, 'categories')}
          />
        </IncidentStep>
        <IncidentStep title="What was said or done" guidance={{ field: 'narrative' }}>
          <WhatHappenedFields form={form} />
        </IncidentStep>
        <IncidentStep title="What you did at the time" guidance={{ step: 'immediateAction' }}>
          <ImmediateActionFields form={form} />
        </IncidentStep>
        <IncidentStep title="Witnesses and evidence" guidance={{ field: 'witnesses' }}>
          <EvidenceFields form={form} />
        </IncidentStep>
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
