import * as React from 'react';
import { Body1, Button, Subtitle2 } from '@fluentui/react-components';
import {
  OMBUDSMAN_OUTCOME_LABELS,
  OMBUDSMAN_OUTCOMES,
  OMBUDSMAN_REMEDY_KINDS,
  OMBUDSMAN_REMEDY_LABELS,
  type IsoDate,
  type OmbudsmanEnquiry,
  type OmbudsmanOutcome,
  type OmbudsmanRemedyKind
} from '../../../../domain';
import { SelectField, TextAreaField, TextField } from '../../../components/FormFields';
import { later } from '../../../components/later';
import { useFormStyles } from '../../../components/ScreenLayout';
import { useAppServices } from '../../../services/AppServices';
import { RefusalMessage } from '../../shared/CaseFrame';
import type { CaseRecord } from '../../shared/useCaseRecord';
import { useActionForm } from './useActionForm';

interface RemedyDraft {
  kind: OmbudsmanRemedyKind;
  detail: string;
  dueBy: string;
}

/**
 * Issue 16 item 8: the Ombudsman's decision on one enquiry. A finding of fault causing injustice
 * orders remedies; each becomes a task for the case officer (the engine makes them).
 */
export function OmbudsmanDecisionForm({ record, enquiry }: { record: CaseRecord; enquiry: OmbudsmanEnquiry }): React.ReactElement {
  const { clock } = useAppServices();
  const form = useFormStyles();
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
      <form
        className={form.form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          later(submit());
        }}
      >
        <SelectField
          label="Decision"
          required
          placeholder="Choose the decision"
          value={outcome}
          onChange={(value) => {
            setOutcome(value as OmbudsmanOutcome | '');
            if (value === 'FaultWithInjustice' && remedies.length === 0) {
              setRemedies([{ kind: 'freshReview', detail: '', dueBy: '' }]);
            }
          }}
          choices={OMBUDSMAN_OUTCOMES.map((o) => ({ value: o, label: OMBUDSMAN_OUTCOME_LABELS[o] }))}
        />
        <TextField label="Date of the decision" type="date" required value={decidedOn} onChange={setDecidedOn} />
        <TextAreaField label="What the Ombudsman decided and why" required rows={3} value={summary} onChange={setSummary} />
        {ordersRemedy ? (
          <fieldset>
            <legend>Remedies the Ombudsman ordered</legend>
            {remedies.map((remedy, index) => (
              <div key={index}>
                <SelectField
                  label={`Remedy ${index + 1}`}
                  required
                  value={remedy.kind}
                  onChange={(value) => change(index, { kind: value as OmbudsmanRemedyKind })}
                  choices={OMBUDSMAN_REMEDY_KINDS.map((k) => ({ value: k, label: OMBUDSMAN_REMEDY_LABELS[k] }))}
                />
                <TextField
                  label={`Remedy ${index + 1}: what the council must do`}
                  required
                  value={remedy.detail}
                  onChange={(detail) => change(index, { detail })}
                />
                <TextField
                  label={`Remedy ${index + 1}: to be done by`}
                  type="date"
                  required
                  value={remedy.dueBy}
                  onChange={(dueBy) => change(index, { dueBy })}
                />
              </div>
            ))}
            <Button
              appearance="secondary"
              onClick={() => setRemedies((current) => current.concat([{ kind: 'apologyLetter', detail: '', dueBy: '' }]))}
            >
              Add another remedy
            </Button>
          </fieldset>
        ) : null}
        <RefusalMessage refusal={action.refusal} />
        <Body1 as="p" role="status">
          {action.said}
        </Body1>
        <div className={form.actions}>
          <Button appearance="secondary" type="submit" disabled={record.saving || outcome === ''}>
            Record the decision
          </Button>
        </div>
      </form>
    </section>
  );
}
