import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { isSanctionTypeCode, SANCTION_CATALOGUE } from '../../domain';
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

/**
 * The banner front-line staff see before replying (BR-22, BR-15): what is restricted, the
 * scope, the single point of contact and how to make necessary contact. Deliberately nothing
 * more: no behaviour, narrative or case detail.
 */
function restrictionLabel(code: string): string {
  return isSanctionTypeCode(code) ? SANCTION_CATALOGUE[code].label : code;
}

export function RestrictionBanner({ alert }: { alert: RestrictionAlert }): React.ReactElement {
  const styles = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline" aria-label={`Contact restriction for ${alert.personName}`}>
      <MessageBarBody>
        <MessageBarTitle>{alert.personName} has a contact restriction</MessageBarTitle>
        <dl className={styles.facts}>
          <dt className={styles.term}>What is restricted</dt>
          <dd className={styles.definition}>
            <ul className={styles.list}>
              {alert.restrictionTypes.map((code) => (
                <li key={code}>{restrictionLabel(code)}</li>
              ))}
            </ul>
          </dd>
          <dt className={styles.term}>Where it applies</dt>
          <dd className={styles.definition}>{alert.scopeSummary}</dd>
          <dt className={styles.term}>Single point of contact</dt>
          <dd className={styles.definition}>
            {alert.spocName} ({alert.spocChannel}){alert.spocCover ? `; when they are away, ${alert.spocCover}` : ''}
          </dd>
          {alert.summary ? (
            <>
              <dt className={styles.term}>What to do</dt>
              <dd className={styles.definition}>
                <ul className={styles.list}>
                  {alert.summary.split('\n').map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
          <dt className={styles.term}>If you must make contact</dt>
          <dd className={styles.definition}>{alert.contactArrangements}</dd>
          {alert.activeUntil ? (
            <>
              <dt className={styles.term}>Until</dt>
              <dd className={styles.definition}>{formatDate(alert.activeUntil)}</dd>
            </>
          ) : null}
        </dl>
        <p>Deal with any new request on its merits. This banner never means a request is refused.</p>
      </MessageBarBody>
    </MessageBar>
  );
}
