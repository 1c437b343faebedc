import * as React from 'react';
import { ErrorMessage } from '../components/ErrorMessage';

interface State {
  error: unknown;
}

/**
 * Catches a screen that failed to load (a lazy chunk that did not arrive, a render bug) and
 * says so in plain words, instead of a blank tab. Reset when the user navigates elsewhere.
 */
export class ScreenErrorBoundary extends React.Component<{ resetKey: string; children?: React.ReactNode }, State> {
  public state: State = { error: undefined };

  public static getDerivedStateFromError(error: unknown): State {
    return { error: error ?? new Error('Unknown error') };
  }

  public componentDidUpdate(previous: { resetKey: string }): void {
    if (previous.resetKey !== this.props.resetKey && this.state.error !== undefined) this.setState({ error: undefined });
  }

  public render(): React.ReactNode {
    if (this.state.error !== undefined) {
      return (
        <ErrorMessage
          title="This page could not be shown"
          error="Something went wrong while opening this page. Check your connection, then try again."
          onRetry={() => this.setState({ error: undefined })}
        />
      );
    }
    return this.props.children;
  }
}
