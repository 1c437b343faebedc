import * as React from 'react';
import type { Case, Person } from '../../../domain';
import { ErrorMessage } from '../../components/ErrorMessage';
import { errorFor, TextAreaField } from '../../components/FormFields';
import { CaseActionForm } from '../shared/CaseActionForm';
import { ContinuityFieldset } from './ContinuityFieldset';
import { ProposalErrors, ProposalWarnings } from './ProposalCheckMessages';
import { proposalChecks } from './proposalChecks';
import { ProposalDates } from './ProposalDates';
import { RestrictionsFieldset } from './RestrictionsFieldset';
import { ScopeFieldset } from './ScopeFieldset';
import { SpocFieldset } from './SpocFieldset';
import type { ProposeSanction } from './useProposeSanction';

export interface ProposalFormProps {
  screen: ProposeSanction;
  kase: Case;
  subject: Person;
}

/** The proposal: restrictions, scope and dates, contact, reasons, and the domain's checks as the officer types. */
export function ProposalForm({ screen, kase, subject }: ProposalFormProps): React.ReactElement {
  const { draft, update, showErrors, approval } = screen;
  const checks = proposalChecks(draft, kase, subject, screen.today, screen.nameOf, showErrors);
  const { check, fieldError, ownErrors } = checks;
  return (
    <CaseActionForm
      onSubmit={() => screen.submit(checks)}
      refusal={screen.action.refusal}
      submitLabel={approval.status === 'requesting' ? 'Requesting approval…' : 'Request approval'}
      disabled={screen.record.saving || approval.status === 'requesting'}
      notices={
        approval.status === 'failed' ? (
          <ErrorMessage error={approval.error} title="The proposal was saved, but approval was not requested" />
        ) : null
      }
    >
      <RestrictionsFieldset draft={draft} onChange={update} error={fieldError('restrictions')} />
      <ScopeFieldset
        legend="Scope and dates"
        draft={draft}
        onChange={update}
        leadService={kase.leadService}
        scopeError={fieldError('scope')}
        showBasisError={showErrors}
      >
        <ProposalDates draft={draft} onChange={update} fieldError={fieldError} />
      </ScopeFieldset>
      <SpocFieldset
        draft={draft}
        onChange={update}
        fieldError={fieldError}
        nameError={showErrors ? (errorFor(ownErrors, 'spocName') ?? fieldError('spoc.name')) : undefined}
      />
      <TextAreaField
        label="Why this is the minimum needed (proportionality)"
        required
        rows={3}
        value={draft.proportionality}
        onChange={(proportionality) => update({ proportionality })}
        error={fieldError('proportionalityReasons')}
      />
      {subject.reasonableAdjustments.length > 0 ? (
        <TextAreaField
          label="If a restriction clashes with a reasonable adjustment, why go ahead"
          rows={2}
          value={draft.adjustmentOverride}
          onChange={(adjustmentOverride) => update({ adjustmentOverride })}
          error={fieldError('adjustmentOverrideReason')}
        />
      ) : null}
      {subject.statutoryRoles.length > 0 ? <ContinuityFieldset draft={draft} onChange={update} fieldError={fieldError} /> : null}
      {checks.monitoringRunning ? (
        <TextAreaField
          label="Serious breach that ends monitoring early"
          required
          rows={2}
          value={draft.earlyBreach}
          onChange={(earlyBreach) => update({ earlyBreach })}
          error={showErrors ? errorFor(ownErrors, 'earlyBreach') : undefined}
        />
      ) : null}
      <ProposalWarnings check={check} heading="Check before you propose" />
      {showErrors ? <ProposalErrors check={check} title="The proposal cannot be sent yet" /> : null}
    </CaseActionForm>
  );
}
