import * as React from 'react';
import { Body1, Caption1 } from '@fluentui/react-components';
import { DateText } from '../../components/DateText';
import { OUTSIDE_CALENDAR_MESSAGE, type DeadlineStatus } from './foiDeadline';
import { useFoiAssessmentFormStyles } from './useFoiAssessmentFormStyles';

/** The statutory response date as the dates typed so far give it, announced as it changes. */
export function DeadlineBox({ deadline }: { deadline: DeadlineStatus }): React.ReactElement {
  const styles = useFoiAssessmentFormStyles();
  return (
    <div className={styles.deadline} role="status" aria-live="polite">
      {deadline.kind === 'due' ? (
        <>
          <Body1 className={styles.deadlineDate}>
            Respond by <DateText value={deadline.date} />
          </Body1>
          <Caption1>
            20 working days from receipt on the statutory calendar: weekends and bank holidays anywhere in the UK do not count.
          </Caption1>
        </>
      ) : deadline.kind === 'outsideCalendar' ? (
        <Body1>{OUTSIDE_CALENDAR_MESSAGE}</Body1>
      ) : deadline.kind === 'awaitingClarification' ? (
        <Body1>No deadline while clarification is awaited. The 20 working days start again when the clarification arrives.</Body1>
      ) : (
        <Body1>Enter the date the request was received to see the statutory deadline.</Body1>
      )}
    </div>
  );
}
