import * as React from 'react';
import { can, settingChangedEvent, type IsoInstant, type Result, type SettingKey, type ValidationError } from '../../../domain';
import type { Stored } from '../../../data/ports';
import { saveSetting } from '../../../app/settings/saveSetting';
import { isConflict } from '../../services/appStore';
import { useAppServices } from '../../services/AppServices';

/** One empty list, so a form's memoised parts see "no errors" as unchanged. */
const NO_PROBLEMS: readonly ValidationError[] = [];

/** How one setting is edited: checked by the domain, shown as a form draft, audited by what changed. */
export interface SettingEditorSpec<T, D> {
  key: SettingKey;
  /** The Settings list's description of the item. */
  description: string;
  parse(value: unknown): Result<T, ValidationError[]>;
  /** The stored value checked, when it is not shaped like what the form gives parse (default: parse). */
  parseStored?(value: unknown): Result<T, ValidationError[]>;
  /** The form's starting point: the stored value (a broken one as far as it goes), or the default when never saved. */
  draftOf(stored: unknown): D;
  /** What the form would save, before the domain checks it. */
  valueOf(draft: D): unknown;
  /** What changed, for the audit entry; undefined when nothing did. `before` is undefined when nothing valid was stored. */
  changes(before: T | undefined, after: T): Readonly<Record<string, unknown>> | undefined;
}

export type SettingSaveOutcome =
  | { kind: 'saved'; at: IsoInstant; auditWritten: boolean }
  | { kind: 'unchanged' }
  /** Someone else saved since this form was loaded: nothing was written; the latest can be loaded. */
  | { kind: 'conflict'; current: Stored<unknown> | undefined }
  | { kind: 'failed'; error: unknown };

export interface SettingEditor<T, D> {
  status: 'loading' | 'error' | 'ready';
  loadError: unknown;
  reload(): void;
  draft: D;
  setDraft(update: (draft: D) => D): void;
  /** The domain's verdict on the draft, kept up to date as the user types. */
  check: Result<T, ValidationError[]>;
  /** The domain's messages once the user has tried to save. */
  errors: readonly ValidationError[];
  /** Problems with the value as stored (edited by hand in the list): saving a checked value replaces it. */
  storedProblems: readonly ValidationError[];
  /** False when the value was never saved and the policy default applies. */
  everSaved: boolean;
  save(): Promise<void>;
  saving: boolean;
  outcome: SettingSaveOutcome | undefined;
  /** After a conflict: show the value as saved now, and start again from it. */
  loadLatest(): void;
  /** can('settings.manage'): only administrators reach the screen, and SharePoint refuses anyone else's write. */
  refusal: string | undefined;
}

/**
 * Loads one setting with its etag, keeps the form's draft, and saves a value the domain has
 * checked under that etag (src/app/settings/saveSetting.ts): the audit entry follows, and a
 * stale etag is a conflict offering to load the latest version, never an overwrite.
 */
export function useSettingEditor<T, D>(spec: SettingEditorSpec<T, D>): SettingEditor<T, D> {
  const { store, clock, currentUser, roleAssignments, newRequestKey } = useAppServices();
  const specRef = React.useRef(spec);
  specRef.current = spec;
  const [attempt, setAttempt] = React.useState(0);
  const [status, setStatus] = React.useState<SettingEditor<T, D>['status']>('loading');
  const [loadError, setLoadError] = React.useState<unknown>(undefined);
  const [stored, setStored] = React.useState<Stored<unknown> | undefined>(undefined);
  const [draft, setDraftState] = React.useState<D>(() => spec.draftOf(undefined));
  const [attempted, setAttempted] = React.useState(false);
  const [saving, setSaving] = React.useState(false);
  const [outcome, setOutcome] = React.useState<SettingSaveOutcome | undefined>(undefined);

  const show = React.useCallback((value: Stored<unknown> | undefined) => {
    setStored(value);
    setDraftState(specRef.current.draftOf(value?.value));
    setAttempted(false);
    setStatus('ready');
  }, []);

  React.useEffect(() => {
    let current = true;
    setStatus('loading');
    store.settings.read(spec.key).then(
      (value) => current && show(value),
      (error: unknown) => {
        if (!current) return;
        setLoadError(error);
        setStatus('error');
      }
    );
    return () => {
      current = false;
    };
  }, [store, spec.key, attempt, show]);

  const check = React.useMemo(() => spec.parse(spec.valueOf(draft)), [spec, draft]);
  const storedCheck = React.useMemo(
    () => (stored === undefined ? undefined : (spec.parseStored ?? spec.parse)(stored.value)),
    [spec, stored]
  );
  const decision = can({ userId: currentUser.id }, 'settings.manage', { roles: roleAssignments });

  const setDraft = React.useCallback((update: (previous: D) => D) => {
    setDraftState(update);
    setOutcome((previous) => (previous?.kind === 'conflict' ? previous : undefined));
  }, []);

  const save = async (): Promise<void> => {
    setAttempted(true);
    if (!check.ok || !decision.allowed) return;
    const before = storedCheck?.ok ? storedCheck.value : undefined;
    const changed = spec.changes(before, check.value);
    if (changed === undefined && stored !== undefined) {
      setOutcome({ kind: 'unchanged' });
      return;
    }
    setSaving(true);
    setOutcome(undefined);
    const at = clock.now();
    try {
      const result = await saveSetting(
        store,
        { key: spec.key, value: check.value, etag: stored?.etag, description: spec.description },
        settingChangedEvent({
          id: `audit-${newRequestKey()}`,
          actorId: currentUser.id,
          at,
          key: spec.key,
          changed: changed ?? { firstSaved: true },
          replacedVersion: stored?.etag
        })
      );
      show(result.saved);
      setOutcome({ kind: 'saved', at, auditWritten: result.audit.status === 'written' });
    } catch (error) {
      if (isConflict<Stored<unknown>>(error)) setOutcome({ kind: 'conflict', current: error.current });
      else setOutcome({ kind: 'failed', error });
    } finally {
      setSaving(false);
    }
  };

  const loadLatest = (): void => {
    if (outcome?.kind === 'conflict' && outcome.current !== undefined) show(outcome.current);
    else setAttempt((value) => value + 1);
    setOutcome(undefined);
  };

  return {
    status,
    loadError,
    reload: () => setAttempt((value) => value + 1),
    draft,
    setDraft,
    check,
    errors: attempted && !check.ok ? check.error : NO_PROBLEMS,
    storedProblems: storedCheck !== undefined && !storedCheck.ok ? storedCheck.error : NO_PROBLEMS,
    everSaved: stored !== undefined,
    save,
    saving,
    outcome,
    loadLatest,
    refusal: decision.allowed ? undefined : decision.reason
  };
}
