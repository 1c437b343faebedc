import * as React from 'react';
import type { LetterType } from '../../../domain';
import type { CaseStore } from '../../services/appStore';
import { earlierLetter } from './earlierLetter';
import type { EarlierLetter } from './letterProduction';

/** A letter of this type produced earlier for the case and not yet sent: offered again after leaving the screen. */
export function useEarlierLetter(
  store: CaseStore,
  caseId: string | undefined,
  type: LetterType | undefined,
  councilName: string
): EarlierLetter | undefined {
  const [earlier, setEarlier] = React.useState<EarlierLetter | undefined>(undefined);
  React.useEffect(() => {
    setEarlier(undefined);
    const letters = (store as { letters?: { listByCase?: unknown } }).letters;
    if (!caseId || !type || !letters || typeof letters.listByCase !== 'function') return undefined;
    let current = true;
    store.letters.listByCase(caseId).then(
      (stored) => {
        const unsent = stored.map((row) => row.value).filter((letter) => letter.type === type && !letter.sentOn);
        const last = unsent[unsent.length - 1];
        if (current) setEarlier(last ? earlierLetter(last, councilName) : undefined);
      },
      // Not being offered the earlier letter is no reason to stop writing this one.
      () => undefined
    );
    return () => {
      current = false;
    };
    // The name only labels an earlier letter offered again; a change to it is no reason to re-read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, caseId, type]);
  return earlier;
}
