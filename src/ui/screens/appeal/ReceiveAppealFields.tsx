import * as React from 'react';
import { APPEAL_GROUND_LABELS, APPEAL_GROUNDS, type Case } from '../../../domain';
import { CheckboxGroupField, SelectField, TextAreaField, TextField } from '../../components/FormFields';
import { usePersonNames } from '../../components/PersonName';
import { useAppServices } from '../../services/AppServices';
import { independentReviewers, noReviewerReason, type AppealReceipt } from './appealReceipt';

export interface ReceiveAppealFieldsProps {
  kase: Case;
  receipt: AppealReceipt;
  onChange(patch: Partial<AppealReceipt>): void;
  errorOf(field: string): string | undefined;
}

/** The appeal as received: when, on what grounds, what the person says, and the independent reviewer. */
export function ReceiveAppealFields({ kase, receipt, onChange, errorOf }: ReceiveAppealFieldsProps): React.ReactElement {
  const { roleAssignments } = useAppServices();
  const nameOf = usePersonNames();
  const reviewers = independentReviewers(kase, roleAssignments, nameOf);
  return (
    <>
      <TextField
        label="Date the appeal was received"
        type="date"
        required
        value={receipt.receivedOn}
        onChange={(receivedOn) => onChange({ receivedOn })}
      />
      <CheckboxGroupField
        label="Grounds of appeal"
        required
        values={receipt.grounds}
        onChange={(grounds) => onChange({ grounds })}
        choices={APPEAL_GROUNDS.map((g) => ({ value: g, label: APPEAL_GROUND_LABELS[g] }))}
        error={errorOf('grounds')}
      />
      <TextAreaField
        label="The person's appeal (summary)"
        required
        rows={3}
        value={receipt.statement}
        onChange={(statement) => onChange({ statement })}
        error={errorOf('statement')}
      />
      <SelectField
        label="Appeal reviewer"
        required
        placeholder="Choose a reviewer"
        value={receipt.reviewerId}
        onChange={(reviewerId) => onChange({ reviewerId })}
        choices={reviewers}
        error={errorOf('reviewerId') ?? noReviewerReason(reviewers, (roleAssignments.appealReviewer ?? []).length)}
      />
    </>
  );
}
