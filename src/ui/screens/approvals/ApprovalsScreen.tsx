import * as React from 'react';
import { Button } from '@fluentui/react-components';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { GuidancePanel } from '../../components/GuidancePanel';
import { LoadingState } from '../../components/LoadingState';
import { ScreenLayout } from '../../components/ScreenLayout';
import type { ScreenProps } from '../../navigation/screenProps';
import { ApprovalItem } from './ApprovalItem';
import { useApprovalsScreen } from './useApprovalsScreen';
import { useApprovalsScreenStyles } from './useApprovalsScreenStyles';

/** Managers' approvals inbox: the same decision as the Teams card, from the tab. */
export default function ApprovalsScreen(_props: ScreenProps): React.ReactElement {
  const { allowed, approvals } = useApprovalsScreen();
  const styles = useApprovalsScreenStyles();
  const guidance = <GuidancePanel context={{ form: 'sanctionProposal' }} heading="Guidance: deciding on a sanction" />;
  if (!allowed) {
    return (
      <ScreenLayout title="Approvals">
        <EmptyState title="You are not a sanction approver">
          Sanctions are approved by the Executive Director, heads of service and the Monitoring Officer.
        </EmptyState>
      </ScreenLayout>
    );
  }
  return (
    <ScreenLayout title="Approvals" aside={guidance}>
      {approvals.status === 'loading' ? <LoadingState label="Loading your approvals…" /> : null}
      {approvals.status === 'error' ? (
        <ErrorMessage error={approvals.error} title="Your approvals could not be loaded" onRetry={approvals.reload} />
      ) : null}
      {approvals.status === 'ready' && approvals.value.length === 0 ? (
        <EmptyState title="Nothing is waiting for your decision" action={<Button onClick={approvals.reload}>Check again</Button>}>
          When a case officer asks you to approve a sanction, it appears here and in Teams.
        </EmptyState>
      ) : null}
      {approvals.status === 'ready' && approvals.value.length > 0 ? (
        <ul className={styles.list} aria-label="Sanctions waiting for your decision">
          {approvals.value.map((approval) => (
            <ApprovalItem key={approval.summary.approvalId} approval={approval} />
          ))}
        </ul>
      ) : null}
    </ScreenLayout>
  );
}
