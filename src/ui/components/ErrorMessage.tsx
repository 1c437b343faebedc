import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { plainWords } from './errorWords';

export interface ErrorMessageProps {
  /** The thrown error (translated to plain words) or a message already in plain words. */
  error: unknown;
  title?: string;
  onRetry?: () => void;
}

/** An error in plain words, announced to screen readers, with an optional "Try again". */
export function ErrorMessage({ error, title = 'That did not work', onRetry }: ErrorMessageProps): React.ReactElement {
  const text = typeof error === 'string' ? error : plainWords(error);
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {text}
      </MessageBarBody>
      {onRetry ? (
        <MessageBarActions>
          <Button onClick={onRetry}>Try again</Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
