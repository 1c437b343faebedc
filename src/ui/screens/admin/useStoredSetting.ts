import * as React from 'react';
import type { Stored } from '../../../data/ports';
import { useAppServices } from '../../services/AppServices';
import type { SettingEditorSpec } from './settingEditorTypes';

export interface StoredSetting<D> {
  status: 'loading' | 'error' | 'ready';
  loadError: unknown;
  reload(): void;
  /** The setting as read, with its etag; undefined when it was never saved. */
  stored: Stored<unknown> | undefined;
  draft: D;
  setDraftState: React.Dispatch<React.SetStateAction<D>>;
  /** True once saving was tried: the domain's messages show from then on. */
  attempted: boolean;
  setAttempted(attempted: boolean): void;
  /** Shows a stored value (as read, saved or loaded after a conflict) and starts the draft again from it. */
  show(value: Stored<unknown> | undefined): void;
}

/** Reads one setting with its etag (again on reload) and holds the form's draft of it. */
export function useStoredSetting<T, D>(spec: SettingEditorSpec<T, D>): StoredSetting<D> {
  const { store } = useAppServices();
  const specRef = React.useRef(spec);
  specRef.current = spec;
  const [attempt, setAttempt] = React.useState(0);
  const [status, setStatus] = React.useState<StoredSetting<D>['status']>('loading');
  const [loadError, setLoadError] = React.useState<unknown>(undefined);
  const [stored, setStored] = React.useState<Stored<unknown> | undefined>(undefined);
  const [draft, setDraftState] = React.useState<D>(() => spec.draftOf(undefined));
  const [attempted, setAttempted] = React.useState(false);

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

  const reload = React.useCallback(() => setAttempt((value) => value + 1), []);
  return { status, loadError, reload, stored, draft, setDraftState, attempted, setAttempted, show };
}
