import * as React from 'react';
import { Body1, Button, MessageBar, MessageBarBody, MessageBarTitle, Subtitle1 } from '@fluentui/react-components';
import { ErrorMessage } from '../../components/ErrorMessage';
import { errorFor, TextField } from '../../components/FormFields';
import { GuidancePanel } from '../../components/GuidancePanel';
import { useFormStyles } from '../../components/ScreenLayout';
import { ReferralPersonFieldset } from './ReferralPersonFieldset';
import { ReferralStepsFieldsets } from './ReferralStepsFieldsets';
import { useMemberReferralForm } from './useMemberReferralForm';

function ReferralSent({ onStartAnother }: { onStartAnother(): void }): React.ReactElement {
  return (
    <MessageBar intent="success" layout="multiline" role="status">
      <MessageBarBody>
        <MessageBarTitle>Your referral has been sent to the Monitoring Officer</MessageBarTitle>
        The Monitoring Officer will review it with senior officers and tell you what happens next.{' '}
        <Button onClick={onStartAnother}>Make another referral</Button>
      </MessageBarBody>
    </MessageBar>
  );
}

function ReferralProblemCount({ count }: { count: number }): React.ReactElement {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Check the referral</MessageBarTitle>
        {count === 1 ? 'One thing needs your attention below.' : `${count} things need your attention below.`}
      </MessageBarBody>
    </MessageBar>
  );
}

/** The councillors' referral form (BR-26) with the referral guidance beside it. */
export function MemberReferralFormView(): React.ReactElement {
  const form = useMemberReferralForm();
  const styles = useFormStyles();
  const { fields, set, errors } = form;
  if (!form.allowed) {
    return <Body1>The referral form is for councillors and group leaders.</Body1>;
  }
  if (form.submission.status === 'saved') return <ReferralSent onStartAnother={form.startAnother} />;
  return (
    <div className={styles.step}>
      <form
        className={styles.form}
        noValidate
        aria-labelledby="member-referral-title"
        onSubmit={(event) => {
          event.preventDefault();
          form.submit().catch(() => undefined);
        }}
      >
        <Subtitle1 as="h3" id="member-referral-title">
          Refer someone to the Monitoring Officer
        </Subtitle1>
        {errors.length > 0 ? <ReferralProblemCount count={errors.length} /> : null}
        <ReferralPersonFieldset fields={fields} set={set} errors={errors} />
        <ReferralStepsFieldsets fields={fields} set={set} errors={errors} />
        <TextField
          label="Date of referral"
          type="date"
          required
          value={fields.referredToMonitoringOfficerOn}
          onChange={(value) => set('referredToMonitoringOfficerOn', value)}
          error={errorFor(errors, 'referredToMonitoringOfficerOn')}
        />
        {form.submission.status === 'failed' ? <ErrorMessage error={form.submission.error} title="Your referral was not sent" /> : null}
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={form.submission.status === 'saving'}>
            Send the referral
          </Button>
        </div>
      </form>
      <GuidancePanel context={{ form: 'memberReferral', audience: 'member' }} heading="Guidance: making a referral" />
    </div>
  );
}
