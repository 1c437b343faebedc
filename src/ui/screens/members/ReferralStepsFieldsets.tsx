import * as React from 'react';
import { Checkbox } from '@fluentui/react-components';
import { errorFor, TextAreaField, TextField } from '../../components/FormFields';
import { useFormStyles } from '../../components/ScreenLayout';
import type { ReferralFormPart } from './ReferralPersonFieldset';

function CouncillorLetterFieldset({ fields, set, errors }: ReferralFormPart): React.ReactElement {
  const styles = useFormStyles();
  return (
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
  );
}

function GroupLeaderFieldset({ fields, set, errors }: ReferralFormPart): React.ReactElement {
  const styles = useFormStyles();
  return (
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
  );
}

function StepsSkippedFieldset({ fields, set, errors }: ReferralFormPart): React.ReactElement {
  const styles = useFormStyles();
  return (
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
  );
}

/** BR-26's steps before a referral: the councillor's own letter, the group leader's advice, or why neither was possible. */
export function ReferralStepsFieldsets(props: ReferralFormPart): React.ReactElement {
  return (
    <>
      <CouncillorLetterFieldset {...props} />
      <GroupLeaderFieldset {...props} />
      <StepsSkippedFieldset {...props} />
    </>
  );
}
