import * as React from 'react';
import { Link } from '@fluentui/react-components';
import type { MemberReferral } from '../../../domain';
import { DateText } from '../../components/DateText';
import { usePersonNames } from '../../components/PersonName';
import { useReferralCardStyles } from './useReferralCardStyles';

/** BR-26 in words: what the councillor did before referring, or why they could not. */
export function Br26Evidence({ referral }: { referral: MemberReferral }): React.ReactElement {
  const styles = useReferralCardStyles();
  const nameOf = usePersonNames();
  return (
    <>
      <dt className={styles.term}>Step 1: councillor&rsquo;s letter</dt>
      <dd className={styles.detail}>
        {referral.councillorLetterDate ? (
          <>
            Written on <DateText value={referral.councillorLetterDate} />
          </>
        ) : null}
        {referral.councillorLetterDate && referral.councillorLetterUploadUrl ? '. ' : null}
        {referral.councillorLetterUploadUrl ? (
          <Link href={referral.councillorLetterUploadUrl} target="_blank" rel="noopener noreferrer">
            The councillor&rsquo;s letter (opens in a new tab)
          </Link>
        ) : null}
        {!referral.councillorLetterDate && !referral.councillorLetterUploadUrl ? 'Not recorded' : null}
      </dd>
      <dt className={styles.term}>Step 2: group leader&rsquo;s advice</dt>
      <dd className={styles.detail}>
        {referral.groupLeaderAdvice ? (
          <>
            {referral.groupLeaderId ? nameOf(referral.groupLeaderId) : 'The group leader'}
            {referral.groupLeaderConsultedOn ? (
              <>
                , asked on <DateText value={referral.groupLeaderConsultedOn} />
              </>
            ) : null}
            : {referral.groupLeaderAdvice}
          </>
        ) : (
          'Not recorded'
        )}
      </dd>
      {referral.overrideReason ? (
        <>
          <dt className={styles.term}>Why steps were skipped</dt>
          <dd className={styles.detail}>{referral.overrideReason}</dd>
        </>
      ) : null}
    </>
  );
}
