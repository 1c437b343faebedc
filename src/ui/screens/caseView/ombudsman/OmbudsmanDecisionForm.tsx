import * as React from 'react';
import { Subtitle2 } from '@fluentui/react-components';
import {
  OMBUDSMAN_OUTCOME_LABELS,
  OMBUDSMAN_OUTCOMES,
  type IsoDate,
  type OmbudsmanEnquiry,
  type OmbudsmanOutcome
} from '../../../../domain';
import { SelectField, TextAreaField, TextField } from '../../../components/FormFields';
import { useAppServices } from '../../../services/AppServices';
import { CaseActionForm } from '../../shared/CaseActionForm';
import type { CaseRecord } from '../../shared/useCaseRecord';
import { RemediesFieldset, type RemedyDraft } from './RemediesFieldset';
import { useActionForm } from './useActionForm';

/**
 * Issue 16 item 8: the Ombudsman's decision on one enquiry. A finding of fault causing injustice
 * orders remedies; each becomes a task for the case officer (the engine makes them).
 */
export function OmbudsmanDecisionForm({ record, enquiry }: { record: CaseRecord; enquiry: OmbudsmanEnquiry }): React.ReactElement {
  const { clock } = useAppServices();
  const action = useActionForm(record);
  const [outcome, setOutcome] = React.useState<OmbudsmanOutcome | ''>('');
  const [decidedOn, setDecidedOn] = React.useState<string>(clock.today());
  const [summary, setSummary] = React.useState('');
  const [remedies, setRemedies] = React.useState<RemedyDraft[]>([]);
  const ordersRemedy = outcome === 'FaultWithInjustice';
  const headingId = `ombudsman-decision-${enquiry.id}`;
  const change = (index: number, patch: Partial<RemedyDraft>): void =>
    setRemedies((current) => current.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const submit = async (): Promise<void> => {
    if (outcome === '') return;
    await action.submit(
      {
        type: 'recordOmbudsmanDecision',
        enquiryId: enquiry.id,
        decidedOn: decidedOn as IsoDate,
        outcome,
        summary,
        remedies: ordersRemedy ? remedies.map((r) => ({ kind: r.kind, detail: r.detail, dueBy: r.dueBy as IsoDate })) : []
      },
      ordersRemedy
        ? 'The decision has been recorded. Each remedy is now on the case officer’s list of what is due.'
        : 'The decision has been recorded.'
    );
  };
  return (
    <section aria-labelledby={headingId}>
      <Subtitle2 as="h5" id={headingId}>
        Record the Ombudsman’s decision ({enquiry.reference})
      </Subtitle2>
      <CaseActionForm
        onSubmit={submit}
        refusal={action.refusal}
        status={action.said}
        submitLabel="Record the decision"
        appearance="secondary"
        disabled={record.saving || outcome === ''}
      >
        <SelectField
          label="Decision"
          required
          placeholder="Choose the decision"
          value={outcome}
          onChange={(value) => {
            setOutcome(value as OmbudsmanOutcome | '');
            if (value === 'FaultWithInjustice' && remedies.length === 0) setRemedies([{ kind: 'freshReview', detail: '', dueBy: '' }]);
          }}
          choices={OMBUDSMAN_OUTCOMES.map((o) => ({ value: o, label: OMBUDSMAN_OUTCOME_LABELS[o] }))}
        />
        <TextField label="Date of the decision" type="date" required value={decidedOn} onChange={setDecidedOn} />
        <TextAreaField label="What the Ombudsman decided and why" required rows={3} value={summary} onChange={setSummary} />
        {ordersRemedy ? (
          <RemediesFieldset
            remedies={remedies}
            change={change}
            add={() => setRemedies((current) => current.concat([{ kind: 'apologyLetter', detail: '', dueBy: '' }]))}
          />
        ) : null}
      </CaseActionForm>
    </section>
  );
}
