import * as React from 'react';
import { Body1, Subtitle2 } from '@fluentui/react-components';
import { formatLongDate, type Case } from '../../../domain';
import { SelectField, TextAreaField, TextField } from '../../components/FormFields';
import { usePersonNames } from '../../components/PersonName';
import { CaseActionForm } from '../shared/CaseActionForm';
import type { CaseRecord } from '../shared/useCaseRecord';
import { REQUEST_CHANNEL_LABELS, REQUEST_CHANNELS, type RequestChannel } from './customerRequestWording';
import { useLogReviewRequest } from './useLogReviewRequest';

export interface LogReviewRequestFormProps {
  kase: Case;
  record: CaseRecord;
}

/** BR-34: log the customer's request for a review as it arrived; the domain sets it against the answer-by date. */
export function LogReviewRequestForm({ kase, record }: LogReviewRequestFormProps): React.ReactElement {
  const nameOf = usePersonNames();
  const request = useLogReviewRequest(kase, record);
  const { action } = request;
  return (
    <section aria-labelledby="log-review-request">
      <Subtitle2 as="h4" id="log-review-request">
        Log a request for a review
      </Subtitle2>
      <CaseActionForm
        onSubmit={request.submit}
        refusal={action.refusal}
        status={action.said}
        submitLabel="Log the request"
        appearance="secondary"
        disabled={record.saving}
      >
        <TextField
          label="Date the request arrived"
          type="date"
          required
          value={request.receivedOn}
          onChange={request.setReceivedOn}
          error={action.errorOf('receivedOn')}
          hint={
            request.answerBy
              ? `It must be answered in writing by ${formatLongDate(request.answerBy)}.`
              : 'The answer-by date is set from this date.'
          }
        />
        <SelectField
          label="How it arrived"
          required
          placeholder="Choose how it arrived"
          value={request.channel}
          onChange={(v) => request.setChannel(v as RequestChannel | '')}
          choices={REQUEST_CHANNELS.map((c) => ({ value: c, label: REQUEST_CHANNEL_LABELS[c] }))}
          error={action.errorOf('channel')}
        />
        <TextAreaField
          label="What the customer says"
          required
          rows={3}
          value={request.whatTheyAsked}
          onChange={request.setWhatTheyAsked}
          hint="Record what they asked for and why, in their words where you can. Facts only, no opinion."
        />
        <Body1 as="p">The request goes to {nameOf(request.decisionMaker)}, who answers it in writing.</Body1>
      </CaseActionForm>
    </section>
  );
}
