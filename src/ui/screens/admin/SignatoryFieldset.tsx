import * as React from 'react';
import { Body1 } from '@fluentui/react-components';
import { errorFor, TextField } from '../../components/FormFields';
import { useFormStyles } from '../../components/ScreenLayout';
import type { CouncilDetailsFormPart } from './useAdminCouncilDetails';

/** Who signs letters by default; blank means each officer signs their own. */
export function SignatoryFieldset({ draft, errors, change }: CouncilDetailsFormPart): React.ReactElement {
  const form = useFormStyles();
  return (
    <fieldset className={form.fieldset}>
      <legend className={form.legend}>Who signs letters</legend>
      <Body1 as="p">
        Leave both blank for officers to sign their own letters; the Letters screen lets an officer change it either way.
      </Body1>
      <TextField
        label="Signatory's name (optional)"
        value={draft.signatoryName}
        onChange={(signatoryName) => change({ signatoryName })}
        error={errorFor(errors, 'signatory.name')}
      />
      <TextField
        label="Signatory's job title (optional)"
        value={draft.signatoryJobTitle}
        onChange={(signatoryJobTitle) => change({ signatoryJobTitle })}
        error={errorFor(errors, 'signatory.jobTitle')}
      />
    </fieldset>
  );
}
