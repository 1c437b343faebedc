import * as React from 'react';
import { Badge, Body1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { can, formatLongDate, isOverdue, participationOf, type Case, type PermissionAction } from '../../../domain';
import { usePersonNames } from '../../components/PersonName';
import { useAppServices } from '../../services/AppServices';
import type { CaseRecord } from '../shared/useCaseRecord';
import { AnswerReviewRequestForm } from './AnswerReviewRequestForm';
import { LogReviewRequestForm } from './LogReviewRequestForm';
import { answerByText, openPersonRequests } from './customerRequestWording';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, marginTop: tokens.spacingVerticalXL },
  request: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium
  },
  quote: { margin: 0, whiteSpace: 'pre-wrap' }
});

export interface PersonReviewRequestsProps {
  kase: Case;
  record: CaseRecord;
  /** The request to bring into view, when the case view linked to it. */
  focusRequestId?: string;
  /** Bring the section itself into view (the case view's "Log a request for a review"). */
  focusSection?: boolean;
}

/**
 * BR-34: the customer's own requests for a review, apart from the scheduled review. Logging
 * needs case.manage and answering review.conduct, as the domain enforces; each form is shown
 * only to those the domain would let save it.
 */
export function PersonReviewRequests({ kase, record, focusRequestId, focusSection }: PersonReviewRequestsProps): React.ReactElement {
  const styles = useStyles();
  const { clock, currentUser, roleAssignments } = useAppServices();
  const nameOf = usePersonNames();
  const today = clock.today();
  const allowed = (action: PermissionAction): boolean =>
    can({ userId: currentUser.id }, action, { roles: roleAssignments, case: participationOf(kase) }).allowed;
  const open = openPersonRequests(kase);
  const canAnswer = allowed('review.conduct');

  React.useEffect(() => {
    const target = focusRequestId ? `answer-${focusRequestId}-heading` : focusSection ? 'person-requests' : undefined;
    if (target) document.getElementById(target)?.focus();
  }, [focusRequestId, focusSection]);

  return (
    <section className={styles.section} aria-labelledby="person-requests">
      <Subtitle2 as="h3" id="person-requests" tabIndex={-1}>
        The customer’s requests for a review
      </Subtitle2>
      {open.length === 0 ? <Body1 as="p">There are no open requests from the customer.</Body1> : null}
      {open.map((request) => {
        const overdue = isOverdue(request.dueDate, today);
        return (
          <article key={request.id} className={styles.request} aria-labelledby={`answer-${request.id}-heading`}>
            <Subtitle2 as="h4" id={`answer-${request.id}-heading`} tabIndex={-1}>
              Request received {request.requestedOn ? formatLongDate(request.requestedOn) : ''}
            </Subtitle2>
            <p className={styles.quote}>{request.requestText}</p>
            <div>
              {overdue ? (
                <Badge appearance="filled" color="danger">
                  Overdue
                </Badge>
              ) : null}{' '}
              {answerByText(request, today)}
              {request.assignedTo ? `. Routed to ${nameOf(request.assignedTo)}.` : '.'}
            </div>
            {canAnswer ? (
              <AnswerReviewRequestForm kase={kase} request={request} record={record} />
            ) : (
              <Body1 as="p">The answer is given by an approver for this route or the case officer.</Body1>
            )}
          </article>
        );
      })}
      {/* A closed case takes no new requests; one still open is answered above. */}
      {allowed('case.manage') && kase.status !== 'Closed' ? <LogReviewRequestForm kase={kase} record={record} /> : null}
    </section>
  );
}
