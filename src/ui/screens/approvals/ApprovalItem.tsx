import * as React from 'react';
import { Button, Card, MessageBar, MessageBarBody, Subtitle1 } from '@fluentui/react-components';
import type { ApprovalOutcome } from '../../../domain';
import type { PendingApproval } from './approvalDetails';
import { OUTCOME_WORDS } from './approvalOutcomeWords';
import { DecisionForm } from './DecisionForm';
import { DecisionOutcome } from './DecisionOutcome';
import { ProposalFacts } from './ProposalFacts';
import { useApprovalDecision } from './useApprovalDecision';
import { useApprovalItemFocus } from './useApprovalItemFocus';
import { useApprovalsScreenStyles } from './useApprovalsScreenStyles';

const OUTCOMES: readonly ApprovalOutcome[] = ['Approve', 'Reject', 'AskForChanges'];

/** One pending approval with its facts and the Approve / Reject / Ask for changes decision. */
export function ApprovalItem({ approval }: { approval: PendingApproval }): React.ReactElement {
  const styles = useApprovalsScreenStyles();
  const needsContinuity = approval.details?.continuityPlan !== undefined;
  const needsChannel = approval.details?.channelConfirmation !== undefined;
  const form = useApprovalDecision(approval.summary.approvalId, needsContinuity, needsChannel, approval.summary);
  const steps = useApprovalItemFocus(form);
  const { personName } = approval.summary;
  const headingId = `approval-${approval.summary.approvalId}`;
  const finished = form.state.status === 'decided' || form.state.status === 'alreadyDecided';
  return (
    <li>
      <Card ref={steps.card} className={styles.card} aria-labelledby={headingId}>
        <Subtitle1 as="h3" id={headingId}>
          {personName}: {approval.summary.caseReference ?? approval.summary.caseId}
        </Subtitle1>
        <ProposalFacts approval={approval} />
        {approval.details && !approval.details.checklistComplete ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              The consider-before-restricting checklist is not complete (BR-04). The service will refuse an approval until it is.
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {!finished ? (
          <div className={styles.actions} role="group" aria-label={`Decision for ${personName}`}>
            {OUTCOMES.map((outcome) => (
              <Button
                key={outcome}
                appearance={form.outcome === outcome ? 'primary' : 'secondary'}
                aria-pressed={form.outcome === outcome}
                data-outcome={outcome}
                onClick={() => steps.choose(outcome)}
              >
                {OUTCOME_WORDS[outcome].button}
              </Button>
            ))}
          </div>
        ) : null}
        {form.outcome && !finished ? (
          <DecisionForm
            form={form}
            outcome={form.outcome}
            personName={personName}
            needsContinuity={needsContinuity}
            needsChannel={needsChannel}
            onSubmit={steps.submit}
            onCancel={steps.cancel}
          />
        ) : null}
        {/* Focus comes here once a decision is sent: the buttons it came from are gone. */}
        <div aria-live="polite" tabIndex={-1} data-decision-outcome className={styles.outcome}>
          <DecisionOutcome state={form.state} />
        </div>
      </Card>
    </li>
  );
}
