import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { restrictionTypeLabel, type MemberRestrictionView } from '../../domain';
import type { RestrictionAlert } from '../services/appStore';
import { formatDate } from './DateText';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: `${tokens.spacingVerticalXS} 0 0 0`,
    '@media (max-width: 400px)': { gridTemplateColumns: '1fr' }
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { margin: 0 }
});

/** What a banner says, whoever reads it: staff (RestrictionBanner) or the referring councillor. */
interface BannerFacts {
  personName: string;
  restrictionLabels: readonly string[];
  scopeSummary: string;
  spocName: string;
  spocChannel: string;
  spocCover?: string;
  /** Staff only: what to do differently, one line per restriction type. */
  whatToDo?: readonly string[];
  /** Staff only (BR-31): the communication needs to respect, as instructions. */
  communicationNeeds?: readonly string[];
  contactArrangements: string;
  activeUntil?: string;
}

/** One set of words for every restriction banner, so staff and councillors read the same thing. */
function Banner({ facts }: { facts: BannerFacts }): React.ReactElement {
  const styles = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline" aria-label={`Contact restriction for ${facts.personName}`}>
      <MessageBarBody>
        <MessageBarTitle>{facts.personName} has a contact restriction</MessageBarTitle>
        <dl className={styles.facts}>
          <dt className={styles.term}>What is restricted</dt>
          <dd className={styles.definition}>
            <ul className={styles.list}>
              {facts.restrictionLabels.map((label, index) => (
                <li key={`${index}-${label}`}>{label}</li>
              ))}
            </ul>
          </dd>
          <dt className={styles.term}>Where it applies</dt>
          <dd className={styles.definition}>{facts.scopeSummary}</dd>
          <dt className={styles.term}>Single point of contact</dt>
          <dd className={styles.definition}>
            {facts.spocName} ({facts.spocChannel}){facts.spocCover ? `; when they are away, ${facts.spocCover}` : ''}
          </dd>
          {facts.whatToDo && facts.whatToDo.length > 0 ? (
            <>
              <dt className={styles.term}>What to do</dt>
              <dd className={styles.definition}>
                <ul className={styles.list}>
                  {facts.whatToDo.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
          {facts.communicationNeeds && facts.communicationNeeds.length > 0 ? (
            <>
              <dt className={styles.term}>Communication needs to respect</dt>
              <dd className={styles.definition}>
                <ul className={styles.list}>
                  {facts.communicationNeeds.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
          <dt className={styles.term}>If you must make contact</dt>
          <dd className={styles.definition}>{facts.contactArrangements}</dd>
          {facts.activeUntil ? (
            <>
              <dt className={styles.term}>Until</dt>
              <dd className={styles.definition}>{formatDate(facts.activeUntil)}</dd>
            </>
          ) : null}
        </dl>
        <p>Deal with any new request on its merits. This banner never means a request is refused.</p>
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * The banner front-line staff see before replying (BR-22, BR-15): what is restricted, the
 * scope, the single point of contact and how to make necessary contact. Deliberately nothing
 * more: no behaviour, narrative or case detail.
 */
export function RestrictionBanner({ alert }: { alert: RestrictionAlert }): React.ReactElement {
  return (
    <Banner
      facts={{
        personName: alert.personName,
        restrictionLabels: alert.restrictionTypes.map(restrictionTypeLabel),
        scopeSummary: alert.scopeSummary,
        spocName: alert.spocName,
        spocChannel: alert.spocChannel,
        spocCover: alert.spocCover,
        whatToDo: alert.summary ? alert.summary.split('\n') : undefined,
        communicationNeeds: alert.communicationNeeds,
        contactArrangements: alert.contactArrangements,
        activeUntil: alert.activeUntil
      }}
    />
  );
}

/**
 * The councillor's need-to-know banner (BR-22) for someone they referred, in the staff
 * banner's words but without the staff's "what to do" lines, which the service does not send.
 */
export function MemberRestrictionBanner({ restriction }: { restriction: MemberRestrictionView }): React.ReactElement {
  return <Banner facts={restriction} />;
}
