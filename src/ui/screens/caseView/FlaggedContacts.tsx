import * as React from 'react';
import { Badge, Button, Subtitle2 } from '@fluentui/react-components';
import {
  CONTACT_CHANNEL_KIND_LABELS,
  can,
  dateOfInstant,
  participationOf,
  type Case,
  type ContactLogEntry,
  type TransitionError
} from '../../../domain';
import { DateText } from '../../components/DateText';
import { later } from '../../components/later';
import { useAppServices } from '../../services/AppServices';
import { RefusalMessage } from '../shared/CaseFrame';
import { refusalOf, type CaseRecord } from '../shared/useCaseRecord';

export interface FlaggedContactsProps {
  kase: Case;
  record: CaseRecord;
}

/**
 * Contact flagged as a new issue or a safeguarding concern, or passed to the "read and file"
 * reviewer (R05), and not yet dealt with (BR-14).
 */
export function flaggedContactsToDealWith(kase: Case): ContactLogEntry[] {
  const passedOn = (entry: ContactLogEntry): boolean => kase.tasks.some((t) => t.kind === 'reviewFlaggedItem' && t.recordId === entry.id);
  return kase.contactLog.filter(
    (entry) => (entry.newIssue || entry.safeguardingConcern || passedOn(entry)) && entry.reviewedBy === undefined
  );
}

/** Whether this user may say the contact was dealt with: it was passed to them, or they manage the case (as the domain checks). */
function mayDealWith(kase: Case, entry: ContactLogEntry, userId: string, manages: boolean): boolean {
  return (
    manages ||
    kase.tasks.some((t) => !t.done && t.kind === 'reviewFlaggedItem' && t.recordId === entry.id && t.assignees.indexOf(userId) >= 0)
  );
}

function flagWords(entry: ContactLogEntry): string {
  if (entry.safeguardingConcern && entry.newIssue) return 'Safeguarding concern and a new issue';
  if (entry.safeguardingConcern) return 'Safeguarding concern';
  return entry.newIssue ? 'New issue (handle it on its merits)' : 'Filed without reply: read and check it';
}

/**
 * BR-14/15: flagged incoming contact is passed to the case officer as a task ("What is due").
 * Here it is seen on the case and, once handled, recorded as dealt with, which marks the task
 * done for everyone it went to.
 */
export function FlaggedContacts({ kase, record }: FlaggedContactsProps): React.ReactElement {
  const { currentUser, roleAssignments } = useAppServices();
  const [refusal, setRefusal] = React.useState<TransitionError | undefined>(undefined);
  const [dealtWith, setDealtWith] = React.useState<string | undefined>(undefined);
  // The button pressed is gone once saved: bring focus to what happened, not back to the page's start.
  const said = React.useRef<HTMLParagraphElement>(null);
  React.useEffect(() => {
    if (dealtWith) said.current?.focus();
  }, [dealtWith]);
  const confirmation = dealtWith ? (
    <p role="status" tabIndex={-1} ref={said}>
      {dealtWith}
    </p>
  ) : null;
  const flagged = flaggedContactsToDealWith(kase);
  if (flagged.length === 0) return <>{confirmation}</>;
  const manages = can({ userId: currentUser.id }, 'case.manage', { roles: roleAssignments, case: participationOf(kase) }).allowed;
  const markDealtWith = async (entry: ContactLogEntry): Promise<void> => {
    setDealtWith(undefined);
    const result = await record.apply({ type: 'reviewFlaggedContact', contactId: entry.id });
    setRefusal(refusalOf(result));
    if (result.status === 'saved') setDealtWith('Recorded as dealt with. It is no longer on anyone’s list of what is due.');
  };
  return (
    <section aria-labelledby="flagged-contacts">
      <Subtitle2 as="h3" id="flagged-contacts">
        Contact to deal with
      </Subtitle2>
      <ul>
        {flagged.map((entry) => (
          <li key={entry.id}>
            <div>
              <Badge appearance="filled" color={entry.safeguardingConcern ? 'danger' : entry.newIssue ? 'warning' : 'informative'}>
                {flagWords(entry)}
              </Badge>{' '}
              Received <DateText value={dateOfInstant(entry.receivedAt)} /> by {CONTACT_CHANNEL_KIND_LABELS[entry.channel].toLowerCase()}:{' '}
              {entry.summary}
            </div>
            {mayDealWith(kase, entry, currentUser.id, manages) ? (
              <Button appearance="secondary" disabled={record.saving} onClick={() => later(markDealtWith(entry))}>
                Mark as dealt with
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      <RefusalMessage refusal={refusal} />
      {confirmation}
    </section>
  );
}
