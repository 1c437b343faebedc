import { useAppServices } from '../../services/AppServices';
import { AsyncState, useAsync } from '../../components/useAsync';
import { loadPendingApprovals, PendingApproval } from './approvalDetails';
import { isApprover } from './approverRoles';

export interface ApprovalsScreenState {
  allowed: boolean;
  approvals: AsyncState<PendingApproval[]> & { reload(): void };
}

/** The manager's inbox: pending approvals from the case service, with each case's details. */
export function useApprovalsScreen(): ApprovalsScreenState {
  const { caseService, store, roles } = useAppServices();
  const allowed = isApprover(roles);
  const approvals = useAsync(async () => {
    if (!allowed) return [];
    const summaries = await caseService.listMyApprovals();
    return loadPendingApprovals(
      summaries.filter((summary) => summary.status === 'Pending'),
      store
    );
  }, [caseService, store, allowed]);
  return { allowed, approvals };
}
