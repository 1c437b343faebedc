import * as React from 'react';
import { Body1, Button, Checkbox, MessageBar, MessageBarBody, MessageBarTitle, Subtitle1 } from '@fluentui/react-components';
import { ErrorMessage } from '../../components/ErrorMessage';
import { errorFor, TextAreaField, TextField } from '../../components/FormFields';
import { GuidancePanel } from '../../components/GuidancePanel';
import { useFormStyles } from '../../components/ScreenLayout';
import { useMemberReferralForm } from './useMemberReferralForm';

/** The councillors' referral form (BR-26) with the referral guidance beside it. */
export function MemberReferralFormView(): React.ReactElement {
  const form = useMemberReferralForm();
  const styles = useFormStyles();
  const { fields, set, errors } = form;
  if (!form.allowed) {
    return <Body1>The referral form is for councillors and group leaders.</Body1>;
  }
  if (form.submission.status === 'saved') {
    return (
      <MessageBar intent="success" layout="multiline" role="status">
        <MessageBarBody>
          <MessageBarTitle>Your referral has been sent to the Monitoring Officer</MessageBarTitle>
          The Monitoring Officer will review it with senior officers and tell you what happens next.{' '}
          <Button onClick={form.startAnother}>Make another referral</Button>
        </MessageBarBody>
      </MessageBar>
    );
  }
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
        {errors.length > 0 ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Check the referral</MessageBarTitle>
              {errors.length === 1 ? 'One thing needs your attention below.' : `${errors.length} things need your attention below.`}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>The person</legend>
          <TextField
            label="Their name"
            required
            value={fields.personName}
            onChange={(value) => set('personName', value)}
            error={errorFor(errors, 'personName')}
            autoComplete="off"
          />
          <TextAreaField
            label="Their contact details"
            required
            value={fields.personContactDetails}
            onChange={(value) => set('personContactDetails', value)}
            error={errorFor(errors, 'personContactDetails')}
            rows={2}
          />
          <TextAreaField
            label="What has happened"
            hint="How often they have contacted you, how, and what they said or did. Keep to facts: they may see this."
            required
            value={fields.accountOfContacts}
            onChange={(value) => set('accountOfContacts', value)}
            error={errorFor(errors, 'accountOfContacts')}
          />
        </fieldset>
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>Step 1: your own letter to the person</legend>
          <TextField
            label="Date you wrote to them"
            type="date"
            value={fields.councillorLetterDate}
            onChange={(value) => set('councillorLetterDate', value)}
            error={errorFor(errors, 'councillorLetterDate')}
          />
          <TextField
            label="Link to your letter (optional)"
            hint="If you have saved a copy in SharePoint or OneDrive, paste the link."
            value={fields.councillorLetterUploadUrl}
            onChange={(value) => set('councillorLetterUploadUrl', value)}
            error={errorFor(errors, 'councillorLetterUploadUrl')}
          />
        </fieldset>
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>Step 2: your group leader&apos;s advice</legend>
          <TextField
            label="Group leader"
            value={fields.groupLeaderId}
            onChange={(value) => set('groupLeaderId', value)}
            error={errorFor(errors, 'groupLeaderId')}
          />
          <TextField
            label="Date you asked for advice"
            type="date"
            value={fields.groupLeaderConsultedOn}
            onChange={(value) => set('groupLeaderConsultedOn', value)}
            error={errorFor(errors, 'groupLeaderConsultedOn')}
          />
          <TextAreaField
            label="Their advice"
            value={fields.groupLeaderAdvice}
            onChange={(value) => set('groupLeaderAdvice', value)}
            error={errorFor(errors, 'groupLeaderAdvice')}
            rows={3}
          />
        </fieldset>
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>If you could not take these steps</legend>
          <Checkbox
            label="I could not write first or ask my group leader (for example, because I was threatened)"
            checked={fields.stepsSkipped}
            onChange={(_, data) => set('stepsSkipped', data.checked === true)}
          />
          {fields.stepsSkipped ? (
            <TextAreaField
              label="Why you could not"
              required
              value={fields.overrideReason}
              onChange={(value) => set('overrideReason', value)}
              error={errorFor(errors, 'overrideReason')}
              rows={3}
            />
          ) : null}
        </fieldset>
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
