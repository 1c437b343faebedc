import * as React from 'react';
import { Body1, Button } from '@fluentui/react-components';
import { GUIDANCE_AUDIENCE_LABELS, GUIDANCE_AUDIENCES, type GuidanceAudience, type GuidanceSection } from '../../../domain/guidance';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField } from '../../components/FormFields';
import { LoadingState } from '../../components/LoadingState';
import { useFormStyles } from '../../components/ScreenLayout';
import { GuidanceDraftFields } from './GuidanceDraftFields';
import { GuidancePreview } from './GuidancePreview';
import { GuidancePublishStatus } from './GuidancePublishStatus';
import { GuidanceVersions } from './GuidanceVersions';
import { useAdminGuidance, type AdminGuidance } from './useAdminGuidance';
import { useGuidanceAdminStyles } from './useGuidanceAdminStyles';

/** The chosen passage: its versions, the next version beside its preview, and publishing it. */
function GuidancePassageEditor({ guidance, selected }: { guidance: AdminGuidance; selected: GuidanceSection }): React.ReactElement {
  const form = useFormStyles();
  const styles = useGuidanceAdminStyles();
  const latest = guidance.versions[guidance.versions.length - 1];
  return (
    <>
      <GuidanceVersions guidance={guidance} />
      <div className={styles.columns}>
        <GuidanceDraftFields guidance={guidance} />
        <GuidancePreview passage={selected} draft={guidance.draft} />
      </div>
      <GuidancePublishStatus guidance={guidance} />
      <div className={form.actions}>
        <Button type="submit" appearance="primary" disabled={guidance.publishing}>
          {guidance.publishing ? 'Publishing…' : `Publish as version ${(latest?.version ?? 0) + 1}`}
        </Button>
      </div>
    </>
  );
}

/** Guidance passages: edit one beside a preview of how it shows beside its form; versions, effective dates, and going back to an earlier wording. */
export function GuidanceAdminPanel(): React.ReactElement {
  const guidance = useAdminGuidance();
  const form = useFormStyles();
  if (guidance.status === 'loading') return <LoadingState label="Loading the guidance…" />;
  if (guidance.status === 'error')
    return <ErrorMessage error={guidance.loadError} title="The guidance could not be loaded" onRetry={guidance.reload} />;
  const selected = guidance.passages.find((passage) => passage.id === guidance.selectedId);
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
      <SelectField
        label="Whose guidance"
        value={guidance.audience}
        onChange={(value) => guidance.setAudience(value as GuidanceAudience)}
        choices={GUIDANCE_AUDIENCES.map((audience) => ({ value: audience, label: GUIDANCE_AUDIENCE_LABELS[audience] }))}
      />
      <SelectField
        label="Passage"
        value={guidance.selectedId}
        onChange={guidance.select}
        choices={guidance.passages.map((passage) => ({ value: passage.id, label: passage.title }))}
      />
      {selected ? (
        <GuidancePassageEditor guidance={guidance} selected={selected} />
      ) : (
        <Body1 as="p">There is no guidance for this audience.</Body1>
      )}
    </form>
  );
}
