import * as React from 'react';
import { Body1, Button, Checkbox, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { UK_NATION_LABELS, UK_NATIONS } from '../../../domain';
import { ErrorMessage } from '../../components/ErrorMessage';
import { errorFor, SelectField, TextAreaField, TextField } from '../../components/FormFields';
import { LoadingState } from '../../components/LoadingState';
import { useFormStyles } from '../../components/ScreenLayout';
import { SettingSaveStatus, StoredProblems } from './SettingSaveStatus';
import { useAdminCouncilDetails } from './useAdminCouncilDetails';

const useStyles = makeStyles({
  preview: {
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    textAlign: 'right'
  },
  previewLines: { margin: 0 }
});

const NATION_CHOICES = UK_NATIONS.map((nation) => ({ value: nation, label: UK_NATION_LABELS[nation] }));

/** The council's details for letters: letter head, signatory, Ombudsman signposting and services, with a preview of the head. */
export function CouncilDetailsPanel(): React.ReactElement {
  const { editor, change, standardSignposting, applyStandardSignposting } = useAdminCouncilDetails();
  const form = useFormStyles();
  const styles = useStyles();
  if (editor.status === 'loading') return <LoadingState label="Loading the council details…" />;
  if (editor.status === 'error')
    return <ErrorMessage error={editor.loadError} title="The council details could not be loaded" onRetry={editor.reload} />;
  const { draft, errors } = editor;
  const addressLines = draft.address.split(/\r?\n/).filter((line) => line.trim() !== '');
  return (
    <form
      className={form.form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        editor.save().catch(() => undefined);
      }}
    >
      <Body1 as="p">
        These details are printed on every letter produced after you save them.
        {editor.everSaved ? '' : ' Until they are saved, letters use the details shown here.'}
      </Body1>
      <StoredProblems what="The council details" problems={editor.storedProblems} />
      <fieldset className={form.fieldset}>
        <legend className={form.legend}>Letter head</legend>
        <TextField
          label="Council name"
          required
          value={draft.name}
          onChange={(name) => change({ name })}
          error={errorFor(errors, 'name')}
        />
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
        <section aria-labelledby="letter-head-preview" className={styles.preview}>
          <Subtitle2 as="h4" id="letter-head-preview">
            Letter head preview
          </Subtitle2>
          <p className={styles.previewLines}>
            <strong>{draft.name}</strong>
          </p>
          {addressLines.map((line, index) => (
            <p key={`${index}-${line}`} className={styles.previewLines}>
              {line}
            </p>
          ))}
        </section>
      </fieldset>
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
      <fieldset className={form.fieldset}>
        <legend className={form.legend}>Ombudsman signposting</legend>
        <SelectField
          label="Nation the council is in"
          required
          choices={NATION_CHOICES}
          value={draft.nation}
          onChange={(nation) => change({ nation })}
          error={errorFor(errors, 'nation')}
        />
        <Checkbox
          label="The council is a social landlord (in England, tenants' landlord matters go to the Housing Ombudsman)"
          checked={draft.landlord}
          onChange={(_, data) => change({ landlord: data.checked === true })}
        />
        <TextAreaField
          label="How to complain to the Ombudsman"
          hint="Letters about restrictions, reviews and appeals say this (policy section 2.6, item 11)."
          required
          rows={4}
          value={draft.ombudsmanSignposting}
          onChange={(ombudsmanSignposting) => change({ ombudsmanSignposting })}
          error={errorFor(errors, 'ombudsmanSignposting')}
        />
        {standardSignposting !== undefined && standardSignposting !== draft.ombudsmanSignposting ? (
          <div className={form.actions}>
            <Button onClick={applyStandardSignposting}>Use the standard wording for this nation</Button>
          </div>
        ) : null}
      </fieldset>
      <fieldset className={form.fieldset}>
        <legend className={form.legend}>The council’s services</legend>
        <TextAreaField
          label="Services"
          hint="One per line: where an incident happened, and what a restriction's scope names."
          required
          rows={8}
          value={draft.services}
          onChange={(services) => change({ services })}
          error={errorFor(errors, 'services')}
        />
      </fieldset>
      <SettingSaveStatus what="The council details" outcome={editor.outcome} errors={errors} onLoadLatest={editor.loadLatest} />
      <div className={form.actions}>
        <Button type="submit" appearance="primary" disabled={editor.saving}>
          {editor.saving ? 'Saving…' : 'Save the council details'}
        </Button>
      </div>
    </form>
  );
}
