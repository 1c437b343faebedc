// The council's details as letters print them: the value the administration screen saves in
// Settings (key councilDetails), checked by the domain, so a change there is on the next letter
// without a redeploy. Until one is saved, or if the stored one fails the checks, letters use the
// policy default (the domain's DEFAULT_COUNCIL_DETAILS).
import * as React from 'react';
import { councilDetailsOrDefault, DEFAULT_COUNCIL_DETAILS, SETTING_KEYS, type CouncilDetails } from '../../../domain';
import type { AppStore } from '../../services/appStore';
import { useAppServices } from '../../services/AppServices';

export type { CouncilDetails };

export interface CouncilDetailsSource {
  /** What has arrived so far (the default until the read answers). */
  details: CouncilDetails;
  /** The details once read: producing a letter waits for them, so it never prints the default by mistake. */
  loaded(): Promise<CouncilDetails>;
}

function readCouncilDetails(store: AppStore): Promise<CouncilDetails> {
  // A host without a Settings port (a test's partial store) has nothing configured.
  if (typeof store.settings?.get !== 'function') return Promise.resolve(DEFAULT_COUNCIL_DETAILS);
  return store.settings.get<unknown>(SETTING_KEYS.councilDetails).then(
    councilDetailsOrDefault,
    // Not being able to read the letter head is no reason to stop a letter: the default is the council's own.
    () => DEFAULT_COUNCIL_DETAILS
  );
}

export function useCouncilDetails(): CouncilDetailsSource {
  const { store } = useAppServices();
  const read = React.useMemo(() => readCouncilDetails(store), [store]);
  const [details, setDetails] = React.useState<CouncilDetails>(DEFAULT_COUNCIL_DETAILS);
  React.useEffect(() => {
    let current = true;
    read.then((value) => current && setDetails(value)).catch(() => undefined);
    return () => {
      current = false;
    };
  }, [read]);
  return React.useMemo(() => ({ details, loaded: () => read }), [details, read]);
}
