import * as React from 'react';
import {
  applyPersonChanges,
  can,
  changedPersonGroups,
  participationOf,
  PERSON_DETAIL_GROUP_LABELS,
  validatePersonInput,
  type AuditEvent,
  type Case,
  type IsoInstant,
  type Person,
  type ValidationError
} from '../../../domain';
import type { Stored } from '../../../data/ports';
import { isConflict } from '../../services/appStore';
import { useAppServices } from '../../services/AppServices';
import { draftOf, inputOf, type PersonDraft } from './personDraft';

export type PersonLoad =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  /** The case is not one this user works on (BR-22): nothing about the person is shown. */
  | { status: 'refused'; kase: Case; reason: string }
  | { status: 'noPerson'; kase: Case }
  | { status: 'ready'; kase: Case; stored: Stored<Person> };

export interface PersonConflict {
  /** The person as saved by someone else, when the store could say. */
  current: Stored<Person> | undefined;
  /** What this user opened and what they tried to save, to re-apply their changes. */
  base: Person;
  mine: Person;
  /** Plain words: what the other person changed. */
  changes: string[];
}

export interface PersonDetails {
  load: PersonLoad;
  reload(): void;
  draft: PersonDraft | undefined;
  change(patch: Partial<PersonDraft>): void;
  /** The domain's messages, once the user has tried to save (then kept up to date as they type). */
  errors: readonly ValidationError[];
  save(): Promise<void>;
  saving: boolean;
  saveError: unknown;
  /** When this screen last saved, for the "Saved" confirmation. */
  savedAt: IsoInstant | undefined;
  /** Saved, but something after the save did not work (the audit entry). */
  warning: string | undefined;
  /** Set when there was nothing to save. */
  unchanged: boolean;
  conflict: PersonConflict | undefined;
  resolveConflict(choice: 'reload' | 'merge' | 'cancel'): Promise<void>;
}

function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/**
 * Loads a case's person and saves their needs and details with the etag. The domain validates
 * (validatePersonInput); a stale etag opens the reload or apply-my-changes choice and never
 * overwrites. Saving updates the person's name search keys (the store does it) and appends an
 * audit entry naming the parts changed, not their content.
 */
export function usePersonDetails(caseId: string, personId: string | undefined): PersonDetails {
  const { store, clock, currentUser, roleAssignments, newRequestKey } = useAppServices();
  const [load, setLoad] = React.useState<PersonLoad>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  const [draft, setDraft] = React.useState<PersonDraft | undefined>(undefined);
  const [showErrors, setShowErrors] = React.useState(false);
  const [saving, setSaving] = React.useState(false);
  const [saveError, setSaveError] = React.useState<unknown>(undefined);
  const [savedAt, setSavedAt] = React.useState<IsoInstant | undefined>(undefined);
  const [warning, setWarning] = React.useState<string | undefined>(undefined);
  const [unchanged, setUnchanged] = React.useState(false);
  const [conflict, setConflict] = React.useState<PersonConflict | undefined>(undefined);
  const today = clock.today();

  const show = React.useCallback((kase: Case, stored: Stored<Person>) => {
    setLoad({ status: 'ready', kase, stored });
    setDraft(draftOf(stored.value));
    setShowErrors(false);
  }, []);

  React.useEffect(() => {
    let current = true;
    setLoad({ status: 'loading' });
    store.loadCaseScreen(caseId, personId).then(
      (data) => {
        if (!current) return;
        const kase = data.case.value;
        const decision = can({ userId: currentUser.id }, 'case.readFull', { roles: roleAssignments, case: participationOf(kase) });
        if (!decision.allowed) setLoad({ status: 'refused', kase, reason: decision.reason });
        else if (!data.person) setLoad({ status: 'noPerson', kase });
        else show(kase, data.person);
      },
      (error: unknown) => current && setLoad({ status: 'error', error })
    );
    return () => {
      current = false;
    };
  }, [store, caseId, personId, attempt, currentUser.id, roleAssignments, show]);

  const check = React.useMemo(() => (draft ? validatePersonInput(inputOf(draft), today) : undefined), [draft, today]);
  const errors = showErrors && check && !check.ok ? check.error : [];

  const write = React.useCallback(
    async (kase: Case, stored: Stored<Person>, next: Person, base: Person): Promise<void> => {
      setSaving(true);
      setSaveError(undefined);
      setWarning(undefined);
      let saved: Stored<Person>;
      try {
        saved = await store.persons.update(stored, next);
      } catch (error) {
        if (isConflict<Stored<Person>>(error)) {
          const theirs = error.current ? changedPersonGroups(base, error.current.value) : [];
          setConflict({
            current: error.current,
            base,
            mine: next,
            changes: theirs.map((group) => `${capitalise(PERSON_DETAIL_GROUP_LABELS[group])} changed`)
          });
        } else setSaveError(error);
        return;
      } finally {
        setSaving(false);
      }
      show(kase, saved);
      const now = clock.now();
      setSavedAt(now);
      const event: AuditEvent = {
        id: `audit-${newRequestKey()}`,
        actorId: currentUser.id,
        action: 'person.updated',
        at: now,
        entity: { type: 'Person', id: saved.value.id },
        // Which parts changed, never their content (health and vulnerability are special category data).
        after: { changed: changedPersonGroups(stored.value, saved.value) },
        note: `From case ${kase.id}.`
      };
      try {
        await store.auditLog.append(event);
      } catch {
        setWarning('Saved, but the audit log entry for this change could not be written. Tell the Customer Relations Officer.');
      }
    },
    [store, clock, currentUser.id, newRequestKey, show]
  );

  const save = React.useCallback(async (): Promise<void> => {
    if (load.status !== 'ready' || !check) return;
    setShowErrors(true);
    setSavedAt(undefined);
    setUnchanged(false);
    if (!check.ok) return;
    const next: Person = { id: load.stored.value.id, ...check.value };
    if (changedPersonGroups(load.stored.value, next).length === 0) {
      setUnchanged(true);
      return;
    }
    await write(load.kase, load.stored, next, load.stored.value);
  }, [load, check, write]);

  const resolveConflict = React.useCallback(
    async (choice: 'reload' | 'merge' | 'cancel'): Promise<void> => {
      const pending = conflict;
      setConflict(undefined);
      if (!pending || choice === 'cancel' || load.status !== 'ready') return;
      if (!pending.current) {
        setAttempt((n) => n + 1);
        return;
      }
      if (choice === 'reload') {
        show(load.kase, pending.current);
        return;
      }
      // Apply my changes to the latest version: only the parts this user changed are taken from them.
      const merged = applyPersonChanges(pending.base, pending.mine, pending.current.value);
      setLoad({ status: 'ready', kase: load.kase, stored: pending.current });
      await write(load.kase, pending.current, merged, pending.current.value);
    },
    [conflict, load, show, write]
  );

  return {
    load,
    reload: () => setAttempt((n) => n + 1),
    draft,
    change: (patch) => {
      // A confirmation for the last save must not sit beside edits that are not saved yet.
      setSavedAt(undefined);
      setUnchanged(false);
      setDraft((d) => (d ? { ...d, ...patch } : d));
    },
    errors,
    save,
    saving,
    saveError,
    savedAt,
    warning,
    unchanged,
    conflict,
    resolveConflict
  };
}
