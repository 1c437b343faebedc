import * as React from 'react';
import { Spinner } from '@fluentui/react-components';

/** A polite, labelled loading indicator ("Loading your reports…"). */
export function LoadingState({ label = 'Loading…' }: { label?: string }): React.ReactElement {
  return (
    <div role="status" aria-live="polite">
      <Spinner size="small" label={label} labelPosition="after" />
    </div>
  );
}
