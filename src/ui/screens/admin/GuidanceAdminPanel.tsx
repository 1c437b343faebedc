import * as React from 'react';
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  tokens
} from '@fluentui/react-components';
import { dateOfInstant, formatLongDate, isIsoDate } from '../../../domain';
import { GUIDANCE_AUDIENCE_LABELS, GUIDANCE_AUDIENCES, type GuidanceAudience } from '../../../domain/guidance';
import { ErrorMessage } from '../../components/ErrorMessage';
import { errorFor, SelectField, TextAreaField, TextField } from '../../components/FormFields';
import { LoadingState } from '../../components/LoadingState';
import { useFormStyles } from '../../components/ScreenLayout';
import { whereShown } from './guidanceForms';
import { useAdminGuidance, type AdminGuidance } from './useAdminGuidance';

const useStyles = makeStyles({
  columns: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
    '@media (max-width: 640px)': { gridTemplateColumns: 'minmax(0, 1fr)' }
  },
  // The preview looks as the passage will beside its form (GuidancePanel).
  preview: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium
  },
  body: { whiteSpace: 'pre-line' },
  version: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' }
});

function PublishStatus({ guidance }: { guidance: AdminGuidance }): React.ReactElement {
  const { outcome, errors } = guidance;
  if (errors.length > 0) {
    return (
      <MessageBar intent="error" role="alert" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Not published</MessageBarTitle>
          <ul>
            {errors.map((error) => (
              <li key={`${error.field}-${error.message}`}>{error.message}</li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (!outcome) return <></>;
  if (outcome.kind === 'failed') return <ErrorMessage error={outcome.error} title="Not published" />;
  if (outcome.kind === 'conflict') {
    return (
      <MessageBar intent="error" role="alert" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Someone else published first</MessageBarTitle>
          Another administrator published a new version of this passage while you were working on it. Yours has not been published and
          theirs has not been overwritten. Load the latest version, then make your change again.
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={guidance.reload}>Load the latest version</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent={outcome.auditWritten ? 'success' : 'warning'} role="status" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Published on {formatLongDate(dateOfInstant(outcome.at))}</MessageBarTitle>
        Version {outcome.version} is shown beside its form from the day it applies, to everyone who opens Customer Case Management after
        that.
        {outcome.auditWritten ? '' : ' The audit log entry for this change could not be written: tell the auditor.'}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Guidance passages: edit one beside a preview of how it shows beside its form; versions, effective dates, and going back to an earlier wording. */
export function GuidanceAdminPanel(): React.ReactElement {
  const guidance = useAdminGuidance();
  const form = useFormStyles();
  const styles = useStyles();
  const audienceChoice = (
    <SelectField
      label="Whose guidance"
      value={guidance.audience}
      onChange={(value) => guidance.setAudience(value as GuidanceAudience)}
      choices={GUIDANCE_AUDIENCES.map((audience) => ({ value: audience, label: GUIDANCE_AUDIENCE_LABELS[audience] }))}
    />
  );
  if (guidance.status === 'loading') return <LoadingState label="Loading the guidance…" />;
  if (guidance.status === 'error')
    return <ErrorMessage error={guidance.loadError} title="The guidance could not be loaded" onRetry={guidance.reload} />;
  const selected = guidance.passages.find((passage) => passage.id === guidance.selectedId);
  const latest = guidance.versions[guidance.versions.length - 1];
  const { draft, errors } = guidance;
  return (
    <form
      className={form.form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        guidance.publish().catch(() => undefined);
      }}
    >
      <Body1 as="p">
        Each change is a new version from the day you choose; earlier versions are kept, and any of them can be published again.
      </Body1>
      {audienceChoice}
      <SelectField
        label="Passage"
        value={guidance.selectedId}
        onChange={guidance.select}
        choices={guidance.passages.map((passage) => ({ value: passage.id, label: passage.title }))}
      />
      {selected ? (
        <>
          <section aria-labelledby="guidance-versions">
            <Subtitle2 as="h4" id="guidance-versions">
              Versions of this passage
            </Subtitle2>
            <ul>
              {guidance.versions.map((version) => (
                <li key={version.version} className={styles.version}>
                  <span>
                    Version {version.version}, from {formatLongDate(version.effectiveFrom)}: “{version.title}”
                    {guidance.inForce?.version === version.version ? ' (shown today)' : ''}
                  </span>
                  {version.version !== latest?.version ? (
                    <Button
                      size="small"
                      onClick={() => guidance.revertTo(version)}
                      aria-label={`Use the wording of version ${version.version} again`}
                    >
                      Use this wording again
                    </Button>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
          <div className={styles.columns}>
            <div className={form.form}>
              <TextField
                label="Heading"
                required
                value={draft.title}
                onChange={(title) => guidance.change({ title })}
                error={errorFor(errors, 'title')}
              />
              <TextAreaField
                label="Guidance text"
                hint="Paragraphs separated by a blank line; a line starting with a hyphen and a space is a bullet."
                required
                rows={12}
                value={draft.body}
                onChange={(body) => guidance.change({ body })}
                error={errorFor(errors, 'bodyMarkdown')}
              />
              <TextAreaField
                label="Sources (optional)"
                hint="One per line, for example N6 or BR-05."
                rows={3}
                value={draft.sources}
                onChange={(sources) => guidance.change({ sources })}
                error={errorFor(errors, 'sourceRefs')}
              />
              <TextField
                label="Applies from"
                type="date"
                required
                value={draft.effectiveFrom}
                onChange={(effectiveFrom) => guidance.change({ effectiveFrom })}
                error={errorFor(errors, 'effectiveFrom')}
              />
            </div>
            <aside className={styles.preview} aria-labelledby="guidance-preview">
              <Subtitle2 as="h4" id="guidance-preview">
                Preview beside its form
              </Subtitle2>
              <Caption1>Shown beside: {whereShown(selected.contextKeys).join('; ')}</Caption1>
              <Body1 as="p">
                <strong>{draft.title}</strong>
              </Body1>
              <Body1 as="p" className={styles.body}>
                {draft.body}
              </Body1>
              {draft.sources.trim() !== '' ? (
                <Caption1>
                  Source:{' '}
                  {draft.sources
                    .split(/\r?\n/)
                    .map((line) => line.trim())
                    .filter((line) => line !== '')
                    .join(', ')}
                </Caption1>
              ) : null}
              {isIsoDate(draft.effectiveFrom) ? <Caption1>From {formatLongDate(draft.effectiveFrom)}</Caption1> : null}
            </aside>
          </div>
          <PublishStatus guidance={guidance} />
          <div className={form.actions}>
            <Button type="submit" appearance="primary" disabled={guidance.publishing}>
              {guidance.publishing ? 'Publishing…' : `Publish as version ${(latest?.version ?? 0) + 1}`}
            </Button>
          </div>
        </>
      ) : (
        <Body1 as="p">There is no guidance for this audience.</Body1>
      )}
    </form>
  );
}
