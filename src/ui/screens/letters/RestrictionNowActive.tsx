import * as React from 'react';
import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Letter, Sanction } from '../../../domain';
import { DateText } from '../../components/DateText';
import { useNavigation } from '../../navigation/navigation';
import { LETTER_CHANNEL_LABELS } from './letterChannelLabels';

export interface RestrictionNowActiveProps {
  caseId: string;
  sanction: Sanction;
  letter: Letter;
  /** Set when the staff banner could not be written (see useCaseRecord). */
  alertWarning?: string;
}

/** The customer has been told, so the approved restriction is now in force (SanctionActive). */
export function RestrictionNowActive({ caseId, sanction, letter, alertWarning }: RestrictionNowActiveProps): React.ReactElement {
  const { navigate } = useNavigation();
  // The form and its button are gone once the letter is recorded: bring focus here so a
  // keyboard or screen reader user lands on the result rather than on the page's start.
  const result = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => result.current?.focus(), []);
  return (
    <MessageBar ref={result} tabIndex={-1} intent="success" layout="multiline" role="status">
      <MessageBarBody>
        <MessageBarTitle>The restriction is now active</MessageBarTitle>
        <p>
          The restriction letter was recorded as sent on <DateText value={letter.sentOn} /> (
          {LETTER_CHANNEL_LABELS[letter.channel].toLowerCase()}). The restriction applies from <DateText value={sanction.startDate} /> to{' '}
          <DateText value={sanction.endDate} /> and must be reviewed by <DateText value={sanction.reviewDate} />.
        </p>
        <p>
          {alertWarning ??
            'Staff who check this customer now see the contact restriction, its single point of contact and how to make necessary contact.'}
        </p>
        <Link onClick={() => navigate('case', { caseId })}>Back to the case</Link>
      </MessageBarBody>
    </MessageBar>
  );
}
