import * as React from 'react';
import { changedPersonGroups, PERSON_DETAIL_GROUP_LABELS, type AuditEvent, type Case, type IsoInstant, type Person } from '../../../domain';
import type { Stored } from '../../../data/ports';
import { isConflict } from '../../services/appStore';
import { useAppServices } from '../../services/AppServices';
import type { PersonConflict } from './personDetailsTypes';
import { useWarnBeforeLeaving } from '../../components/useWarnBeforeLeaving';

export interface PersonWrite {
  /** Saves `next` under the etag of `stored`; `base` is what the user started from, to merge after a conflict. */
  write(kase: Case, stored: Stored<Person>, next: Person, base: Person): Promise<void>;
  saving: boolean;
  saveError: unknown;
  savedAt: IsoInstant | undefined;
  setSavedAt(at: IsoInstant | undefined): void;
  warning: string | undefined;
  conflict: PersonConflict | undefined;
  setConflict(conflict: PersonConflict | undefined): void;
}

function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** One save of the person with the etag, then its audit entry; a stale etag becomes a conflict to resolve. */
export function usePersonWrite(show: (kase: Case, stored: Stored<Person>) => void): PersonWrite {
  const { store, clock, currentUser, newRequestKey } = useAppServices();
  const [saving, setSaving] = React.useState(false);
  useWarnBeforeLeaving(saving);
  const [saveError, setSaveError] = React.useState<unknown>(undefined);
  const [savedAt, setSavedAt] = React.useState<IsoInstant | undefined>(undefined);
  const [warning, setWarning] = React.useState<string | undefined>(undefined);
  const [conflict, setConflict] = React.useState<PersonConflict | undefined>(undefined);

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
  return { write, saving, saveError, savedAt, setSavedAt, warning, conflict, setConflict };
}
