import * as React from 'react';
import { Button, Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { MemberReferral } from '../../../domain';
import type { Stored } from '../../../data/ports';
import { later } from '../../components/later';
import { useNavigation } from '../../navigation/navigation';
import type { Phase, ReferralCardState } from './useReferralCard';

export interface NotLinkedNoticeProps {
  phase: Extract<Phase, { kind: 'notLinked' | 'linking' }>;
  card: Pick<ReferralCardState, 'notice' | 'showCurrent' | 'link'>;
}

/** The case was opened but the referral changed meanwhile: show it as it is now, then link it. */
export function NotLinkedNotice({ phase, card }: NotLinkedNoticeProps): React.ReactElement {
  const { navigate } = useNavigation();
  return (
    <MessageBar ref={card.notice} tabIndex={-1} intent="warning" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>The case is open, but this referral is not yet linked to it</MessageBarTitle>
        The referral was changed (perhaps by the councillor) after this page loaded, so it was not updated and nothing written in it was
        overwritten.{' '}
        {phase.current
          ? 'It is shown above as it is now. Check it, then link it to the case.'
          : 'Show it as it is now, then link it to the case.'}{' '}
        <Link onClick={() => navigate('case', { caseId: phase.caseId })}>Open the case</Link>
      </MessageBarBody>
      <MessageBarActions>
        {phase.current ? (
          <Button
            disabled={phase.kind === 'linking'}
            onClick={() => later(card.link(phase.caseId, phase.personId, phase.current as Stored<MemberReferral>))}
          >
            Link the referral to the case
          </Button>
        ) : (
          <Button onClick={() => later(card.showCurrent(phase.caseId, phase.personId))}>Show the referral as it is now</Button>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}
