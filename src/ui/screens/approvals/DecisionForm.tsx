import * as React from 'react';
import { Button, Checkbox, Field } from '@fluentui/react-components';
import type { ApprovalOutcome } from '../../../domain';
import { TextAreaField } from '../../components/FormFields';
import { OUTCOME_WORDS } from './approvalOutcomeWords';
import type { ApprovalDecisionForm } from './useApprovalDecision';
import { useApprovalsScreenStyles } from './useApprovalsScreenStyles';

export interface DecisionFormProps {
  form: ApprovalDecisionForm;
  outcome: ApprovalOutcome;
  personName: string;
  /** BR-29 and BR-31: the confirmations an approval needs for this proposal. */
  needsContinuity: boolean;
  needsChannel: boolean;
  onSubmit(): Promise<void>;
  onCancel(): void;
}

/** The chosen decision's comment (required unless approving) and, to approve, the confirmations it needs. */
export function DecisionForm({
  form,
  outcome,
  personName,
  needsContinuity,
  needsChannel,
  onSubmit,
  onCancel
}: DecisionFormProps): React.ReactElement {
  const styles = useApprovalsScreenStyles();
  return (
    <form
      noValidate
      aria-label={`${OUTCOME_WORDS[outcome].button}: ${personName}`}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit().catch(() => undefined);
      }}
    >
      <TextAreaField
        label={OUTCOME_WORDS[outcome].comment}
        required={outcome !== 'Approve'}
        value={form.comment}
        onChange={form.setComment}
        error={form.errors.comment}
        rows={3}
      />
      {outcome === 'Approve' && needsContinuity ? (
        <Field validationMessage={form.errors.continuity} validationState={form.errors.continuity ? 'error' : 'none'}>
          <Checkbox
            label="I confirm the continuity plan: information and participation continue as described."
            checked={form.continuityConfirmed}
            onChange={(_, data) => form.setContinuityConfirmed(data.checked === true)}
          />
        </Field>
      ) : null}
      {outcome === 'Approve' && needsChannel ? (
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
          Send decision: {OUTCOME_WORDS[outcome].button}
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
