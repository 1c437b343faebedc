import * as React from 'react';
import { currentSanction, type AppealGround, type AppealOutcome, type Case, type IsoDate } from '../../../domain';
import { useAppServices } from '../../services/AppServices';
import { useCouncilDetails } from '../../services/councilDetails';
import { appealOmbudsmanText } from '../shared/caseLetterItems';
import { useCaseActionSubmit, type CaseActionSubmit } from '../shared/useCaseActionSubmit';
import { useCaseRecord, type CaseRecord } from '../shared/useCaseRecord';
import { appliesAfter, decisionProblems, resultSentence, variedProposal, varyDraftOf, type VaryDraft } from './appealDecision';
import { receiptProblems, type AppealReceipt } from './appealReceipt';

/** The reviewer's decision as they are writing it. */
export interface AppealDecisionDraft {
  outcome: AppealOutcome | '';
  reasons: string;
  /** Undefined until the reviewer edits it: the Ombudsman the council's settings name for the case. */
  editedOmbudsman: string | undefined;
  /** Undefined until the reviewer edits it: the restriction as it is. */
  vary: VaryDraft | undefined;
}

export interface Appeal {
  record: CaseRecord;
  action: CaseActionSubmit;
  receipt: AppealReceipt;
  changeReceipt(patch: Partial<AppealReceipt>): void;
  decision: AppealDecisionDraft;
  changeDecision(patch: Partial<AppealDecisionDraft>): void;
  /** The Ombudsman paragraph as the letter will say it (the settings' until edited). */
  ombudsman: string;
  receive(): Promise<void>;
  decide(kase: Case): Promise<void>;
}

/** Appeals: the case officer records the appeal received; an independent reviewer decides it (BR-11). */
export function useAppeal(caseId: string): Appeal {
  const record = useCaseRecord(caseId);
  const action = useCaseActionSubmit(record);
  const { clock, newRequestKey, currentUser } = useAppServices();
  // The council's settings name the Ombudsman the decision letter signposts.
  const council = useCouncilDetails();
  const [receipt, setReceipt] = React.useState<AppealReceipt>(() => ({
    receivedOn: clock.today(),
    grounds: [],
    statement: '',
    reviewerId: ''
  }));
  const [decision, setDecision] = React.useState<AppealDecisionDraft>({
    outcome: '',
    reasons: '',
    editedOmbudsman: undefined,
    vary: undefined
  });
  const ombudsman = decision.editedOmbudsman ?? appealOmbudsmanText(council.details);

  const receive = async (): Promise<void> => {
    if (!action.validate(receiptProblems(receipt))) return;
    const { receivedOn, grounds, statement, reviewerId } = receipt;
    await action.submit({
      type: 'receiveAppeal',
      receivedOn: receivedOn as IsoDate,
      grounds: grounds as AppealGround[],
      statement,
      reviewerId,
      withinDeadline: true
    });
  };

  const decide = async (kase: Case): Promise<void> => {
    const { outcome, reasons } = decision;
    const sanction = currentSanction(kase);
    const varied = varyDraftOf(sanction, decision.vary);
    if (!action.validate(decisionProblems(outcome, reasons, ombudsman, sanction, varied)) || !outcome) return;
    const variedSanction = outcome === 'Vary' && sanction ? variedProposal(sanction, varied) : undefined;
    const nowApplies = appliesAfter(sanction, outcome, varied);
    // Unless the reviewer rewrote it, the Ombudsman as the settings name it once read.
    const ombudsmanRight = decision.editedOmbudsman ?? appealOmbudsmanText(await council.loaded());
    await action.submit({
      type: 'decideAppeal',
      outcome,
      reasons,
      variedSanction,
      letter: {
        id: `letter-${newRequestKey()}`,
        caseId: kase.id,
        type: 'AppealOutcome',
        templateVersion: '1',
        channel: 'letter',
        fields: {
          appealResult: resultSentence(outcome, variedSanction),
          appealReasons: reasons,
          ombudsmanRight,
          ...(nowApplies ? { whatAppliesNow: nowApplies } : {})
        },
        sentOn: clock.today(),
        sentBy: currentUser.id
      }
    });
  };

  const changeReceipt = (patch: Partial<AppealReceipt>): void => setReceipt((r) => ({ ...r, ...patch }));
  const changeDecision = (patch: Partial<AppealDecisionDraft>): void => setDecision((d) => ({ ...d, ...patch }));
  return { record, action, receipt, changeReceipt, decision, changeDecision, ombudsman, receive, decide };
}
