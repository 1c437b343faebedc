import * as React from 'react';
import type { MarkerContext, MarkerOutcome } from '../../../app/markers/markerContext';
import { proposeMarker, type MarkerProposalInput } from '../../../app/markers/proposeMarker';
import { viewMarker } from '../../../app/markers/viewMarker';
import type { MarkerIssue } from '../../../domain/markers/markerRules';
import type { WarningMarker } from '../../../domain/model';
import { isConflict, type Stored } from '../../services/appStore';
import { useAppServices } from '../../services/AppServices';
import { loadMarkerRegister } from './loadMarkerRegister';
import { markerActionRun } from './markerActionRun';
import { markerDoneMessage, type MarkerDoneKind } from './markerDoneWords';
import type { MarkerAction } from './markerAction';
import type { RegisterState } from './markerRegisterState';

/** What the last action came to, shown beside the form that made it. */
export type ActionResult =
  | { kind: 'done'; message: string }
  | { kind: 'refused'; issues: readonly MarkerIssue[] }
  | { kind: 'conflict' }
  | { kind: 'failed'; error: unknown };

export interface MarkerRegister {
  state: RegisterState;
  /** The marker opened with a reason (the view is logged first), or undefined. */
  opened: Stored<WarningMarker> | undefined;
  result: ActionResult | undefined;
  reload(): Promise<void>;
  open(markerId: string, purpose: string): Promise<void>;
  close(): void;
  propose(input: Omit<MarkerProposalInput, 'markerId'>): Promise<void>;
  act(action: MarkerAction): Promise<void>;
}

/** The register: markers waiting, in force and challenged; the incidents a marker may come from. */
export function useMarkerRegister(): MarkerRegister {
  const { store, clock, currentUser, roles, roleAssignments, timeFrames, newRequestKey } = useAppServices();
  const [state, setState] = React.useState<RegisterState>({ status: 'loading' });
  const [opened, setOpened] = React.useState<Stored<WarningMarker> | undefined>(undefined);
  const [result, setResult] = React.useState<ActionResult | undefined>(undefined);

  const context = React.useCallback(
    (): MarkerContext => ({
      actorId: currentUser.id,
      roles: roleAssignments,
      today: clock.today(),
      now: clock.now(),
      newEventId: newRequestKey,
      timeFrames
    }),
    [currentUser.id, roleAssignments, clock, newRequestKey, timeFrames]
  );

  const reload = React.useCallback(async (): Promise<void> => {
    try {
      setState(await loadMarkerRegister(store, roles));
    } catch (error) {
      setState({ status: 'failed', error });
    }
  }, [store, roles]);

  React.useEffect(() => {
    reload().catch(() => undefined);
  }, [reload]);

  const settle = React.useCallback(
    async (kind: MarkerDoneKind, run: () => Promise<MarkerOutcome>): Promise<void> => {
      try {
        const outcome = await run();
        if (!outcome.ok) {
          setResult({ kind: 'refused', issues: outcome.issues });
          return;
        }
        setResult({ kind: 'done', message: markerDoneMessage(kind, outcome) });
        setOpened(kind === 'propose' ? undefined : outcome.saved);
        await reload();
      } catch (error) {
        setResult(isConflict(error) ? { kind: 'conflict' } : { kind: 'failed', error });
      }
    },
    [reload]
  );

  const open = React.useCallback(
    async (markerId: string, purpose: string): Promise<void> => {
      try {
        const viewed = await viewMarker(store, context(), markerId, purpose);
        if (!viewed.ok) {
          setResult({ kind: 'refused', issues: viewed.issues });
          return;
        }
        setResult(undefined);
        setOpened(viewed.marker);
      } catch (error) {
        setResult({ kind: 'failed', error });
      }
    },
    [store, context]
  );

  const propose = React.useCallback(
    (input: Omit<MarkerProposalInput, 'markerId'>) =>
      settle('propose', () => proposeMarker(store, context(), { ...input, markerId: newRequestKey() })),
    [settle, store, context, newRequestKey]
  );

  const act = React.useCallback(
    async (action: MarkerAction): Promise<void> => {
      if (opened === undefined) return;
      return settle(action.kind, markerActionRun(store, context(), opened, action));
    },
    [opened, context, settle, store]
  );

  return { state, opened, result, reload, open, close: () => setOpened(undefined), propose, act };
}
