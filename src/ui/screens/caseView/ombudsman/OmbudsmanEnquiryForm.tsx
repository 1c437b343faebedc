import * as React from 'react';
import { Subtitle2 } from '@fluentui/react-components';
import { OMBUDSMAN_SCHEMES, OMBUDSMEN, type IsoDate, type OmbudsmanScheme } from '../../../../domain';
import { SelectField, TextAreaField, TextField } from '../../../components/FormFields';
import { useAppServices } from '../../../services/AppServices';
import { CaseActionForm } from '../../shared/CaseActionForm';
import type { CaseRecord } from '../../shared/useCaseRecord';
import { useActionForm } from './useActionForm';

/** Issue 16 item 8: record that an Ombudsman has opened an enquiry into the case. The engine checks it. */
export function OmbudsmanEnquiryForm({ record }: { record: CaseRecord }): React.ReactElement {
  const { clock } = useAppServices();
  const action = useActionForm(record);
  const [scheme, setScheme] = React.useState<OmbudsmanScheme>('LGSCO');
  const [reference, setReference] = React.useState('');
  const [receivedOn, setReceivedOn] = React.useState<string>(clock.today());
  const [summary, setSummary] = React.useState('');
  const submit = async (): Promise<void> => {
    const saved = await action.submit(
      { type: 'recordOmbudsmanEnquiry', scheme, reference, receivedOn: receivedOn as IsoDate, summary },
      'The Ombudsman’s enquiry has been recorded on the case.'
    );
    if (saved) {
      setReference('');
      setSummary('');
    }
  };
  return (
    <section aria-labelledby="ombudsman-enquiry-form">
      <Subtitle2 as="h4" id="ombudsman-enquiry-form">
        Record an Ombudsman enquiry
      </Subtitle2>
      <CaseActionForm
        onSubmit={submit}
        refusal={action.refusal}
        status={action.said}
        submitLabel="Record the enquiry"
        appearance="secondary"
        disabled={record.saving}
      >
        <SelectField
          label="Ombudsman"
          required
          value={scheme}
          onChange={(value) => setScheme(value as OmbudsmanScheme)}
          choices={OMBUDSMAN_SCHEMES.map((s) => ({ value: s, label: OMBUDSMEN[s].name }))}
        />
        <TextField label="The Ombudsman’s reference" required value={reference} onChange={setReference} maxLength={40} />
        <TextField label="Date the enquiry was received" type="date" required value={receivedOn} onChange={setReceivedOn} />
        <TextAreaField
          label="What the Ombudsman is looking at"
          required
          rows={3}
          value={summary}
          onChange={setSummary}
          hint="For example the complaint they are considering and what they have asked the council for."
        />
      </CaseActionForm>
    </section>
  );
}
