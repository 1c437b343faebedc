import * as React from 'react';
import { Body1, Button } from '@fluentui/react-components';
import { ErrorMessage } from '../../components/ErrorMessage';
import { errorFor, TextAreaField } from '../../components/FormFields';
import { LoadingState } from '../../components/LoadingState';
import { useFormStyles } from '../../components/ScreenLayout';
import { LetterHeadFieldset } from './LetterHeadFieldset';
import { OmbudsmanFieldset } from './OmbudsmanFieldset';
import { SettingSaveStatus, StoredProblems } from './SettingSaveStatus';
import { SignatoryFieldset } from './SignatoryFieldset';
import { useAdminCouncilDetails, type CouncilDetailsFormPart } from './useAdminCouncilDetails';

function ServicesFieldset({ draft, errors, change }: CouncilDetailsFormPart): React.ReactElement {
  const form = useFormStyles();
  return (
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
  );
}

/** The council's details for letters: letter head, signatory, Ombudsman signposting and services, with a preview of the head. */
export function CouncilDetailsPanel(): React.ReactElement {
  const { editor, change, standardSignposting, applyStandardSignposting } = useAdminCouncilDetails();
  const form = useFormStyles();
  if (editor.status === 'loading') return <LoadingState label="Loading the council details…" />;
  if (editor.status === 'error')
    return <ErrorMessage error={editor.loadError} title="The council details could not be loaded" onRetry={editor.reload} />;
  const part: CouncilDetailsFormPart = { draft: editor.draft, errors: editor.errors, change };
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
      <LetterHeadFieldset {...part} />
      <SignatoryFieldset {...part} />
      <OmbudsmanFieldset {...part} standardSignposting={standardSignposting} applyStandardSignposting={applyStandardSignposting} />
      <ServicesFieldset {...part} />
      <SettingSaveStatus what="The council details" outcome={editor.outcome} errors={editor.errors} onLoadLatest={editor.loadLatest} />
      <div className={form.actions}>
        <Button type="submit" appearance="primary" disabled={editor.saving}>
          {editor.saving ? 'Saving…' : 'Save the council details'}
        </Button>
      </div>
    </form>
  );
}
