import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { MarkerFlag } from '../../data/ports';
import { usePersonName } from './PersonName';

/**
 * Issue 17: what staff see of a warning marker. That a need-to-know safety flag exists, the
 * handling instructions and whom to ask; never the risk narrative, the incident or a challenge.
 */
export function SafetyFlagBanner({ personName, flag }: { personName: string; flag: MarkerFlag }): React.ReactElement {
  const contact = usePersonName(flag.contactId);
  return (
    <MessageBar intent="error" layout="multiline" aria-label={`Safety flag for ${personName}`}>
      <MessageBarBody>
        <MessageBarTitle>{personName}: a need-to-know safety flag exists</MessageBarTitle>
        <p>
          Follow these handling instructions: <strong>{flag.handlingInstructions}</strong>
        </p>
        <p>
          Before you visit or meet this customer, ask {contact}, the health and safety adviser who approved the flag, what you need to know.
        </p>
      </MessageBarBody>
    </MessageBar>
  );
}
