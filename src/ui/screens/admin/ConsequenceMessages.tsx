import * as React from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { SeparationConsequence } from '../../../domain';

/** Separation-of-duties consequences: what cannot happen (error) and what is at risk (warning), with the rule. */
export function ConsequenceMessages({ consequences }: { consequences: readonly SeparationConsequence[] }): React.ReactElement {
  return (
    <>
      {consequences.map((consequence) => (
        <MessageBar
          key={`${consequence.rule}-${consequence.message}`}
          intent={consequence.severity === 'blocked' ? 'error' : 'warning'}
          layout="multiline"
        >
          <MessageBarBody>
            {consequence.message} ({consequence.rule})
          </MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
