import * as React from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { INVOCATION_OUTCOMES, PANEL_ROLES_BY_ROUTE, type Case, type InvocationOutcome } from '../../../domain';
import { SelectField, TextAreaField, TextField } from '../../components/FormFields';
import { CaseActionForm } from '../shared/CaseActionForm';
import { AlternateOfficerField } from './AlternateOfficerField';
import { conflictedOfficers, needsAlternateOfficer, OUTCOME_LABELS } from './panelDecision';
import { PanelSeatsFieldset } from './PanelSeatsFieldset';
import type { Invocation } from './useInvocation';

/** The panel decision: who sat, the alternate officer where needed, the meeting, the decision and its reasons. */
export function InvocationForm({ screen, kase }: { screen: Invocation; kase: Case }): React.ReactElement {
  const { draft, change, action, longestMonitoring } = screen;
  const conflicted = conflictedOfficers(kase);
  return (
    <CaseActionForm
      onSubmit={() => screen.submit(kase)}
      refusal={action.refusal}
      submitLabel="Record the decision"
      disabled={screen.record.saving}
    >
      {kase.conflictDeclarations.length > 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            An officer has declared earlier involvement with this customer (BR-03). The alternate officer must take their seat.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <PanelSeatsFieldset
        seatRoles={PANEL_ROLES_BY_ROUTE[kase.route]}
        seats={draft.seats}
        onChange={(seats) => change({ seats })}
        conflicted={conflicted}
        errorOf={action.errorOf}
      />
      {needsAlternateOfficer(kase) ? (
        <AlternateOfficerField
          value={draft.alternateOfficer}
          onChange={(alternateOfficer) => change({ alternateOfficer })}
          conflicted={conflicted}
          error={action.errorOf('alternateOfficer')}
        />
      ) : null}
      <TextField
        label="Date of the meeting"
        type="date"
        required
        value={draft.meetingDate}
        onChange={(meetingDate) => change({ meetingDate })}
        error={action.errorOf('meetingDate')}
      />
      <TextAreaField
        label="Documents reviewed (one per line)"
        rows={3}
        value={draft.documents}
        onChange={(documents) => change({ documents })}
      />
      <SelectField
        label="Decision"
        required
        placeholder="Choose the decision"
        value={draft.outcome}
        onChange={(value) => change({ outcome: value as InvocationOutcome | '' })}
        choices={INVOCATION_OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o] }))}
        error={action.errorOf('outcome')}
      />
      {draft.outcome === 'Invoke' ? (
        <TextField
          label={`Monitoring period in months (usually ${longestMonitoring})`}
          type="number"
          required
          value={draft.months}
          onChange={(months) => change({ months })}
          error={action.errorOf('months')}
        />
      ) : null}
      <TextAreaField
        label="Reasons for the decision"
        required
        rows={4}
        value={draft.reasons}
        onChange={(reasons) => change({ reasons })}
        error={action.errorOf('reasons')}
      />
    </CaseActionForm>
  );
}
