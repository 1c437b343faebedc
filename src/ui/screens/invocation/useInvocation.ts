import * as React from 'react';
import { PANEL_ROLES_BY_ROUTE, type Case } from '../../../domain';
import { usePersonNames } from '../../components/PersonName';
import { useAppServices } from '../../services/AppServices';
import { useTimeFrames } from '../../services/timeFrames';
import { useNavigation } from '../../navigation/navigation';
import { useCaseActionSubmit, type CaseActionSubmit } from '../shared/useCaseActionSubmit';
import { useCaseRecord, type CaseRecord } from '../shared/useCaseRecord';
import { panelDecisionActions, panelProblems, type PanelDecisionDraft } from './panelDecision';

export interface Invocation {
  record: CaseRecord;
  action: CaseActionSubmit;
  draft: PanelDecisionDraft;
  change(patch: Partial<PanelDecisionDraft>): void;
  /** The council's monitoring period (administration screen, spec 5.5): "three months, or less". */
  longestMonitoring: number;
  submit(kase: Case): Promise<void>;
}

/** The panel's joint decision whether to invoke the policy, with the required seats (BR-02, BR-03). */
export function useInvocation(caseId: string): Invocation {
  const { navigate } = useNavigation();
  // Only a real save leaves the screen (straight away, or after "apply my changes" in the
  // conflict dialog); a conflict keeps the user here with the reload/merge choice.
  const record = useCaseRecord(caseId, { onSaved: (saved) => navigate('case', { caseId: saved.id }) });
  const action = useCaseActionSubmit(record);
  const { clock, newRequestKey, currentUser } = useAppServices();
  const nameOf = usePersonNames();
  const longestMonitoring = useTimeFrames().monitoringPeriodMonths;
  const [draft, setDraft] = React.useState<PanelDecisionDraft>(() => ({
    seats: {},
    alternateOfficer: '',
    meetingDate: clock.today(),
    outcome: '',
    reasons: '',
    documents: '',
    months: String(longestMonitoring)
  }));
  const submit = async (kase: Case): Promise<void> => {
    const seatRoles = PANEL_ROLES_BY_ROUTE[kase.route];
    if (!action.validate(panelProblems(draft, seatRoles, longestMonitoring)) || !draft.outcome) return;
    const stamp = { id: `decision-${newRequestKey()}`, recordedBy: currentUser.id, recordedAt: clock.now() };
    await action.submit(panelDecisionActions(kase, draft, draft.outcome, seatRoles, nameOf, stamp));
  };
  const change = (patch: Partial<PanelDecisionDraft>): void => setDraft((d) => ({ ...d, ...patch }));
  return { record, action, draft, change, longestMonitoring, submit };
}
