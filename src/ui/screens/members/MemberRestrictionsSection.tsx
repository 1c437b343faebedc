import * as React from 'react';
import { Body1, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingState } from '../../components/LoadingState';
import { MemberRestrictionBanner } from '../../components/RestrictionBanner';
import { useMemberRestrictions } from './useMemberRestrictions';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  banners: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS }
});

/**
 * BR-22: for councillors, a contact restriction on anyone they referred, in the staff banner's
 * words. Nothing for anyone else. If the case service cannot be reached the section says so
 * and the rest of the page carries on.
 */
export function MemberRestrictionsSection(): React.ReactElement {
  const styles = useStyles();
  const restrictions = useMemberRestrictions();
  if (!restrictions.shown) return <></>;
  return (
    <section className={styles.section} aria-labelledby="member-restrictions-title">
      <Subtitle1 as="h3" id="member-restrictions-title">
        People you referred who have a contact restriction
      </Subtitle1>
      {restrictions.status === 'loading' ? <LoadingState label="Checking for contact restrictions…" /> : null}
      {restrictions.status === 'error' ? (
        <ErrorMessage
          title="We could not check for contact restrictions"
          error="The case service could not be reached, so we cannot show whether anyone you referred has a contact restriction. The guidance and the referral form on this page still work. Please try again later."
          onRetry={restrictions.reload}
        />
      ) : null}
      {restrictions.status === 'ready' && restrictions.value.length === 0 ? (
        <Body1>None of the people you referred has a contact restriction.</Body1>
      ) : null}
      {restrictions.status === 'ready' && restrictions.value.length > 0 ? (
        <ul className={styles.banners}>
          {restrictions.value.map((restriction, index) => (
            <li key={`${index}-${restriction.personName}`}>
              <MemberRestrictionBanner restriction={restriction} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
