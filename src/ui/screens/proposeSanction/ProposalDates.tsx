import * as React from 'react';
import { TextField } from '../../components/FormFields';
import type { ProposalDraft } from './proposalDraft';

export interface ProposalDatesProps {
  draft: ProposalDraft;
  onChange(patch: Partial<ProposalDraft>): void;
  fieldError(field: string): string | undefined;
}

/** When the restriction starts and ends, and when it is first reviewed. */
export function ProposalDates({ draft, onChange, fieldError }: ProposalDatesProps): React.ReactElement {
  return (
    <>
      <TextField
        label="Start date"
        type="date"
        required
        value={draft.startDate}
        onChange={(startDate) => onChange({ startDate })}
        error={fieldError('startDate')}
      />
      <TextField
        label="End date"
        type="date"
        required
        value={draft.endDate}
        onChange={(endDate) => onChange({ endDate })}
        error={fieldError('endDate')}
      />
      <TextField
        label="Review date"
        type="date"
        required
        value={draft.reviewDate}
        onChange={(reviewDate) => onChange({ reviewDate })}
        error={fieldError('reviewDate')}
      />
    </>
  );
}
