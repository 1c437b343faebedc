import * as React from 'react';
import { errorFor, TextAreaField, TextField } from '../../components/FormFields';
import { useFormStyles } from '../../components/ScreenLayout';
import type { MemberReferralForm } from './useMemberReferralForm';

export type ReferralFormPart = Pick<MemberReferralForm, 'fields' | 'set' | 'errors'>;

/** Who the councillor is referring, how to reach them, and what has happened. */
export function ReferralPersonFieldset({ fields, set, errors }: ReferralFormPart): React.ReactElement {
  const styles = useFormStyles();
  return (
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
  );
}
