import * as React from 'react';
import { currentSanction, type Case, type IsoDate } from '../../../domain';
import { usePersonNames } from '../../components/PersonName';
import { useAppServices } from '../../services/AppServices';
import { useTimeFrames } from '../../services/timeFrames';
import { useCaseActionSubmit, type CaseActionSubmit } from '../shared/useCaseActionSubmit';
import { useCaseRecord, type CaseRecord } from '../shared/useCaseRecord';
import type { ProposalChecks } from './proposalChecks';
import { initialProposalDraft, type ProposalDraft } from './proposalDraft';

/** Asking the case service for approval, once the proposal is saved. */
export type ApprovalRequest = { status: 'none' } | { status: 'requesting' } | { status: 'pending' } | { status: 'failed'; error: unknown };

export interface ProposeSanction {
  record: CaseRecord;
  action: CaseActionSubmit;
  draft: ProposalDraft;
  update(patch: Partial<ProposalDraft>): void;
  /** Errors are shown once the officer first asks for approval. */
  showErrors: boolean;
  approval: ApprovalRequest;
  today: IsoDate;
  nameOf(id: string): string;
  /** Shows what stops the proposal, or saves it (approval is then requested). */
  submit(checks: ProposalChecks): Promise<void>;
}

/** A proposal waits for the approvers: one just sent, or one already on the case when the screen opened. */
export function awaitsApproval(kase: Case, approval: ApprovalRequest): boolean {
  const existing = currentSanction(kase);
  return approval.status === 'pending' || (existing !== undefined && existing.status === 'Proposed' && approval.status === 'none');
}

/** The propose-a-sanction screen's state: the draft, the save, and the approval request that follows it. */
export function useProposeSanction(caseId: string): ProposeSanction {
  const { clock, caseService } = useAppServices();
  const nameOf = usePersonNames();
  const today = clock.today();
  const timeFrames = useTimeFrames();
  const [draft, setDraft] = React.useState<ProposalDraft>(() => initialProposalDraft(today, timeFrames));
  const [showErrors, setShowErrors] = React.useState(false);
  const [approval, setApproval] = React.useState<ApprovalRequest>({ status: 'none' });
  // Approval is requested only once the proposal is really saved (straight away, or after
  // "apply my changes" in the conflict dialog), never after a conflict.
  const record = useCaseRecord(caseId, {
    onSaved: async (saved, action) => {
      const sanction = currentSanction(saved);
      if (action.type !== 'proposeSanction' || !sanction) return;
      setApproval({ status: 'requesting' });
      try {
        await caseService.requestApproval(sanction.id, saved.id);
        setApproval({ status: 'pending' });
      } catch (error) {
        setApproval({ status: 'failed', error });
      }
    }
  });
  const action = useCaseActionSubmit(record);
  const submit = async (checks: ProposalChecks): Promise<void> => {
    setShowErrors(true);
    if (!checks.ready) return;
    await action.submit({
      type: 'proposeSanction',
      sanction: checks.proposal,
      earlyBreachReason: checks.monitoringRunning ? draft.earlyBreach : undefined
    });
  };
  const update = (patch: Partial<ProposalDraft>): void => setDraft((d) => ({ ...d, ...patch }));
  return { record, action, draft, update, showErrors, approval, today, nameOf, submit };
}
