import * as React from 'react';
import { applyCaseActions, type Case, type CaseAction, type Person, type TransitionError, type WorkflowContext } from '../../../domain';
import { dateOfInstant } from '../../../domain/model/dates';
import { saveCaseChange } from '../../../app/cases/saveCaseChange';
import type { Stored } from '../../../data/ports';
import { isConflict } from '../../services/appStore';
import { useAppServices } from '../../services/AppServices';
import { useDeadlineContext } from '../../services/timeFrames';
import { NO_SAVE_WARNINGS, saveWarningsOf, type SaveWarnings } from './saveWarnings';
import { subjectOf } from './subjectOf';
import { keepingRelated, useCaseLoad, type CaseLoad } from './useCaseLoad';
import { useWarnBeforeLeaving } from '../../components/useWarnBeforeLeaving';

export type { CaseLoad, CaseRelated } from './useCaseLoad';

export interface PendingConflict {
  current: Stored<Case> | undefined;
  /** The actions to re-run on the latest version (usually one). */
  actions: readonly CaseAction[];
}

/**
 * What became of an action. Only `saved` means the case was stored: a `conflict` leaves the
 * reload/merge dialog open (the screen must stay put), and `failed` is shown as "Not saved".
 */
export type SaveResult =
  | { status: 'saved'; case: Case }
  | { status: 'refused'; refusal: TransitionError }
  | { status: 'conflict' }
  | { status: 'failed'; error: unknown };

/** The domain's refusal to show next to the form, if the action was refused. */
export function refusalOf(result: SaveResult): TransitionError | undefined {
  return result.status === 'refused' ? result.refusal : undefined;
}

export interface CaseRecordOptions {
  /**
   * Called after every real save, whether it came straight from apply() or from "Apply my
   * changes to the latest version" in the conflict dialog. Put navigation and follow-up work
   * here, never after a conflict.
   */
  onSaved?(saved: Case, action: CaseAction): void | Promise<void>;
}

export interface CaseRecord {
  load: CaseLoad;
  reload(): void;
  /**
   * Runs a transition through the domain engine (the same rules the service enforces), then
   * saves with the etag. Returns the refusal in plain words, or what became of the save.
   * A conflict opens the reload/merge choice instead of overwriting and is NOT a save.
   * A list of actions is applied in order and saved once: all or nothing (e.g. assign the
   * alternate officer, then record the panel decision, BR-03).
   */
  apply(action: CaseAction | readonly CaseAction[]): Promise<SaveResult>;
  saving: boolean;
  saveError: unknown;
  /**
   * Set when the case was saved but the staff banner for the customer could not be brought in
   * line (for example SharePoint was unavailable for that one write). The case service's sweep
   * repairs it; the screen says so rather than staying silent.
   */
  alertWarning: string | undefined;
  /**
   * Set when the case was saved but its audit log entries could not be written after it. The
   * change stands (it is not "not saved"); someone must add the missing entries.
   */
  auditWarning: string | undefined;
  /**
   * Set when the case was saved but work it passes on could not be (BR-16: a request for
   * information for the FOI officer). The contact is logged; someone must tell the FOI officer.
   */
  routingWarning: string | undefined;
  conflict: PendingConflict | undefined;
  resolveConflict(choice: 'reload' | 'merge' | 'cancel'): Promise<void>;
  /** The case as last saved by this screen (e.g. to find the sanction just proposed). */
  lastSaved: React.MutableRefObject<Case | undefined>;
}

let idCounter = 0;

function isActionList(action: CaseAction | readonly CaseAction[]): action is readonly CaseAction[] {
  return Array.isArray(action);
}

function refused(message: string): SaveResult {
  return { status: 'refused', refusal: { code: 'illegalTransition', message } };
}

/** The engine's context for one save: who, when, the roles, the time frames and the person. */
function useEngineContext(): (person: Person) => WorkflowContext {
  const { clock, currentUser, roleAssignments, newRequestKey } = useAppServices();
  const deadlines = useDeadlineContext();
  return React.useCallback(
    (person: Person) => ({
      now: clock.now(),
      actorId: currentUser.id,
      roles: roleAssignments,
      // The time frames saved on the administration screen bind the engine too (BR-05, BR-08).
      deadlines,
      person,
      newId: (prefix: string) => `${prefix}-${newRequestKey()}-${++idCounter}`
    }),
    [clock, currentUser.id, roleAssignments, newRequestKey, deadlines]
  );
}

/** Whether a save is under way; while it is, closing the tab is questioned (it would stop the writes after the case row). */
function useSavingFlag(): [boolean, (saving: boolean) => void] {
  const [saving, setSaving] = React.useState(false);
  useWarnBeforeLeaving(saving);
  return [saving, setSaving];
}

/** Loads one case (one batched read) and applies workflow actions to it with conflict handling. */
export function useCaseRecord(caseId: string, options: CaseRecordOptions = {}): CaseRecord {
  const { store, clock } = useAppServices();
  const engineContext = useEngineContext();
  const { load, setLoad, reload } = useCaseLoad(caseId);
  const [saving, setSaving] = useSavingFlag();
  const [saveError, setSaveError] = React.useState<unknown>(undefined);
  const [warnings, setWarnings] = React.useState<SaveWarnings>(NO_SAVE_WARNINGS);
  const [conflict, setConflict] = React.useState<PendingConflict | undefined>(undefined);
  const lastSaved = React.useRef<Case | undefined>(undefined);
  const onSaved = React.useRef(options.onSaved);
  onSaved.current = options.onSaved;

  const save = React.useCallback(
    async (stored: Stored<Case>, person: Person | undefined, actions: readonly CaseAction[]): Promise<SaveResult> => {
      const subject = subjectOf(stored.value, person);
      const run = applyCaseActions(stored.value, actions, engineContext(subject));
      if (!run.ok) return { status: 'refused', refusal: run.refusal };
      setSaving(true);
      setSaveError(undefined);
      let saved: Stored<Case>;
      try {
        // The case under its etag (the gate: a refusal writes nothing), audit, then the staff
        // banners that follow from its sanctions. See saveCaseChange for the order and why.
        const today = dateOfInstant(clock.now());
        const change = await saveCaseChange(store, stored, run.next, run.auditEvents, subject, today, run.routedTasks);
        saved = change.saved;
        lastSaved.current = saved.value;
        setLoad(keepingRelated(saved, person));
        setWarnings(saveWarningsOf(change));
      } catch (error) {
        if (isConflict<Stored<Case>>(error)) {
          setConflict({ current: error.current, actions });
          return { status: 'conflict' };
        }
        setSaveError(error);
        return { status: 'failed', error };
      } finally {
        setSaving(false);
      }
      await onSaved.current?.(saved.value, actions[actions.length - 1]);
      return { status: 'saved', case: saved.value };
    },
    [store, clock, engineContext, setLoad]
  );

  const apply = React.useCallback(
    async (action: CaseAction | readonly CaseAction[]): Promise<SaveResult> => {
      if (load.status !== 'ready') return refused('The case has not loaded yet.');
      const actions: readonly CaseAction[] = isActionList(action) ? action : [action];
      if (actions.length === 0) return refused('Nothing to save.');
      return save(load.stored, load.person, actions);
    },
    [load, save]
  );

  const resolveConflict = React.useCallback(
    async (choice: 'reload' | 'merge' | 'cancel'): Promise<void> => {
      const pending = conflict;
      setConflict(undefined);
      if (!pending || choice === 'cancel') return;
      const person = load.status === 'ready' ? load.person : undefined;
      if (choice === 'reload' || !pending.current) {
        if (pending.current) setLoad(keepingRelated(pending.current, person));
        else reload();
        return;
      }
      // Merge: re-run the same action on the latest version; the engine re-checks every rule.
      const result = await save(pending.current, person, pending.actions);
      if (result.status === 'refused') setSaveError(result.refusal.message);
    },
    [conflict, load, save, setLoad, reload]
  );

  return {
    load,
    reload,
    apply,
    saving,
    saveError,
    alertWarning: warnings.alert,
    auditWarning: warnings.audit,
    routingWarning: warnings.routing,
    conflict,
    resolveConflict,
    lastSaved
  };
}
