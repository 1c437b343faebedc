import * as React from 'react';

export type AsyncState<T> = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; value: T };

/**
 * Loads data for a screen and re-runs when `deps` change or `reload()` is called. Results
 * from a superseded run are dropped, so a slow first answer never overwrites a newer one.
 */
export function useAsync<T>(load: () => Promise<T>, deps: React.DependencyList): AsyncState<T> & { reload(): void } {
  const [state, setState] = React.useState<AsyncState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    load().then(
      (value) => current && setState({ status: 'ready', value }),
      (error: unknown) => current && setState({ status: 'error', error })
    );
    return () => {
      current = false;
    };
  }, [...deps, attempt]); // eslint-disable-line react-hooks/exhaustive-deps
  const reload = React.useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
