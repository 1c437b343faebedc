import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ErrorMessage } from '../../components/ErrorMessage';
import { OUTCOME_WORDS } from './approvalOutcomeWords';
import type { DecisionState } from './useApprovalDecision';

/** What became of the decision: recorded, decided by someone else first, or not recorded. */
export function DecisionOutcome({ state }: { state: DecisionState }): React.ReactElement {
  switch (state.status) {
    case 'decided':
      return (
        <MessageBar intent="success" role="status" layout="multiline">
          <MessageBarBody>{OUTCOME_WORDS[state.outcome].done} The case officer has been told.</MessageBarBody>
        </MessageBar>
      );
    case 'alreadyDecided':
      return (
        <MessageBar intent="info" role="status" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Already decided</MessageBarTitle>
            {state.message}
          </MessageBarBody>
        </MessageBar>
      );
    case 'failed':
      return <ErrorMessage error={state.error} title="Your decision was not recorded" />;
    default:
      return <></>;
  }
}
