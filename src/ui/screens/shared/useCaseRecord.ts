import * as React from 'react';
import {
  applyCaseAction,
  type AuditEvent,
  type Case,
  type CaseAction,
  type CaseTask,
  type Person,
  type TransitionError
} from '../../../domain';
import { dateOfInstant } from '../../../domain/model/dates';
import { saveCaseChange } from '../../../app/cases/saveCaseChange';
import type { CaseScreenData, Stored } from '../../../data/ports';
import { isConflict } from '../../services/appStore';
import { useAppServices } from '../../services/AppServices';
import { useDeadlineContext } from '../../services/timeFrames';

/** What the case screen read beside the case: the person's incident reports, alerts, markers. */
export type CaseRelated = Omit<CaseScreenData, 'case' | 'person'>;

export type CaseLoad =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; stored: Stored<Case>; person: Person | undefined; related?: CaseRelated };

/** A saved or reloaded case keeps what was read beside it (saving the case does not change it). */
function keepingRelated(stored: Stored<Case>, person: Person | undefined): (previous: CaseLoad) => CaseLoad {
  return (previous) => ({ status: 'ready', stored, person, related: previous.status === 'ready' ? previous.related : undefined });
}

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

const AUDIT_NOT_WRITTEN: string =
  'Saved. The audit log entry for this change could not be written. Tell the Customer Relations Officer, so the record of who did what can be completed.';

const ROUTING_NOT_WRITTEN: string =
  'Saved. The request for information could not be passed to the FOI officer just now. Tell the FOI officer about it yourself (BR-16).';

const ALERT_LEFT_FOR_SWEEP: string =
  'Saved. The alert that staff see for this customer could not be updated just now; the case service puts it right on its next check. If staff must know at once, tell the Customer Relations Officer.';

function isActionList(action: CaseAction | readonly CaseAction[]): action is readonly CaseAction[] {
  return Array.isArray(action);
}

/** Loads one case (one batched read) and applies workflow actions to it with conflict handling. */
export function useCaseRecord(caseId: string, options: CaseRecordOptions = {}): CaseRecord {
  const { store, clock, currentUser, roleAssignments, newRequestKey } = useAppServices();
  const deadlines = useDeadlineContext();
  const [load, setLoad] = React.useState<CaseLoad>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  const [saving, setSaving] = React.useState(false);
  const [saveError, setSaveError] = React.useState<unknown>(undefined);
  const [alertWarning, setAlertWarning] = React.useState<string | undefined>(undefined);
  const [auditWarning, setAuditWarning] = React.useState<string | undefined>(undefined);
  const [routingWarning, setRoutingWarning] = React.useState<string | undefined>(undefined);
  const [conflict, setConflict] = React.useState<PendingConflict | undefined>(undefined);
  const lastSaved = React.useRef<Case | undefined>(undefined);
  const onSaved = React.useRef(options.onSaved);
  onSaved.current = options.onSaved;

  React.useEffect(() => {
    let current = true;
    setLoad({ status: 'loading' });
    store.loadCaseScreen(caseId).then(
      (data) => {
        if (!current) return;
        const { case: stored, person, ...related } = data;
        setLoad({ status: 'ready', stored, person: person?.value, related });
      },
      (error: unknown) => current && setLoad({ status: 'error', error })
    );
    return () => {
      current = false;
    };
  }, [store, caseId, attempt]);

  const save = React.useCallback(
    async (stored: Stored<Case>, person: Person | undefined, actions: readonly CaseAction[]): Promise<SaveResult> => {
      const subject =
        person ??
        ({
          id: stored.value.personId,
          names: { given: '', family: '' },
          aliases: [],
          addresses: [],
          contactChannels: [],
          representatives: [],
          reasonableAdjustments: [],
          vulnerabilityFlags: [],
          statutoryRoles: [],
          isCarerOrRepresentativeFor: []
        } as Person);
      let next = stored.value;
      const auditEvents: AuditEvent[] = [];
      const routedTasks: CaseTask[] = [];
      for (const action of actions) {
        // The engine checks each letter's mandatory content itself (BR-06/07/10/30/32), with the
        // context the action gives it: nothing to pass in, nothing a screen can leave out.
        const outcome = applyCaseAction(next, action, {
          now: clock.now(),
          actorId: currentUser.id,
          roles: roleAssignments,
          // The time frames saved on the administration screen bind the engine too (BR-05, BR-08).
          deadlines,
          person: subject,
          newId: (prefix) => `${prefix}-${newRequestKey()}-${++idCounter}`
        });
        if (!outcome.ok) return { status: 'refused', refusal: outcome.error };
        next = outcome.value.case;
        auditEvents.push(...outcome.value.auditEvents);
        routedTasks.push(...(outcome.value.routedTasks ?? []));
      }
      const action = actions[actions.length - 1];
      setSaving(true);
      setSaveError(undefined);
      let saved: Stored<Case>;
      try {
        // The case under its etag (the gate: a refusal writes nothing), audit, then the staff
        // banners that follow from its sanctions. See saveCaseChange for the order and why.
        const change = await saveCaseChange(store, stored, next, auditEvents, subject, dateOfInstant(clock.now()), routedTasks);
        saved = change.saved;
        lastSaved.current = saved.value;
        setLoad(keepingRelated(saved, person));
        setAuditWarning(change.audit.status === 'notWritten' ? AUDIT_NOT_WRITTEN : undefined);
        setAlertWarning(change.alerts.status === 'leftForSweep' ? ALERT_LEFT_FOR_SWEEP : undefined);
        setRoutingWarning(change.routed.status === 'notWritten' ? ROUTING_NOT_WRITTEN : undefined);
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
      await onSaved.current?.(saved.value, action);
      return { status: 'saved', case: saved.value };
    },
    [store, clock, currentUser.id, roleAssignments, newRequestKey, deadlines]
  );

  const apply = React.useCallback(
    async (action: CaseAction | readonly CaseAction[]): Promise<SaveResult> => {
      if (load.status !== 'ready')
        return { status: 'refused', refusal: { code: 'illegalTransition', message: 'The case has not loaded yet.' } };
      const actions: readonly CaseAction[] = isActionList(action) ? action : [action];
      if (actions.length === 0) return { status: 'refused', refusal: { code: 'illegalTransition', message: 'Nothing to save.' } };
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
        else setAttempt((n) => n + 1);
        return;
      }
      // Merge: re-run the same action on the latest version; the engine re-checks every rule.
      const result = await save(pending.current, person, pending.actions);
      if (result.status === 'refused') setSaveError(result.refusal.message);
    },
    [conflict, load, save]
  );

  return {
    load,
    reload: () => setAttempt((n) => n + 1),
    apply,
    saving,
    saveError,
    alertWarning,
    auditWarning,
    routingWarning,
    conflict,
    resolveConflict,
    lastSaved
  };
}
