import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ValidationError } from '../../../domain';
import { useFoiAssessmentFormStyles } from './useFoiAssessmentFormStyles';

/** Every validation message at the top of the form; focus moves here when a save is refused. */
export const FoiErrorSummary = React.forwardRef<HTMLDivElement, { errors: readonly ValidationError[] }>(function FoiErrorSummary(
  { errors },
  ref
) {
  const styles = useFoiAssessmentFormStyles();
  return (
    <div ref={ref} tabIndex={-1}>
      {errors.length > 0 ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>There is a problem</MessageBarTitle>
            <ul className={styles.issueList}>
              {errors.map((error) => (
                <li key={`${error.field}-${error.message}`}>{error.message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
});
