import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { dateOfInstant, formatLongDate } from '../../../domain';
import { ErrorMessage } from '../../components/ErrorMessage';
import { describeProblem, inFormOrder } from './personDraft';
import type { PersonDetails } from './usePersonDetails';

/** Why the details cannot be saved yet, in form order; or what the last save came to. */
export function PersonSaveMessages({ details }: { details: PersonDetails }): React.ReactElement {
  const { errors } = details;
  return (
    <>
      {errors.length > 0 ? (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The details cannot be saved yet</MessageBarTitle>
            <ul>
              {inFormOrder(errors).map((error) => (
                <li key={`${error.field}-${error.code}`}>{describeProblem(error)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {details.saveError ? <ErrorMessage error={details.saveError} title="Not saved" /> : null}
      {details.savedAt ? (
        <MessageBar intent="success" role="status">
          <MessageBarBody>
            <MessageBarTitle>Saved</MessageBarTitle>
            The customer&apos;s needs and details were saved on {formatLongDate(dateOfInstant(details.savedAt))}.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {details.unchanged ? (
        <MessageBar intent="info" role="status">
          <MessageBarBody>Nothing has changed, so there was nothing to save.</MessageBarBody>
        </MessageBar>
      ) : null}
      {details.warning ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{details.warning}</MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}
