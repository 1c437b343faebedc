import * as React from 'react';
import { DEFAULT_GUIDANCE, type GuidanceAudience, type GuidanceSection } from '../../../domain/guidance';
import { useAppServices } from '../../services/AppServices';

export interface GuidanceLoad {
  status: 'loading' | 'error' | 'ready';
  loadError: unknown;
  reload(): void;
  /** The passages shown are ready again (after publishing one). */
  markReady(): void;
}

/** Every version: those the list holds, and the defaults a site not yet seeded shows. */
function withDefaults(stored: readonly GuidanceSection[], audience: GuidanceAudience): GuidanceSection[] {
  const all = [...stored];
  for (const section of DEFAULT_GUIDANCE.filter((candidate) => candidate.audience === audience)) {
    if (!all.some((known) => known.id === section.id && known.version === section.version)) all.push(section);
  }
  return all;
}

/** Reads one audience's guidance passages (again on reload), hands every version to onLoaded, then is ready. */
export function useGuidanceLoad(audience: GuidanceAudience, onLoaded: (all: GuidanceSection[]) => void): GuidanceLoad {
  const { store } = useAppServices();
  const [attempt, setAttempt] = React.useState(0);
  const [status, setStatus] = React.useState<GuidanceLoad['status']>('loading');
  const [loadError, setLoadError] = React.useState<unknown>(undefined);
  React.useEffect(() => {
    let current = true;
    setStatus('loading');
    store.guidance.listByAudience(audience).then(
      (rows) => {
        if (!current) return;
        onLoaded(
          withDefaults(
            rows.map((row) => row.value),
            audience
          )
        );
        setStatus('ready');
      },
      (error: unknown) => {
        if (!current) return;
        setLoadError(error);
        setStatus('error');
      }
    );
    return () => {
      current = false;
    };
  }, [store, audience, attempt, onLoaded]);
  const markReady = React.useCallback(() => setStatus('ready'), []);
  return { status, loadError, reload: () => setAttempt((value) => value + 1), markReady };
}
