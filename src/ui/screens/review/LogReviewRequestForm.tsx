import * as React from 'react';
import { Body1, Button, Subtitle2 } from '@fluentui/react-components';
import { formatLongDate, isBefore, type Case, type IsoDate, type TransitionError } from '../../../domain';
import { errorFor, SelectField, TextAreaField, TextField } from '../../components/FormFields';
import { later } from '../../components/later';
import { usePersonNames } from '../../components/PersonName';
import { useFormStyles } from '../../components/ScreenLayout';
import { useAppServices } from '../../services/AppServices';
import { useDeadlineContext } from '../../services/timeFrames';
import { RefusalMessage } from '../shared/CaseFrame';
import { refusalOf, type CaseRecord } from '../shared/useCaseRecord';
import {
  answerByDate,
  decisionMakerFor,
  REQUEST_CHANNEL_LABELS,
  REQUEST_CHANNELS,
  requestTextWith,
  type RequestChannel
} from './customerRequestWording';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface LogReviewRequestFormProps {
  kase: Case;
  record: CaseRecord;
}

/** BR-34: log the customer's request for a review as it arrived; the domain sets it against the answer-by date. */
export function LogReviewRequestForm({ kase, record }: LogReviewRequestFormProps): React.ReactElement {
  const { clock, currentUser } = useAppServices();
  const deadlines = useDeadlineContext();
  const nameOf = usePersonNames();
  const form = useFormStyles();
  const today = clock.today();
  const [receivedOn, setReceivedOn] = React.useState<string>(today);
  const [channel, setChannel] = React.useState<RequestChannel | ''>('');
  const [whatTheyAsked, setWhatTheyAsked] = React.useState('');
  const [errors, setErrors] = React.useState<{ field: string; message: string }[]>([]);
  const [refusal, setRefusal] = React.useState<TransitionError | undefined>(undefined);
  const [logged, setLogged] = React.useState(false);
  const decisionMaker = decisionMakerFor(kase, currentUser.id);
  const validDate = ISO_DATE.test(receivedOn) && !isBefore(today, receivedOn as IsoDate);

  const submit = async (): Promise<void> => {
    const problems = [];
    if (!ISO_DATE.test(receivedOn)) problems.push({ field: 'receivedOn', message: 'Enter the date the request arrived.' });
    else if (!validDate) problems.push({ field: 'receivedOn', message: 'The request cannot have arrived after today.' });
    if (!channel) problems.push({ field: 'channel', message: 'Choose how the request arrived.' });
    setErrors(problems);
    setLogged(false);
    if (problems.length > 0 || !channel) return;
    // What the customer asked for is checked by the domain (BR-34), so a blank request is refused there.
    const result = await record.apply({
      type: 'logPersonReviewRequest',
      requestedOn: receivedOn as IsoDate,
      requestText: requestTextWith(channel, whatTheyAsked),
      respondBy: answerByDate(receivedOn as IsoDate, deadlines),
      assignedTo: decisionMaker
    });
    setRefusal(refusalOf(result));
    if (result.status === 'saved') {
      setWhatTheyAsked('');
      setChannel('');
      setLogged(true);
    }
  };

  return (
    <section aria-labelledby="log-review-request">
      <Subtitle2 as="h4" id="log-review-request">
        Log a request for a review
      </Subtitle2>
      <form
        className={form.form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          later(submit());
        }}
      >
        <TextField
          label="Date the request arrived"
          type="date"
          required
          value={receivedOn}
          onChange={setReceivedOn}
          error={errorFor(errors, 'receivedOn')}
          hint={
            validDate
              ? `It must be answered in writing by ${formatLongDate(answerByDate(receivedOn as IsoDate, deadlines))}.`
              : 'The answer-by date is set from this date.'
          }
        />
        <SelectField
          label="How it arrived"
          required
          placeholder="Choose how it arrived"
          value={channel}
          onChange={(v) => setChannel(v as RequestChannel | '')}
          choices={REQUEST_CHANNELS.map((c) => ({ value: c, label: REQUEST_CHANNEL_LABELS[c] }))}
          error={errorFor(errors, 'channel')}
        />
        <TextAreaField
          label="What the customer says"
          required
          rows={3}
          value={whatTheyAsked}
          onChange={setWhatTheyAsked}
          hint="Record what they asked for and why, in their words where you can. Facts only, no opinion."
        />
        <Body1 as="p">The request goes to {nameOf(decisionMaker)}, who answers it in writing.</Body1>
        <RefusalMessage refusal={refusal} />
        {/* Always in the page so screen readers announce the confirmation when it appears. */}
        <Body1 as="p" role="status">
          {logged ? 'The request has been logged.' : ''}
        </Body1>
        <div className={form.actions}>
          <Button appearance="secondary" type="submit" disabled={record.saving}>
            Log the request
          </Button>
        </div>
      </form>
    </section>
  );
}
