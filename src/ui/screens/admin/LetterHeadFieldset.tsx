import * as React from 'react';
import { Subtitle2 } from '@fluentui/react-components';
import { errorFor, TextAreaField, TextField } from '../../components/FormFields';
import { useFormStyles } from '../../components/ScreenLayout';
import type { CouncilDetailsFormPart } from './useAdminCouncilDetails';
import { useCouncilDetailsStyles } from './useCouncilDetailsStyles';

function LetterHeadPreview({ name, address }: { name: string; address: string }): React.ReactElement {
  const styles = useCouncilDetailsStyles();
  const addressLines = address.split(/\r?\n/).filter((line) => line.trim() !== '');
  return (
    <section aria-labelledby="letter-head-preview" className={styles.preview}>
      <Subtitle2 as="h4" id="letter-head-preview">
        Letter head preview
      </Subtitle2>
      <p className={styles.previewLines}>
        <strong>{name}</strong>
      </p>
      {addressLines.map((line, index) => (
        <p key={`${index}-${line}`} className={styles.previewLines}>
          {line}
        </p>
      ))}
    </section>
  );
}

/** The council's name, address and logo as printed at the head of every letter, with a preview. */
export function LetterHeadFieldset({ draft, errors, change }: CouncilDetailsFormPart): React.ReactElement {
  const form = useFormStyles();
  return (
    <fieldset className={form.fieldset}>
      <legend className={form.legend}>Letter head</legend>
      <TextField label="Council name" required value={draft.name} onChange={(name) => change({ name })} error={errorFor(errors, 'name')} />
      <TextAreaField
        label="Address"
        hint="One line per line of the address, as it is printed under the council's name."
        required
        rows={5}
        value={draft.address}
        onChange={(address) => change({ address })}
        error={errorFor(errors, 'addressLines')}
      />
      <TextField
        label="Logo address (optional)"
        hint="An https:// address, or a path on this site such as /sites/ccm/SiteAssets/logo.png."
        value={draft.logoUrl}
        onChange={(logoUrl) => change({ logoUrl })}
        error={errorFor(errors, 'logoUrl')}
      />
      <TextField
        label="Logo described in words (needed with a logo)"
        value={draft.logoAltText}
        onChange={(logoAltText) => change({ logoAltText })}
        error={errorFor(errors, 'logoAltText')}
      />
      <LetterHeadPreview name={draft.name} address={draft.address} />
    </fieldset>
  );
}
