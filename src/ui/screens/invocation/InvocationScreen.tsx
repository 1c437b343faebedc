import * as React from 'react';
import { GuidancePanel } from '../../components/GuidancePanel';
import type { ScreenProps } from '../../navigation/screenProps';
import { CaseFrame } from '../shared/CaseFrame';
import { InvocationForm } from './InvocationForm';
import { useInvocation } from './useInvocation';

/** The panel's joint decision whether to invoke the policy, with the required seats (BR-02, BR-03). */
export default function InvocationScreen({ params }: ScreenProps): React.ReactElement {
  const screen = useInvocation(params.caseId ?? '');
  return (
    <CaseFrame
      title="Panel decision"
      record={screen.record}
      aside={<GuidancePanel context={{ form: 'panelDecision' }} heading="Guidance: the panel decision" />}
    >
      {(kase) => <InvocationForm screen={screen} kase={kase} />}
    </CaseFrame>
  );
}
