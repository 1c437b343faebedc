import * as React from 'react';
import { Body1, Button } from '@fluentui/react-components';
import {
  formatLongDate,
  LETTER_TYPE_LABELS,
  type Case,
  type IsoDate,
  type OmbudsmanEnquiry,
  type OmbudsmanRemedy
} from '../../../../domain';
import { SelectField, TextField } from '../../../components/FormFields';
import { later } from '../../../components/later';
import { useFormStyles } from '../../../components/ScreenLayout';
import { useAppServices } from '../../../services/AppServices';
import { RefusalMessage } from '../../shared/CaseFrame';
import type { CaseRecord } from '../../shared/useCaseRecord';
import { useActionForm } from './useActionForm';

interface EnquiryProps {
  kase: Case;
  record: CaseRecord;
  enquiry: OmbudsmanEnquiry;
}

/** Issue 16 item 8: record that a copy of one of the case's sent letters went to the Ombudsman. */
export function CopyLetterForm({ kase, record, enquiry }: EnquiryProps): React.ReactElement {
  const { clock } = useAppServices();
  const form = useFormStyles();
  const action = useActionForm(record);
  const copied = enquiry.lettersCopied.map((c) => c.letterId);
  const letters = kase.letters.filter((l) => l.sentOn !== undefined && copied.indexOf(l.id) < 0);
  const [letterId, setLetterId] = React.useState('');
  const [sentOn, setSentOn] = React.useState<string>(clock.today());
  if (letters.length === 0 && action.said === '') return <></>;
  return (
    <form
      className={form.form}
      noValidate
      aria-label={`Copy a letter to the Ombudsman (${enquiry.reference})`}
      onSubmit={(event) => {
        event.preventDefault();
        later(
          action
            .submit(
              { type: 'copyLetterToOmbudsman', enquiryId: enquiry.id, letterId, sentOn: sentOn as IsoDate },
              'The copy sent to the Ombudsman has been recorded.'
            )
            .then((saved) => (saved ? setLetterId('') : undefined))
        );
      }}
    >
      {letters.length > 0 ? (
        <>
          <SelectField
            label="Letter copied to the Ombudsman"
            placeholder="Choose a letter"
            value={letterId}
            onChange={setLetterId}
            choices={letters.map((l) => ({
              value: l.id,
              label: `${LETTER_TYPE_LABELS[l.type]}, sent ${l.sentOn ? formatLongDate(l.sentOn) : ''}`
            }))}
          />
          <TextField label="Date the copy was sent" type="date" value={sentOn} onChange={setSentOn} />
        </>
      ) : null}
      <RefusalMessage refusal={action.refusal} />
      <Body1 as="p" role="status">
        {action.said}
      </Body1>
      {letters.length > 0 ? (
        <div className={form.actions}>
          <Button appearance="secondary" type="submit" disabled={record.saving || letterId === ''}>
            Record the copy
          </Button>
        </div>
      ) : null}
    </form>
  );
}

/** Issue 16 item 8: the officer records what was done for a remedy; that completes its task. */
export function RemedyDoneForm({
  record,
  enquiry,
  remedy,
  label
}: Omit<EnquiryProps, 'kase'> & { remedy: OmbudsmanRemedy; label: string }): React.ReactElement {
  const form = useFormStyles();
  const action = useActionForm(record);
  const [note, setNote] = React.useState('');
  return (
    <form
      className={form.form}
      noValidate
      aria-label={`Record ${label.toLowerCase()} as done`}
      onSubmit={(event) => {
        event.preventDefault();
        later(
          action.submit(
            { type: 'completeOmbudsmanRemedy', enquiryId: enquiry.id, remedyId: remedy.id, note },
            'Recorded as done. It is no longer on the list of what is due.'
          )
        );
      }}
    >
      <TextField label={`What was done: ${label.toLowerCase()}`} required value={note} onChange={setNote} />
      <RefusalMessage refusal={action.refusal} />
      <Body1 as="p" role="status">
        {action.said}
      </Body1>
      <div className={form.actions}>
        <Button appearance="secondary" type="submit" disabled={record.saving}>
          Record as done
        </Button>
      </div>
    </form>
  );
}
