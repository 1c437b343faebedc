import * as React from 'react';
import { Body1, Button, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { RETENTION_RECORD_KINDS } from '../../../domain';
import { RETENTION_KIND_LABELS, RETENTION_TRIGGER_LABELS, RETENTION_TRIGGERS } from '../../../domain/time';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField, TextField } from '../../components/FormFields';
import { LoadingState } from '../../components/LoadingState';
import { useFormStyles } from '../../components/ScreenLayout';
import { SettingSaveStatus, StoredProblems } from './SettingSaveStatus';
import { useAdminRetention } from './useAdminRetention';

const useStyles = makeStyles({
  rule: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, margin: 0, padding: 0, border: 'none' }
});

const DISPOSAL_CHOICES = [
  { value: 'confirmFirst', label: 'The Data Protection Officer confirms each disposal first' },
  { value: 'automatic', label: 'Dispose automatically when due' }
];

/** BR-24: how long each kind of record is kept, from when, and whether the DPO confirms each disposal. */
export function RetentionPanel(): React.ReactElement {
  const { editor, setRule } = useAdminRetention();
  const form = useFormStyles();
  const styles = useStyles();
  if (editor.status === 'loading') return <LoadingState label="Loading the retention schedule…" />;
  if (editor.status === 'error')
    return <ErrorMessage error={editor.loadError} title="The retention schedule could not be loaded" onRetry={editor.reload} />;
  const errorOf = (field: string): string | undefined => editor.errors.find((error) => error.field === field)?.message;
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
        Records past their retention period are deleted with their files by the case service’s sweep; each deletion leaves an audit entry
        saying what kind of record it was, under which rule, when and who confirmed it, never its content. A record on hold (an open subject
        access request, an Ombudsman enquiry or litigation) is never deleted. The council’s own schedule was not available, so these periods
        are a proposal to check against it.
      </Body1>
      <StoredProblems what="The retention schedule" problems={editor.storedProblems} />
      {RETENTION_RECORD_KINDS.map((kind) => (
        <fieldset key={kind} className={styles.rule} aria-labelledby={`retention-${kind}`}>
          <Subtitle2 as="h4" id={`retention-${kind}`}>
            {RETENTION_KIND_LABELS[kind]}
          </Subtitle2>
          <TextField
            label="Months kept"
            type="number"
            value={editor.draft[kind].months}
            onChange={(months) => setRule(kind, { months })}
            error={errorOf(`${kind}.months`)}
          />
          <SelectField
            label="Counted"
            value={editor.draft[kind].trigger}
            onChange={(trigger) => setRule(kind, { trigger })}
            choices={RETENTION_TRIGGERS[kind].map((trigger) => ({ value: trigger, label: RETENTION_TRIGGER_LABELS[trigger] }))}
            error={errorOf(`${kind}.trigger`)}
          />
          <SelectField
            label="Disposal"
            value={editor.draft[kind].disposal}
            onChange={(disposal) => setRule(kind, { disposal })}
            choices={DISPOSAL_CHOICES}
            error={errorOf(`${kind}.disposal`)}
          />
        </fieldset>
      ))}
      <SettingSaveStatus
        what="The retention schedule"
        takesEffect="The retention schedule applies from the next run of the case service’s sweep."
        outcome={editor.outcome}
        errors={editor.errors}
        onLoadLatest={editor.loadLatest}
      />
      <div className={form.actions}>
        <Button type="submit" appearance="primary" disabled={editor.saving}>
          {editor.saving ? 'Saving…' : 'Save the retention schedule'}
        </Button>
      </div>
    </form>
  );
}
