import * as React from 'react';
import { Body1, Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import type { MemberReferral } from '../../../domain';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingState } from '../../components/LoadingState';
import { usePersonNames } from '../../components/PersonName';
import { ScreenLayout } from '../../components/ScreenLayout';
import { useNavigation } from '../../navigation/navigation';
import type { ScreenProps } from '../../navigation/screenProps';
import { ReferralCard } from './ReferralCard';
import { useMemberReferrals } from './useMemberReferrals';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM }
});

interface Opened {
  caseId: string;
  referral: MemberReferral;
}

/** The case is open and the referral names it: said where the referral's card was, with the way to the case. */
function CaseOpened({ opened }: { opened: Opened }): React.ReactElement {
  const { navigate } = useNavigation();
  const nameOf = usePersonNames();
  // The card (and its button) has gone from the list: bring focus here, to the result.
  const result = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => result.current?.focus(), [opened.caseId]);
  return (
    <MessageBar ref={result} tabIndex={-1} intent="success" layout="multiline" role="status">
      <MessageBarBody>
        <MessageBarTitle>Case opened for {opened.referral.personName}</MessageBarTitle>
        The case from {nameOf(opened.referral.councillorId)}&rsquo;s referral is waiting for the panel&rsquo;s decision, and the referral
        now names it. <Link onClick={() => navigate('case', { caseId: opened.caseId })}>Open the case</Link>
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * Councillors' referrals to the Monitoring Officer (spec 1.6, M1 p.6) that no case has been
 * opened from yet, newest first. The Monitoring Officer opens a councillors'-route case from
 * one; the Customer and ICT Services Business Manager, who sits on the panel, reads them.
 */
export default function MemberReferralsScreen(_props: ScreenProps): React.ReactElement {
  const styles = useStyles();
  const state = useMemberReferrals();
  const { referrals } = state;
  const [opened, setOpened] = React.useState<Opened | undefined>(undefined);
  return (
    <ScreenLayout title="Member referrals">
      <Body1 as="p">
        Referrals councillors have sent to the Monitoring Officer under the councillors&rsquo; policy, newest first. A referral leaves this
        list once a case has been opened from it.
      </Body1>
      {opened ? <CaseOpened opened={opened} /> : null}
      {referrals.status === 'loading' ? <LoadingState label="Loading referrals…" /> : null}
      {referrals.status === 'error' ? (
        <ErrorMessage error={referrals.error} title="Referrals could not be loaded" onRetry={referrals.reload} />
      ) : null}
      {referrals.status === 'ready' && referrals.value.length === 0 ? (
        <EmptyState title="No referrals are waiting">When a councillor sends a referral, it appears here.</EmptyState>
      ) : null}
      {referrals.status === 'ready' && referrals.value.length > 0 ? (
        <ul className={styles.list} aria-label="Referrals waiting for a case">
          {referrals.value.map((row) => (
            <li key={row.value.id}>
              <ReferralCard
                referral={row}
                screen={state}
                onOpened={(caseId, referral) => {
                  setOpened({ caseId, referral });
                  referrals.reload();
                }}
              />
            </li>
          ))}
        </ul>
      ) : null}
    </ScreenLayout>
  );
}
