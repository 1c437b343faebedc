import * as React from 'react';
import { Caption1, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { FoiAssessmentFormState } from './useFoiAssessmentForm';
import { useFoiAssessmentFormStyles } from './useFoiAssessmentFormStyles';

/** What the refusal checks (BR-16 to BR-18) say about the record as it stands. */
export function RefusalCheckSummary({ state }: { state: FoiAssessmentFormState }): React.ReactElement {
  const styles = useFoiAssessmentFormStyles();
  if (state.issues.length > 0) {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Before you rely on this refusal</MessageBarTitle>
          <ul className={styles.issueList} aria-label="Problems with the refusal">
            {state.issues.map((issue) => (
              <li key={`${issue.rule}-${issue.field}-${issue.message}`}>
                {issue.message} <span className={styles.rule}>({issue.rule})</span>
              </li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (state.refusalCheckRan) {
    return (
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>The refusal record meets the checks for BR-16, BR-17 and BR-18.</MessageBarBody>
      </MessageBar>
    );
  }
  return <Caption1>The refusal checks run once the request details are complete and a ground is chosen.</Caption1>;
}
