import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { dateOfInstant, formatLongDate, type ValidationError } from '../../../domain';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { SettingSaveOutcome } from './settingEditorTypes';

export interface SettingSaveStatusProps {
  /** What is being saved, in words: "The role holders", "The council details". */
  what: string;
  /** When the saved value takes effect, if not at once for everyone ("... now apply to everyone"). */
  takesEffect?: string;
  outcome: SettingSaveOutcome | undefined;
  errors: readonly ValidationError[];
  onLoadLatest(): void;
}

/**
 * What happened to a save, announced: saved (and in effect at once), refused by the domain's
 * checks, or a conflict with another administrator's save, which is never overwritten: the
 * only way on is to load their version and make the change again on top of it.
 */
export function SettingSaveStatus({ what, takesEffect, outcome, errors, onLoadLatest }: SettingSaveStatusProps): React.ReactElement {
  if (errors.length > 0) {
    return (
      <MessageBar intent="error" role="alert" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Not saved</MessageBarTitle>
          Put right {errors.length === 1 ? 'this problem' : `these ${errors.length} problems`}, then save again:
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
  switch (outcome.kind) {
    case 'saved':
      return (
        <MessageBar intent={outcome.auditWritten ? 'success' : 'warning'} role="status" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Saved on {formatLongDate(dateOfInstant(outcome.at))}</MessageBarTitle>
            {takesEffect ?? `${what} now apply to everyone who opens Customer Case Management.`}
            {outcome.auditWritten ? '' : ' The audit log entry for this change could not be written: tell the auditor.'}
          </MessageBarBody>
        </MessageBar>
      );
    case 'unchanged':
      return (
        <MessageBar intent="info" role="status" layout="multiline">
          <MessageBarBody>Nothing has changed, so there was nothing to save.</MessageBarBody>
        </MessageBar>
      );
    case 'conflict':
      return (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Someone else saved first</MessageBarTitle>
            Another administrator changed this while you were working on it, so your changes have not been saved and theirs have not been
            overwritten. Load their version, then make your change again.
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={onLoadLatest}>Load the latest version</Button>
          </MessageBarActions>
        </MessageBar>
      );
    case 'failed':
      return <ErrorMessage error={outcome.error} title="Not saved" />;
  }
}

/** A stored value that fails the checks (edited by hand in the list): said plainly, with what is wrong. */
export function StoredProblems({ what, problems }: { what: string; problems: readonly ValidationError[] }): React.ReactElement {
  if (problems.length === 0) return <></>;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{what} saved in SharePoint have problems</MessageBarTitle>
        Until they are put right, the product uses what it can of them. Saving here replaces them with checked values.
        <ul>
          {problems.map((problem) => (
            <li key={`${problem.field}-${problem.message}`}>{problem.message}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
