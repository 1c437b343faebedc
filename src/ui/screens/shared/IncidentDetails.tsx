import * as React from 'react';
import { Badge, Body1, Button, Link, makeStyles, tokens } from '@fluentui/react-components';
import { behaviourCategory, type AttachmentRef, type ImmediateAction, type IncidentReport, type IsoInstant } from '../../../domain';
import { dateOfInstant, formatLongDate, londonOffsetMinutes } from '../../../domain/model/dates';
import { usePersonName } from '../../components/PersonName';
import { CHANNEL_LABELS } from './labels';
import type { IncidentAttachments } from './useIncidentAttachments';

const useStyles = makeStyles({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    '@media (max-width: 400px)': { gridTemplateColumns: 'minmax(0, 1fr)' }
  },
  dt: { fontWeight: tokens.fontWeightSemibold },
  dd: { margin: 0, overflowWrap: 'anywhere' },
  narrative: { margin: 0, whiteSpace: 'pre-line', overflowWrap: 'anywhere' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL }
});

/** What the person who reported it did at the time, told by someone else (the form asks "what did you do"). */
const IMMEDIATE_ACTION_DONE: Readonly<Record<ImmediateAction, string>> = {
  none: 'None needed',
  endedCall: 'Ended the call',
  askedToLeave: 'Asked the person to leave',
  removedSelf: 'Left the situation',
  didNotReplyToAbusiveEmail: 'Did not reply to an abusive email',
  calledPolice: 'Called the police',
  other: 'Something else'
};

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * An instant as a UK reader expects it: the day and the time on the clock in Europe/London
 * (British Summer Time included), e.g. '27 November 2026 at 14:30'.
 */
export function formatUkDateTime(instant: IsoInstant): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return '';
  const london = new Date(ms + londonOffsetMinutes(ms) * 60000);
  return `${formatLongDate(dateOfInstant(instant))} at ${twoDigits(london.getUTCHours())}:${twoDigits(london.getUTCMinutes())}`;
}

/**
 * A link only to a file on the SharePoint site itself (a server-relative path, or https), each
 * path segment encoded so names with spaces, '#' or '%' open the right file. Anything else in
 * the stored record (another scheme, another host by '//') is shown as a name, not a link.
 */
export function attachmentHref(url: string | undefined): string | undefined {
  if (typeof url !== 'string') return undefined;
  const match = /^(https:\/\/[^/?#]+)?(\/(?!\/).*)$/.exec(url);
  if (!match) return undefined;
  return `${match[1] ?? ''}${match[2]
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/')}`;
}

function AttachedFiles({ attachments }: { attachments: IncidentAttachments }): React.ReactElement {
  const styles = useStyles();
  if (attachments.status === 'loading') return <>Looking for attached files…</>;
  if (attachments.status === 'error') {
    return (
      <>
        The attached files could not be listed just now.{' '}
        <Button size="small" onClick={attachments.retry}>
          Try listing the files again
        </Button>
      </>
    );
  }
  if (attachments.files.length === 0) return <>None</>;
  return (
    <ul className={styles.list}>
      {attachments.files.map((file: AttachmentRef) => {
        const href = attachmentHref(file.url);
        return (
          <li key={file.name}>
            {href ? (
              <Link href={href} target="_blank" rel="noopener noreferrer">
                {file.name}
              </Link>
            ) : (
              file.name
            )}
          </li>
        );
      })}
    </ul>
  );
}

export interface IncidentDetailsProps {
  incident: IncidentReport;
  /** The files attached to the report (see useIncidentAttachments). */
  attachments: IncidentAttachments;
}

/**
 * Everything recorded about one incident, for those who decide on it (triage) and build the
 * case: when (UK time), where, what was said or done, who saw it, what was done at the time,
 * whether it is a health and safety matter, and the evidence with links to the files.
 */
export function IncidentDetails({ incident, attachments }: IncidentDetailsProps): React.ReactElement {
  const styles = useStyles();
  const reporter = usePersonName(incident.reporterId);
  const fact = (term: string, value: React.ReactNode): React.ReactElement => (
    <>
      <dt className={styles.dt}>{term}</dt>
      <dd className={styles.dd}>{value}</dd>
    </>
  );
  const action = IMMEDIATE_ACTION_DONE[incident.immediateAction] ?? incident.immediateAction;
  return (
    <dl className={styles.facts}>
      {fact('When it happened', <time dateTime={incident.occurredAt}>{formatUkDateTime(incident.occurredAt)}</time>)}
      {fact('Service', incident.service)}
      {fact('Channel', CHANNEL_LABELS[incident.channel] ?? incident.channel)}
      {fact('Reported by', reporter)}
      {fact(
        'Behaviour',
        incident.categories.length === 0
          ? 'None recorded'
          : incident.categories.map((code) => behaviourCategory(code)?.label ?? code).join('; ')
      )}
      {fact(
        'What happened',
        <Body1 as="p" className={styles.narrative}>
          {incident.narrative}
        </Body1>
      )}
      {fact(
        'Witnesses',
        incident.witnesses.length === 0 ? (
          'None recorded'
        ) : (
          <ul className={styles.list}>
            {incident.witnesses.map((witness, index) => (
              <li key={`${witness.name}-${index}`}>
                {witness.name} {witness.isThirdParty ? '(not council staff: redact on a subject access request)' : '(council staff)'}
              </li>
            ))}
          </ul>
        )
      )}
      {fact('Immediate action', incident.immediateActionDetail ? `${action}: ${incident.immediateActionDetail}` : action)}
      {fact(
        'Health and safety',
        incident.healthAndSafetyFlag ? (
          <>
            <Badge appearance="filled" color="danger">
              Yes
            </Badge>{' '}
            A health and safety matter (RIDDOR reportable).
          </>
        ) : (
          'No'
        )
      )}
      {fact('Police reference', incident.policeReference ? incident.policeReference : 'None')}
      {fact('Evidence (attached files)', <AttachedFiles attachments={attachments} />)}
    </dl>
  );
}
