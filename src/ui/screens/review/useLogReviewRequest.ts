import * as React from 'react';
import { isBefore, type Case, type IsoDate } from '../../../domain';
import { useAppServices } from '../../services/AppServices';
import { useDeadlineContext } from '../../services/timeFrames';
import { useCaseActionSubmit, type CaseActionSubmit, type FieldProblem } from '../shared/useCaseActionSubmit';
import type { CaseRecord } from '../shared/useCaseRecord';
import { answerByDate, decisionMakerFor, requestTextWith, type RequestChannel } from './customerRequestWording';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface LogReviewRequest {
  action: CaseActionSubmit;
  receivedOn: string;
  setReceivedOn(value: string): void;
  channel: RequestChannel | '';
  setChannel(value: RequestChannel | ''): void;
  whatTheyAsked: string;
  setWhatTheyAsked(value: string): void;
  /** The date the answer is due, once the date it arrived is a real date no later than today. */
  answerBy: IsoDate | undefined;
  /** Who answers it in writing. */
  decisionMaker: string;
  submit(): Promise<void>;
}

function requestProblems(receivedOn: string, arrivedByToday: boolean, channel: RequestChannel | ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!ISO_DATE.test(receivedOn)) problems.push({ field: 'receivedOn', message: 'Enter the date the request arrived.' });
  else if (!arrivedByToday) problems.push({ field: 'receivedOn', message: 'The request cannot have arrived after today.' });
  if (!channel) problems.push({ field: 'channel', message: 'Choose how the request arrived.' });
  return problems;
}

/** BR-34: log the customer's request for a review as it arrived; the domain sets it against the answer-by date. */
export function useLogReviewRequest(kase: Case, record: CaseRecord): LogReviewRequest {
  const { clock, currentUser } = useAppServices();
  const deadlines = useDeadlineContext();
  const action = useCaseActionSubmit(record);
  const today = clock.today();
  const [receivedOn, setReceivedOn] = React.useState<string>(today);
  const [channel, setChannel] = React.useState<RequestChannel | ''>('');
  const [whatTheyAsked, setWhatTheyAsked] = React.useState('');
  const decisionMaker = decisionMakerFor(kase, currentUser.id);
  const validDate = ISO_DATE.test(receivedOn) && !isBefore(today, receivedOn as IsoDate);

  const submit = async (): Promise<void> => {
    if (!action.validate(requestProblems(receivedOn, validDate, channel)) || !channel) return;
    // What the customer asked for is checked by the domain (BR-34), so a blank request is refused there.
    const result = await action.submit(
      {
        type: 'logPersonReviewRequest',
        requestedOn: receivedOn as IsoDate,
        requestText: requestTextWith(channel, whatTheyAsked),
        respondBy: answerByDate(receivedOn as IsoDate, deadlines),
        assignedTo: decisionMaker
      },
      'The request has been logged.'
    );
    if (result.status === 'saved') {
      setWhatTheyAsked('');
      setChannel('');
    }
  };
  const answerBy = validDate ? answerByDate(receivedOn as IsoDate, deadlines) : undefined;
  return { action, receivedOn, setReceivedOn, channel, setChannel, whatTheyAsked, setWhatTheyAsked, answerBy, decisionMaker, submit };
}
