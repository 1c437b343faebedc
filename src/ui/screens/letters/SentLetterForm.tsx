import * as React from 'react';
import { Body1, Button, Subtitle2 } from '@fluentui/react-components';
import {
  LETTER_CHANNELS,
  type Case,
  type CaseAction,
  type IsoDate,
  type Letter,
  type LetterChannel,
  type TransitionError
} from '../../../domain';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField, TextField } from '../../components/FormFields';
import { later } from '../../components/later';
import { useFormStyles } from '../../components/ScreenLayout';
import { useAppServices } from '../../services/AppServices';
import { RefusalMessage } from '../shared/CaseFrame';
import { refusalOf, type CaseRecord } from '../shared/useCaseRecord';
import { LETTER_CHANNEL_LABELS } from './letterChannelLabels';
import { sentLetterRecord } from './sentLetterRecord';
import type { LetterProduction } from './letterProduction';

export type ProducedLetter = Extract<LetterProduction, { status: 'done' }>;

export interface SentLetterFormProps {
  kase: Case;
  produced: ProducedLetter;
  record: CaseRecord;
  /** The case action that records this letter as sent (the domain checks it again). */
  actionFor(letter: Letter): CaseAction;
  /** Why recording it matters, in a sentence. */
  intro: string;
}

/** Date sent and how, then the case action with the fields the Word document was made from. */
export function SentLetterForm({ kase, produced, record, actionFor, intro }: SentLetterFormProps): React.ReactElement {
  const { clock, currentUser, newRequestKey } = useAppServices();
  const form = useFormStyles();
  const [sentOn, setSentOn] = React.useState<string>(clock.today());
  const [channel, setChannel] = React.useState<LetterChannel>(produced.draft.channel);
  const [refusal, setRefusal] = React.useState<TransitionError | undefined>(undefined);
  const recordSent = async (): Promise<void> => {
    const letter = sentLetterRecord(produced.draft, {
      // The letter the Letters library already keeps with the document, so recording it as
      // sent updates that one; a new letter only when the document was not saved there.
      id: produced.savedLetterId ?? `letter-${newRequestKey()}`,
      keepsReference: produced.savedLetterId !== undefined,
      documentUrl: produced.savedUrl,
      caseId: kase.id,
      templateVersion: produced.templateVersion,
      // Left blank, the domain refuses in words: "Record the date the letter was sent."
      sentOn: (sentOn === '' ? undefined : sentOn) as IsoDate,
      channel,
      sentBy: currentUser.id
    });
    setRefusal(refusalOf(await record.apply(actionFor(letter))));
  };
  return (
    <form
      className={form.form}
      noValidate
      aria-labelledby="record-sent-heading"
      onSubmit={(event) => {
        event.preventDefault();
        later(recordSent());
      }}
    >
      <Subtitle2 as="h3" id="record-sent-heading">
        Record as sent to the customer
      </Subtitle2>
      <Body1 as="p">{intro}</Body1>
      <TextField label="Date sent" type="date" required value={sentOn} onChange={setSentOn} />
      <SelectField
        label="How it was sent"
        required
        value={channel}
        onChange={(value) => setChannel(value as LetterChannel)}
        choices={LETTER_CHANNELS.map((c) => ({ value: c, label: LETTER_CHANNEL_LABELS[c] }))}
      />
      <RefusalMessage refusal={refusal} />
      {record.saveError ? <ErrorMessage error={record.saveError} title="Not saved" /> : null}
      <div className={form.actions}>
        <Button appearance="primary" type="submit" disabled={record.saving}>
          Record as sent to the customer
        </Button>
      </div>
    </form>
  );
}
