import * as React from 'react';
import type { RetentionHoldReason } from '../../../domain/time';
import { useAppServices } from '../../services/AppServices';
import type { RetentionDecisionInput, RetentionDueItem } from '../../services/caseServiceClient';
import { AsyncState, useAsync } from '../../components/useAsync';

export interface RetentionScreenState {
  /** The signed-in person holds the Data Protection Officer role (the service checks again). */
  allowed: boolean;
  due: AsyncState<RetentionDueItem[]> & { reload(): void };
  /** The record being decided, so its buttons wait and the others do not. */
  busy: string | undefined;
  /** What happened to the last decision, said beside the list. */
  outcome: { tone: 'success' | 'error'; message: string } | undefined;
  decide(item: RetentionDueItem, decision: RetentionDecisionInput['decision'], reason?: RetentionHoldReason): Promise<void>;
}

const DONE: Readonly<Record<RetentionDecisionInput['decision'], string>> = {
  confirm: 'Disposal confirmed. The next sweep deletes the record and its files and keeps an audit stub.',
  hold: 'Record held. It will not be disposed of until you release the hold.',
  release: 'Hold released. Confirm the disposal when you are ready.'
};

/** BR-24: what is due for disposal, from the case service, and the DPO's decisions on it. */
export function useRetentionScreen(): RetentionScreenState {
  const { caseService, roles } = useAppServices();
  const allowed = roles.indexOf('dataProtectionOfficer') >= 0;
  const due = useAsync(async () => (allowed ? caseService.retentionDue() : []), [caseService, allowed]);
  const [busy, setBusy] = React.useState<string | undefined>(undefined);
  const [outcome, setOutcome] = React.useState<RetentionScreenState['outcome']>(undefined);
  const decide = React.useCallback(
    async (item: RetentionDueItem, decision: RetentionDecisionInput['decision'], reason?: RetentionHoldReason): Promise<void> => {
      setBusy(item.id);
      setOutcome(undefined);
      try {
        await caseService.decideRetention({ kind: item.kind, id: item.id, decision, ...(reason ? { reason } : {}) });
        setOutcome({ tone: 'success', message: `${item.label}: ${DONE[decision]}` });
        due.reload();
      } catch (error) {
        setOutcome({
          tone: 'error',
          message: `${item.label}: ${error instanceof Error ? error.message : 'That did not work. Please try again.'}`
        });
      } finally {
        setBusy(undefined);
      }
    },
    [caseService, due]
  );
  return { allowed, due, busy, outcome, decide };
}
