import * as React from 'react';
import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { currentSanction, formatLongDate, type Case, type IsoDate, type ReviewOutcome } from '../../../domain';
import { useNavigation } from '../../navigation/navigation';

/** A review as just saved: its outcome, the case as saved and the day its letter was sent. */
export interface RecordedReview {
  outcome: ReviewOutcome;
  kase: Case;
  letterSentOn: IsoDate;
  /** Set when the staff banner could not be brought in line (see useCaseRecord). */
  alertWarning?: string;
}

const TITLES: Readonly<Record<ReviewOutcome, string>> = {
  Continue: 'Review recorded: the restriction continues',
  Amend: 'Review recorded: the restriction continues with changes',
  Lift: 'Review recorded: the restriction is lifted'
};

/**
 * What the review did and what comes next (BR-10). The outcome form is gone once the review is
 * saved, so focus is brought here: a keyboard or screen reader user lands on the result rather
 * than on the page's start.
 */
export function ReviewRecorded({ recorded }: { recorded: RecordedReview }): React.ReactElement {
  const { navigate } = useNavigation();
  const result = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => result.current?.focus(), []);
  const { outcome, kase, letterSentOn, alertWarning } = recorded;
  const sanction = outcome === 'Lift' ? undefined : currentSanction(kase);
  const letter = `The outcome letter, with your reasons, is recorded as sent on ${formatLongDate(letterSentOn)}.`;
  return (
    <MessageBar ref={result} tabIndex={-1} intent="success" layout="multiline" role="status">
      <MessageBarBody>
        <MessageBarTitle>{TITLES[outcome]}</MessageBarTitle>
        {sanction ? (
          <>
            <p>
              {outcome === 'Amend'
                ? `The changed restriction applies from ${formatLongDate(sanction.startDate)} to ${formatLongDate(sanction.endDate)}.`
                : `It runs until ${formatLongDate(sanction.endDate)}.`}{' '}
              {letter}
            </p>
            <p>
              Next: review it again by {formatLongDate(sanction.reviewDate)}. If that review has no outcome by then, it is escalated to the
              approver and the Customer Relations Officer.{' '}
              {alertWarning ?? 'Staff who check this customer see the restriction as it now stands.'}
            </p>
          </>
        ) : (
          <>
            <p>The restriction has ended and the case is closed. {letter}</p>
            <p>{alertWarning ?? 'Staff who check this customer no longer see a contact restriction.'}</p>
          </>
        )}
        <Link onClick={() => navigate('case', { caseId: kase.id })}>Back to the case</Link>
      </MessageBarBody>
    </MessageBar>
  );
}
