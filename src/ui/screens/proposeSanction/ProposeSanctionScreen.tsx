import * as React from 'react';
import { GuidancePanel } from '../../components/GuidancePanel';
import type { ScreenProps } from '../../navigation/screenProps';
import { CaseFrame } from '../shared/CaseFrame';
import { subjectOf } from '../shared/subjectOf';
import { PendingApproval } from './PendingApproval';
import { ProposalForm } from './ProposalForm';
import { awaitsApproval, useProposeSanction } from './useProposeSanction';

/**
 * Propose a sanction from the catalogue (R01-R17) with its parameters, scope, duration and
 * review date. The domain's checkSanctionProposal shows proportionality and reasonable-
 * adjustment warnings as the officer types (BR-13, BR-19, BR-28 to BR-31); approval is
 * requested from the case service and the proposal then shows as pending.
 */
export default function ProposeSanctionScreen({ params }: ScreenProps): React.ReactElement {
  const screen = useProposeSanction(params.caseId ?? '');
  return (
    <CaseFrame
      title="Propose a sanction"
      record={screen.record}
      aside={<GuidancePanel context={{ form: 'sanctionProposal' }} heading="Guidance: proposing a sanction" />}
    >
      {(kase, person) =>
        awaitsApproval(kase, screen.approval) ? (
          <PendingApproval />
        ) : (
          <ProposalForm screen={screen} kase={kase} subject={subjectOf(kase, person)} />
        )
      }
    </CaseFrame>
  );
}
