import * as React from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { formatLongDate, type checkSanctionProposal, type Person, type Sanction } from '../../../domain';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextAreaField, TextField } from '../../components/FormFields';
import { ProposalErrors, ProposalWarnings } from '../proposeSanction/ProposalCheckMessages';
import { RestrictionsFieldset } from '../proposeSanction/RestrictionsFieldset';
import { ScopeFieldset } from '../proposeSanction/ScopeFieldset';
import type { AmendmentDraft } from './amendment';

export interface AmendmentFieldsProps {
  sanction: Sanction;
  subject: Person;
  leadService: string;
  draft: AmendmentDraft;
  onChange(patch: Partial<AmendmentDraft>): void;
  check: ReturnType<typeof checkSanctionProposal>;
  /** After a refused save: the domain's errors and "nothing changed" are shown. */
  showErrors: boolean;
  nothingChanged: boolean;
}

/**
 * The restriction as amended on review, with the same editors as proposing a sanction and
 * the domain's proportionality and reasonable-adjustment warnings as the officer types.
 */
export function AmendmentFields(props: AmendmentFieldsProps): React.ReactElement {
  const { draft, onChange, check, showErrors, sanction } = props;
  const fieldError = (field: string): string | undefined =>
    showErrors
      ? check.errors.filter((e) => e.field === field || e.field.indexOf(`${field}[`) === 0 || e.field.indexOf(`${field}.`) === 0)[0]
          ?.message
      : undefined;
  return (
    <>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          The amended restriction is a new version that starts today and runs until the end date below (BR-10). The version in force now is
          kept on the record as superseded.
        </MessageBarBody>
      </MessageBar>
      <RestrictionsFieldset draft={draft} onChange={onChange} error={fieldError('restrictions')} />
      <ScopeFieldset
        legend="Scope and end date"
        draft={draft}
        onChange={onChange}
        leadService={props.leadService}
        scopeError={fieldError('scope')}
        showBasisError={showErrors}
      >
        <TextField
          label="New end date"
          type="date"
          value={draft.newEndDate}
          onChange={(newEndDate) => onChange({ newEndDate })}
          hint={`Leave blank to keep the current end date, ${formatLongDate(sanction.endDate)}.`}
          error={fieldError('endDate')}
        />
      </ScopeFieldset>
      <TextAreaField
        label="Why the amended restriction is the minimum needed (proportionality)"
        required
        rows={3}
        value={draft.proportionality}
        onChange={(proportionality) => onChange({ proportionality })}
        error={fieldError('proportionalityReasons')}
      />
      {props.subject.reasonableAdjustments.length > 0 ? (
        <TextAreaField
          label="If a restriction clashes with a reasonable adjustment, why go ahead"
          rows={2}
          value={draft.adjustmentOverride}
          onChange={(adjustmentOverride) => onChange({ adjustmentOverride })}
          error={fieldError('adjustmentOverrideReason')}
        />
      ) : null}
      <ProposalWarnings check={check} heading="Check before you amend" />
      {showErrors ? <ProposalErrors check={check} title="The amendment cannot be saved yet" /> : null}
      {showErrors && props.nothingChanged ? (
        <ErrorMessage
          title="Nothing has been amended"
          error="Change the restrictions, their details, the scope or the end date, or choose Continue the restriction instead."
        />
      ) : null}
    </>
  );
}
