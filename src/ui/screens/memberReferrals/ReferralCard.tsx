import * as React from 'react';
import { Body1, Button, Card, CardHeader, Subtitle2 } from '@fluentui/react-components';
import type { MemberReferral } from '../../../domain';
import type { Stored } from '../../../data/ports';
import { DateText } from '../../components/DateText';
import { ErrorMessage } from '../../components/ErrorMessage';
import { usePersonNames } from '../../components/PersonName';
import { useFormStyles } from '../../components/ScreenLayout';
import { NotLinkedNotice } from './NotLinkedNotice';
import { OpenCaseForm } from './OpenCaseForm';
import { ReferralFacts } from './ReferralFacts';
import { useReferralCard, type ReferralScreenActions } from './useReferralCard';

export interface ReferralCardProps {
  referral: Stored<MemberReferral>;
  screen: ReferralScreenActions;
  onOpened(caseId: string, referral: MemberReferral): void;
}

/** One waiting referral: what the councillor sent, and (for the Monitoring Officer) opening a case from it. */
export function ReferralCard({ referral: listed, screen, onOpened }: ReferralCardProps): React.ReactElement {
  const form = useFormStyles();
  const nameOf = usePersonNames();
  const card = useReferralCard(listed, screen, onOpened);
  const { phase, referral } = card;
  const headingId = `referral-${referral.id}`;
  const councillor = nameOf(referral.councillorId);
  const formOpen = phase.kind === 'choosing' || phase.kind === 'saving';
  return (
    <Card aria-labelledby={headingId}>
      <CardHeader
        header={
          <Subtitle2 as="h3" id={headingId}>
            {referral.personName}
          </Subtitle2>
        }
        description={
          <Body1>
            Referred by {councillor} on <DateText value={referral.referredToMonitoringOfficerOn} />
          </Body1>
        }
      />
      <ReferralFacts referral={referral} councillor={councillor} />
      {phase.kind === 'notLinked' || phase.kind === 'linking' ? <NotLinkedNotice phase={phase} card={card} /> : null}
      {!screen.mayOpen ? <Body1 as="p">The Monitoring Officer opens a case from a referral.</Body1> : null}
      {screen.mayOpen && phase.kind === 'idle' ? (
        <div className={form.actions}>
          <Button appearance="primary" onClick={card.choose}>
            Open a case for {referral.personName}
          </Button>
        </div>
      ) : null}
      {screen.mayOpen && formOpen ? <OpenCaseForm card={card} headingId={headingId} /> : null}
      {card.failure && !formOpen ? <ErrorMessage error={card.failure} title="The referral was not linked" /> : null}
    </Card>
  );
}
