import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

/** BR-16: always on screen. Information requests are assessed on their own, never on a CCM sanction. */
export function Br16Note(): React.ReactElement {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>A restriction is never a reason to refuse</MessageBarTitle>A customer case management restriction or sanction can
        never be a ground to refuse a request under the Freedom of Information Act, the Environmental Information Regulations or a subject
        access request (BR-16). Assess each request on its own: it is the request, not the requester, that may be vexatious.
      </MessageBarBody>
    </MessageBar>
  );
}
