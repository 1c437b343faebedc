import * as React from 'react';
import { isAlertShowable } from '../../../domain/alerts/alertRecord';
import { displayName } from '../../../domain/model/person';
import { queryNameKeys } from '../../../domain/people/nameSearchKey';
import type { MarkerFlag } from '../../../data/ports';
import type { RestrictionAlert } from '../../services/appStore';
import { useAppServices } from '../../services/AppServices';
import { readTogether } from '../../services/readTogether';

/** One person who answers to the name, with the banners in force for them today. */
export interface CheckedPerson {
  personId: string;
  name: string;
  /** The alias or previous name that matched, when it was not the current name. */
  matchedAs?: string;
  alerts: RestrictionAlert[];
  /** Issue 17: need-to-know safety flags (warning markers in force), never their narrative. */
  flags: MarkerFlag[];
}

export type CustomerCheckState =
  | { status: 'idle' }
  | { status: 'searching' }
  | { status: 'done'; query: string; people: CheckedPerson[] }
  | { status: 'failed'; error: unknown };

export interface CustomerCheck {
  state: CustomerCheckState;
  /** A problem with what was typed, shown on the field. */
  inputError: string | undefined;
  check(query: string): Promise<void>;
}

const MOST_PEOPLE: number = 20;

function isTooCommon(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { kind?: unknown }).kind === 'ThresholdExceeded';
}

/**
 * Check a customer in two round trips: who answers to the name (one indexed query on the name
 * search keys), then each person's name and open banners together (one $batch). A banner is
 * shown only within its dates, even if the sweep has not yet closed it.
 */
export function useCustomerCheck(): CustomerCheck {
  const { store, clock } = useAppServices();
  const [state, setState] = React.useState<CustomerCheckState>({ status: 'idle' });
  const [inputError, setInputError] = React.useState<string | undefined>(undefined);

  const check = React.useCallback(
    async (typed: string): Promise<void> => {
      const query = typed.trim();
      if (queryNameKeys(query).join('').length < 2) {
        setInputError('Enter the customer’s last name, or their first and last name.');
        return;
      }
      setInputError(undefined);
      setState({ status: 'searching' });
      try {
        const matches = await store.persons.findIdsByName(query, MOST_PEOPLE);
        const today = clock.today();
        const people = await readTogether(store, (reads) =>
          Promise.all(
            matches.map(async (match): Promise<CheckedPerson> => {
              const [person, alerts, flags] = await Promise.all([
                reads.persons.find(match.personId),
                reads.restrictionAlerts.listActiveForPerson(match.personId),
                reads.markerFlags.listOpenForPerson(match.personId)
              ]);
              const name = person ? displayName(person.value) : match.nameAsRecorded;
              const showable = alerts.map((row) => row.value).filter((alert) => isAlertShowable(alert, today));
              return {
                personId: match.personId,
                name,
                ...(match.nameAsRecorded !== name ? { matchedAs: match.nameAsRecorded } : {}),
                alerts: showable,
                flags: flags.map((row) => row.value)
              };
            })
          )
        );
        setState({ status: 'done', query, people });
      } catch (failure) {
        if (isTooCommon(failure)) {
          // More people share this one key than SharePoint will read through an index at once.
          setState({ status: 'idle' });
          setInputError('So many customers share this name that it must be narrowed: enter their first and last name.');
          return;
        }
        setState({ status: 'failed', error: failure });
      }
    },
    [store, clock]
  );

  return { state, inputError, check };
}
