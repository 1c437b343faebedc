import * as React from 'react';
import { Body1, Button, Subtitle2 } from '@fluentui/react-components';
import {
  DEFAULT_TIME_FRAMES,
  formatLongDate,
  isIsoDate,
  TIME_FRAME_LABELS,
  TIME_FRAME_SOURCES,
  type TimeFrameField,
  type TimeFrameSchedule
} from '../../../domain';
import { ErrorMessage } from '../../components/ErrorMessage';
import { errorFor, TextField } from '../../components/FormFields';
import { LoadingState } from '../../components/LoadingState';
import { useFormStyles } from '../../components/ScreenLayout';
import { SettingSaveStatus, StoredProblems } from './SettingSaveStatus';
import { useAdminTimeFrames } from './useAdminTimeFrames';

/** The time frames by what they govern (spec 5.5); the information requests run on the statutory calendar. */
const GROUPS: readonly { title: string; fields: readonly TimeFrameField[] }[] = [
  {
    title: 'Cases and restrictions',
    fields: [
      'managerAcknowledgementWorkingDays',
      'invocationDecisionWorkingDays',
      'monitoringPeriodMonths',
      'sanctionDefaultDurationMonths',
      'sanctionMaximumDurationMonths',
      'firstReviewMaxMonths',
      'reviewerReminderWorkingDays',
      'personRequestedReviewAnswerWorkingDays',
      'warningMarkerReviewMonths'
    ]
  },
  { title: 'Appeals', fields: ['appealWindowWorkingDays', 'appealWindowMaximumWorkingDays', 'appealDecisionWorkingDays'] },
  {
    title: 'Information requests (set by law)',
    fields: [
      'foiResponseWorkingDays',
      'eirComplexExtensionWorkingDays',
      'foiInternalReviewRequestWorkingDays',
      'foiInternalReviewDecisionWorkingDays',
      'foiInternalReviewComplexDecisionWorkingDays',
      'eirRepresentationsWorkingDays',
      'eirReconsiderationWorkingDays',
      'sarResponseMonths',
      'sarComplexExtensionMonths'
    ]
  }
];

function describeVersion(schedule: TimeFrameSchedule, index: number): string {
  const version = schedule.versions[index];
  const fields = Object.keys(version.overrides) as TimeFrameField[];
  const values = fields.map((field) => `${TIME_FRAME_LABELS[field]}: ${version.overrides[field]}`);
  return `From ${formatLongDate(version.effectiveFrom)}: ${values.length > 0 ? values.join('; ') : 'the policy defaults'}.`;
}

/** The time frames of spec 5.5, each beside its policy default and source, as a new version from a chosen day. */
export function TimeFramesPanel(): React.ReactElement {
  const { editor, setValue, setEffectiveFrom, today, save, savedFrom } = useAdminTimeFrames();
  const form = useFormStyles();
  if (editor.status === 'loading') return <LoadingState label="Loading the time frames…" />;
  if (editor.status === 'error')
    return <ErrorMessage error={editor.loadError} title="The time frames could not be loaded" onRetry={editor.reload} />;
  const { draft, errors } = editor;
  return (
    <form
      className={form.form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save().catch(() => undefined);
      }}
    >
      <Body1 as="p">
        The policy engine checks every value against the law and the policy. New values apply to deadlines worked out from the day you
        choose; deadlines already set keep the values they were set with.
      </Body1>
      <StoredProblems what="The time frames" problems={editor.storedProblems} />
      <section aria-labelledby="time-frame-versions">
        <Subtitle2 as="h4" id="time-frame-versions">
          Versions saved
        </Subtitle2>
        {draft.schedule.versions.length === 0 ? (
          <Body1 as="p">None: the policy defaults apply.</Body1>
        ) : (
          <ul>
            {draft.schedule.versions.map((version, index) => (
              <li key={version.effectiveFrom}>{describeVersion(draft.schedule, index)}</li>
            ))}
          </ul>
        )}
      </section>
      <TextField
        label="The new time frames apply from"
        type="date"
        required
        value={draft.effectiveFrom}
        onChange={setEffectiveFrom}
        error={errorFor(errors, 'effectiveFrom')}
      />
      {GROUPS.map((group) => (
        <fieldset key={group.title} className={form.fieldset}>
          <legend className={form.legend}>{group.title}</legend>
          {group.fields.map((field) => (
            <TextField
              key={field}
              label={TIME_FRAME_LABELS[field]}
              type="number"
              required
              hint={`Policy default ${DEFAULT_TIME_FRAMES[field]} (${TIME_FRAME_SOURCES[field]}). In effect today: ${today[field]}.`}
              value={draft.values[field]}
              onChange={(value) => setValue(field, value)}
              error={errorFor(errors, field)}
            />
          ))}
        </fieldset>
      ))}
      <SettingSaveStatus
        what="The time frames"
        takesEffect={
          isIsoDate(savedFrom)
            ? `The time frames apply from ${formatLongDate(savedFrom)} to deadlines worked out from then on, for everyone who opens Customer Case Management after you.`
            : undefined
        }
        outcome={editor.outcome}
        errors={errors}
        onLoadLatest={editor.loadLatest}
      />
      <div className={form.actions}>
        <Button type="submit" appearance="primary" disabled={editor.saving}>
          {editor.saving ? 'Saving…' : 'Save the time frames'}
        </Button>
      </div>
    </form>
  );
}
