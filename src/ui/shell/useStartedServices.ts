import * as React from 'react';
import type { AppServices } from '../services/AppServices';

export type StartedServices = { status: 'starting' } | { status: 'ready'; services: AppServices } | { status: 'failed'; error: unknown };

function isPromise(value: AppServices | Promise<AppServices>): value is Promise<AppServices> {
  return typeof (value as Promise<AppServices>).then === 'function';
}

/** Services given directly are ready at once (tests, the in-memory host); a promise is awaited. */
export function useStartedServices(services: AppServices | Promise<AppServices>): StartedServices {
  const [state, setState] = React.useState<StartedServices>(() =>
    isPromise(services) ? { status: 'starting' } : { status: 'ready', services }
  );
  React.useEffect(() => {
    if (!isPromise(services)) {
      setState((current) => (current.status === 'ready' && current.services === services ? current : { status: 'ready', services }));
      return;
    }
    let current = true;
    services.then(
      (resolved) => current && setState({ status: 'ready', services: resolved }),
      (error: unknown) => current && setState({ status: 'failed', error })
    );
    return () => {
      current = false;
    };
  }, [services]);
  return state;
}
