import * as React from 'react';
import type { MemberReferral } from '../../../domain';
import { DateText } from '../../components/DateText';
import { Br26Evidence } from './Br26Evidence';
import { useReferralCardStyles } from './useReferralCardStyles';

/** What the councillor sent: who, how to reach them, when, the account of contacts and BR-26's steps. */
export function ReferralFacts({ referral, councillor }: { referral: MemberReferral; councillor: string }): React.ReactElement {
  const styles = useReferralCardStyles();
  return (
    <dl className={styles.facts}>
      <dt className={styles.term}>Councillor</dt>
      <dd className={styles.detail}>{councillor}</dd>
      <dt className={styles.term}>Person named</dt>
      <dd className={styles.detail}>{referral.personName}</dd>
      <dt className={styles.term}>Their contact details</dt>
      <dd className={styles.detail}>{referral.personContactDetails}</dd>
      <dt className={styles.term}>Date referred</dt>
      <dd className={styles.detail}>
        <DateText value={referral.referredToMonitoringOfficerOn} />
      </dd>
      <dt className={styles.term}>Account of contacts</dt>
      <dd className={styles.detail}>{referral.accountOfContacts}</dd>
      <Br26Evidence referral={referral} />
    </dl>
  );
}
