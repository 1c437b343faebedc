import * as React from 'react';
import type { CaseTask } from '../../../domain';
import { useAsync, type AsyncState } from '../../components/useAsync';
import type { Stored } from '../../services/appStore';
import { useAppServices } from '../../services/AppServices';

export interface PassedRequests {
  state: AsyncState<Stored<CaseTask>[]>;
  /** The FOI officer has taken the request into the FOI process: the task is done. */
  takeIn(row: Stored<CaseTask>): Promise<void>;
  /** Set when marking one as taken in failed, with the request it was. */
  failed: { taskId: string; error: unknown } | undefined;
}

function byDueDate(a: Stored<CaseTask>, b: Stored<CaseTask>): number {
  const left = a.value.dueDate ?? '9999-12-31';
  const right = b.value.dueDate ?? '9999-12-31';
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * BR-16: the requests for information case officers passed to this FOI officer (their open
 * informationRequest tasks: one read of the Tasks list, no case data), soonest due first.
 */
export function usePassedRequests(): PassedRequests {
  const { store, currentUser } = useAppServices();
  const [takenIn, setTakenIn] = React.useState<readonly string[]>([]);
  const [failed, setFailed] = React.useState<PassedRequests['failed']>(undefined);
  const list = useAsync(async () => {
    // A host without the Tasks port (the FOI screen's own tests give it only the FOI list) has none.
    if (typeof store.tasks?.listOpenFor !== 'function') return [];
    return (await store.tasks.listOpenFor(currentUser.id)).filter((row) => row.value.kind === 'informationRequest').sort(byDueDate);
  }, [store, currentUser.id]);
  const takeIn = React.useCallback(
    async (row: Stored<CaseTask>): Promise<void> => {
      setFailed(undefined);
      try {
        await store.tasks.update(row, { ...row.value, done: true });
        setTakenIn((ids) => [...ids, row.value.id]);
      } catch (error) {
        setFailed({ taskId: row.value.id, error });
      }
    },
    [store]
  );
  const state: AsyncState<Stored<CaseTask>[]> =
    list.status === 'ready' ? { status: 'ready', value: list.value.filter((row) => takenIn.indexOf(row.value.id) < 0) } : list;
  return { state, takeIn, failed };
}
