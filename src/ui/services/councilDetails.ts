// The council's details: the value the administration screen saves in Settings (key
// councilDetails), checked by the domain, so a change there is on the next letter, and in the
// services offered on the incident form, without a redeploy. Read at start-up in the first
// $batch (no round trip of its own); until one is saved, or if the stored one fails the checks,
// the policy default (the domain's DEFAULT_COUNCIL_DETAILS).
import * as React from 'react';
import { councilDetailsOrDefault, DEFAULT_COUNCIL_DETAILS, serviceChoices, SETTING_KEYS, type CouncilDetails } from '../../domain';
import type { CaseStore } from './appStore';
import { useAppServices } from './AppServices';

export type { CouncilDetails };

export interface CouncilDetailsSource {
  /** What has arrived so far (the default until the read answers). */
  details: CouncilDetails;
  /** The details once read: producing a letter waits for them, so it never prints the default by mistake. */
  loaded(): Promise<CouncilDetails>;
}

/** Read with the other start-up reads (one $batch): see the composition roots. */
export function readCouncilDetailsAtStart(store: CaseStore): Promise<CouncilDetails> {
  // A host without a Settings port (a test's partial store) has nothing configured.
  if (typeof store.settings?.get !== 'function') return Promise.resolve(DEFAULT_COUNCIL_DETAILS);
  return store.settings.get<unknown>(SETTING_KEYS.councilDetails).then(
    councilDetailsOrDefault,
    // Not being able to read the letter head is no reason to stop a letter: the default is the council's own.
    () => DEFAULT_COUNCIL_DETAILS
  );
}

export function useCouncilDetails(): CouncilDetailsSource {
  const { store, councilDetails } = useAppServices();
  // Read at start-up where the host did so; otherwise (a host or test that did not), read now.
  const read = React.useMemo(
    () => (councilDetails !== undefined ? Promise.resolve(councilDetails) : readCouncilDetailsAtStart(store)),
    [store, councilDetails]
  );
  const [details, setDetails] = React.useState<CouncilDetails>(councilDetails ?? DEFAULT_COUNCIL_DETAILS);
  React.useEffect(() => {
    let current = true;
    read.then((value) => current && setDetails(value)).catch(() => undefined);
    return () => {
      current = false;
    };
  }, [read]);
  return React.useMemo(() => ({ details, loaded: () => read }), [details, read]);
}

/** The services staff choose from, as the administrator listed them (always with "Other"). */
export function useServiceChoices(): readonly string[] {
  const { details } = useCouncilDetails();
  return React.useMemo(() => serviceChoices(details), [details]);
}
