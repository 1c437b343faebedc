import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { dateOfInstant, formatLongDate } from '../../../domain';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { AdminGuidance } from './useAdminGuidance';

/** What became of publishing: the domain's messages, a failure, someone else publishing first, or the version published. */
export function GuidancePublishStatus({ guidance }: { guidance: AdminGuidance }): React.ReactElement {
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
