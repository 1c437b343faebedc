import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ValidationError } from '../../../domain';

/** Every problem with the report, above the form; focus moves here when a send is refused. */
export const IncidentErrorSummary = React.forwardRef<HTMLDivElement, { errors: readonly ValidationError[] }>(function IncidentErrorSummary(
  { errors },
  ref
) {
  if (errors.length === 0) return <></>;
  return (
    <div ref={ref} tabIndex={-1}>
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>
            Check the form: {errors.length === 1 ? 'there is 1 problem' : `there are ${errors.length} problems`}
          </MessageBarTitle>
          <ul>
            {errors.map((error) => (
              <li key={`${error.field}:${error.message}`}>{error.message}</li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    </div>
  );
});
