import * as React from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingState } from '../../components/LoadingState';
import type { FoiAssessmentFormState } from './useFoiAssessmentForm';

/** Saving, saved or not saved (a conflict has its own dialogue). */
export function FoiSaveResult({ state }: { state: FoiAssessmentFormState }): React.ReactElement {
  const result = state.saveState;
  switch (result.status) {
    case 'saving':
      return <LoadingState label="Saving the assessment…" />;
    case 'saved':
      return (
        <MessageBar intent="success" role="status" layout="multiline">
          <MessageBarBody>Assessment {result.reference} saved.</MessageBarBody>
        </MessageBar>
      );
    case 'failed':
      return <ErrorMessage error={result.error} title="The assessment was not saved" />;
    default:
      return <></>;
  }
}
