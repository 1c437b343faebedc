import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

/** Said instead of the form while the approvers decide: nothing is in force yet. */
export function PendingApproval(): React.ReactElement {
  return (
    <MessageBar intent="info" role="status">
      <MessageBarBody>
        <MessageBarTitle>Pending approval</MessageBarTitle>
        The proposal has been sent to the approvers. Nothing is in force until a designated approver decides and the decision letter is
        sent.
      </MessageBarBody>
    </MessageBar>
  );
}
