import * as React from 'react';
import { currentSanction, type Case } from '../../../domain';
import { GuidancePanel } from '../../components/GuidancePanel';
import type { ScreenProps } from '../../navigation/screenProps';
import { CaseActionForm } from '../shared/CaseActionForm';
import { CaseFrame } from '../shared/CaseFrame';
import { DecideAppealFields } from './DecideAppealFields';
import { ReceiveAppealFields } from './ReceiveAppealFields';
import { useAppeal, type Appeal } from './useAppeal';

/** One form: recording the appeal while the restriction is in force, deciding it once received. */
function AppealForm({ appeal, kase }: { appeal: Appeal; kase: Case }): React.ReactElement {
  const { action } = appeal;
  const receiving = kase.status === 'SanctionActive';
  return (
    <CaseActionForm
      onSubmit={() => (receiving ? appeal.receive() : appeal.decide(kase))}
      refusal={action.refusal}
      submitLabel={receiving ? 'Record the appeal' : 'Record the decision'}
      disabled={appeal.record.saving}
    >
      {receiving ? (
        <ReceiveAppealFields kase={kase} receipt={appeal.receipt} onChange={appeal.changeReceipt} errorOf={action.errorOf} />
      ) : (
        <DecideAppealFields
          sanction={currentSanction(kase)}
          decision={appeal.decision}
          onChange={appeal.changeDecision}
          ombudsman={appeal.ombudsman}
          errorOf={action.errorOf}
        />
      )}
    </CaseActionForm>
  );
}

/** Appeals: the case officer records the appeal received; an independent reviewer decides it (BR-11). */
export default function AppealScreen({ params }: ScreenProps): React.ReactElement {
  const appeal = useAppeal(params.caseId ?? '');
  return (
    <CaseFrame title="Appeal" record={appeal.record} aside={<GuidancePanel context={{ form: 'appeal' }} heading="Guidance: appeals" />}>
      {(kase) => <AppealForm appeal={appeal} kase={kase} />}
    </CaseFrame>
  );
}
