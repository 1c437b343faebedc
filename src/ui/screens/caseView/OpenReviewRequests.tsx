import * as React from 'react';
import { Badge, Link, Subtitle2 } from '@fluentui/react-components';
import { isOverdue, type Case, type IsoDate } from '../../../domain';
import { DateText } from '../../components/DateText';
import { useNavigation } from '../../navigation/navigation';
import { answerByText, openPersonRequests } from '../review/customerRequestWording';

export interface OpenReviewRequestsProps {
  kase: Case;
  today: IsoDate;
  /** Whether this user may open the review screen to answer (review.conduct). */
  canAnswer: boolean;
}

/** BR-34: an unanswered request from the customer is shown on the case, with its answer-by date and a link to answer it. */
export function OpenReviewRequests({ kase, today, canAnswer }: OpenReviewRequestsProps): React.ReactElement {
  const { navigate } = useNavigation();
  const open = openPersonRequests(kase);
  if (open.length === 0) return <></>;
  return (
    <section aria-labelledby="open-review-requests">
      <Subtitle2 as="h3" id="open-review-requests">
        The customer has asked for a review
      </Subtitle2>
      <ul>
        {open.map((request) => (
          <li key={request.id}>
            <div>
              Received <DateText value={request.requestedOn} />.{' '}
              {isOverdue(request.dueDate, today) ? (
                <Badge appearance="filled" color="danger">
                  Overdue
                </Badge>
              ) : null}{' '}
              {answerByText(request, today)}.{' '}
              {canAnswer ? (
                <Link as="button" onClick={() => navigate('review', { caseId: kase.id, request: request.id })}>
                  Answer the request received <DateText value={request.requestedOn} />
                </Link>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
