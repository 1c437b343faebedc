import * as React from 'react';
import { Button, Card, Checkbox, Field, MessageBar, MessageBarBody, MessageBarTitle, Subtitle1 } from '@fluentui/react-components';
import type { ApprovalOutcome } from '../../../domain';
import { DateText } from '../../components/DateText';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PersonName } from '../../components/PersonName';
import { TextAreaField } from '../../components/FormFields';
import type { PendingApproval } from './approvalDetails';
import { useApprovalDecision } from './useApprovalDecision';
import { useApprovalsScreenStyles } from './useApprovalsScreenStyles';
import { useFocusAfterRender } from './useFocusAfterRender';

// Where focus goes as the card changes (see useFocusAfterRender).
const COMMENT_BOX = 'form textarea';
const FIRST_ERROR = 'form [aria-invalid="true"]';
const OUTCOME = '[data-decision-outcome]';
const choiceButton = (outcome: ApprovalOutcome): string => `button[data-outcome="${outcome}"]`;

const OUTCOME_WORDS: Readonly<Record<ApprovalOutcome, { button: string; done: string; comment: string }>> = {
  Approve: { button: 'Approve', done: 'You approved this sanction.', comment: 'Comment (optional)' },
  Reject: { button: 'Reject', done: 'You rejected this proposal.', comment: 'Reason for rejecting' },
  AskForChanges: { button: 'Ask for changes', done: 'You asked the case officer for changes.', comment: 'What needs to change' }
};

function Fact({ term, children }: { term: string; children: React.ReactNode }): React.ReactElement {
  const styles = useApprovalsScreenStyles();
  return (
    <>
      <dt className={styles.term}>{term}</dt>
      <dd className={styles.definition}>{children}</dd>
    </>
  );
}

function ProposalFacts({ approval }: { approval: PendingApproval }): React.ReactElement {
  const styles = useApprovalsScreenStyles();
  const { summary, details } = approval;
  return (
    <dl className={styles.facts}>
      <Fact term="Case">{summary.caseReference ?? summary.caseId}</Fact>
      <Fact term="Customer">{summary.personName}</Fact>
      <Fact term="Proposed by">
        {/* The service sends a name where it knows one; an id is named from the directory. */}
        <PersonName id={summary.proposedBy} />, <DateText value={summary.requestedAt} withTime />
      </Fact>
      {details ? (
        <>
          <Fact term="Behaviours">{details.behaviours.length > 0 ? details.behaviours.join('; ') : 'None recorded on the incidents'}</Fact>
          <Fact term="Proposed restriction">
            <ul className={styles.inlineList}>
              {details.restrictions.map((restriction) => (
                <li key={restriction.code}>
                  {restriction.label}
                  {restriction.parameters ? ` (${restriction.parameters})` : ''}
                </li>
              ))}
            </ul>
          </Fact>
          <Fact term="Scope">{details.scope}</Fact>
          <Fact term="Duration">
            {details.startDate} to {details.endDate}: {details.duration}
          </Fact>
          <Fact term="Review date">{details.reviewDate}</Fact>
          <Fact term="Why this is proportionate">{details.proportionality}</Fact>
          <Fact term="Checklist">{details.checklistSummary}</Fact>
          {details.continuityPlan ? <Fact term="Continuity plan">{details.continuityPlan}</Fact> : null}
          {details.channelConfirmation ? (
            <Fact term="Contact channel to confirm">
              {details.channelConfirmation.channel}
              {details.channelConfirmation.needs.length > 0 ? (
                <ul className={styles.inlineList} aria-label="Communication needs staff must respect">
                  {details.channelConfirmation.needs.map((need) => (
                    <li key={need}>{need}</li>
                  ))}
                </ul>
              ) : null}
            </Fact>
          ) : null}
        </>
      ) : (
        <Fact term="Proposal">{summary.summary}</Fact>
      )}
    </dl>
  );
}

function DecisionOutcome({ state }: { state: ReturnType<typeof useApprovalDecision>['state'] }): React.ReactElement {
  switch (state.status) {
    case 'decided':
      return (
        <MessageBar intent="success" role="status" layout="multiline">
          <MessageBarBody>{OUTCOME_WORDS[state.outcome].done} The case officer has been told.</MessageBarBody>
        </MessageBar>
      );
    case 'alreadyDecided':
      return (
        <MessageBar intent="info" role="status" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Already decided</MessageBarTitle>
            {state.message}
          </MessageBarBody>
        </MessageBar>
      );
    case 'failed':
      return <ErrorMessage error={state.error} title="Your decision was not recorded" />;
    default:
      return <></>;
  }
}

/** One pending approval with its facts and the Approve / Reject / Ask for changes decision. */
export function ApprovalItem({ approval }: { approval: PendingApproval }): React.ReactElement {
  const styles = useApprovalsScreenStyles();
  const needsContinuity = approval.details?.continuityPlan !== undefined;
  const needsChannel = approval.details?.channelConfirmation !== undefined;
  const form = useApprovalDecision(approval.summary.approvalId, needsContinuity, needsChannel);
  const headingId = `approval-${approval.summary.approvalId}`;
  const finished = form.state.status === 'decided' || form.state.status === 'alreadyDecided';
  const card = React.useRef<HTMLDivElement>(null);
  const focusAfterRender = useFocusAfterRender(card);
  const choose = (outcome: ApprovalOutcome): void => {
    form.choose(outcome);
    focusAfterRender(COMMENT_BOX);
  };
  const cancel = (): void => {
    const chosen = form.outcome;
    form.cancel();
    if (chosen) focusAfterRender(choiceButton(chosen));
  };
  const submit = async (): Promise<void> => {
    const sent = await form.submit();
    focusAfterRender(sent ? OUTCOME : FIRST_ERROR);
  };
  return (
    <li>
      <Card ref={card} className={styles.card} aria-labelledby={headingId}>
        <Subtitle1 as="h3" id={headingId}>
          {approval.summary.personName}: {approval.summary.caseReference ?? approval.summary.caseId}
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
          <div className={styles.actions} role="group" aria-label={`Decision for ${approval.summary.personName}`}>
            {(['Approve', 'Reject', 'AskForChanges'] as const).map((outcome) => (
              <Button
                key={outcome}
                appearance={form.outcome === outcome ? 'primary' : 'secondary'}
                aria-pressed={form.outcome === outcome}
                data-outcome={outcome}
                onClick={() => choose(outcome)}
              >
                {OUTCOME_WORDS[outcome].button}
              </Button>
            ))}
          </div>
        ) : null}
        {form.outcome && !finished ? (
          <form
            noValidate
            aria-label={`${OUTCOME_WORDS[form.outcome].button}: ${approval.summary.personName}`}
            onSubmit={(event) => {
              event.preventDefault();
              submit().catch(() => undefined);
            }}
          >
            <TextAreaField
              label={OUTCOME_WORDS[form.outcome].comment}
              required={form.outcome !== 'Approve'}
              value={form.comment}
              onChange={form.setComment}
              error={form.errors.comment}
              rows={3}
            />
            {form.outcome === 'Approve' && needsContinuity ? (
              <Field validationMessage={form.errors.continuity} validationState={form.errors.continuity ? 'error' : 'none'}>
                <Checkbox
                  label="I confirm the continuity plan: information and participation continue as described."
                  checked={form.continuityConfirmed}
                  onChange={(_, data) => form.setContinuityConfirmed(data.checked === true)}
                />
              </Field>
            ) : null}
            {form.outcome === 'Approve' && needsChannel ? (
              <Field validationMessage={form.errors.channel} validationState={form.errors.channel ? 'error' : 'none'}>
                <Checkbox
                  label="I confirm this contact channel works for this person and meets the communication needs shown."
                  checked={form.channelConfirmed}
                  onChange={(_, data) => form.setChannelConfirmed(data.checked === true)}
                />
              </Field>
            ) : null}
            <div className={styles.actions}>
              <Button appearance="primary" type="submit" disabled={form.state.status === 'sending'}>
                Send decision: {OUTCOME_WORDS[form.outcome].button}
              </Button>
              <Button onClick={cancel}>Cancel</Button>
            </div>
          </form>
        ) : null}
        {/* Focus comes here once a decision is sent: the buttons it came from are gone. */}
        <div aria-live="polite" tabIndex={-1} data-decision-outcome className={styles.outcome}>
          <DecisionOutcome state={form.state} />
        </div>
      </Card>
    </li>
  );
}
