import * as React from 'react';
import type { Case, LetterType, Person } from '../../../domain';
import type { CaseStore } from '../../services/appStore';
import type { CouncilDetailsSource } from '../../services/councilDetails';
import { letterPrefill, type LetterPrefill } from './letterPrefill';

export interface LetterCase {
  kase: Case;
  person: Person | undefined;
}

/**
 * The case and its person, read once (one $batch), and what the letter must say filled from them.
 * Waits for the council's details, which name the Ombudsman, so a letter never signposts the default by mistake.
 */
export function useLetterCasePrefill(
  store: CaseStore,
  caseId: string | undefined,
  type: LetterType | undefined,
  council: CouncilDetailsSource,
  fillFromCase: (prefill: LetterPrefill) => void
): { caseData: LetterCase | undefined; prefillError: unknown } {
  const [caseData, setCaseData] = React.useState<LetterCase | undefined>(undefined);
  const [prefillError, setPrefillError] = React.useState<unknown>(undefined);

  React.useEffect(() => {
    if (!caseId || typeof store.loadCaseScreen !== 'function') return undefined;
    let current = true;
    store.loadCaseScreen(caseId).then(
      (data) => current && setCaseData({ kase: data.case.value, person: data.person?.value }),
      (error: unknown) => current && setPrefillError(error)
    );
    return () => {
      current = false;
    };
  }, [store, caseId]);

  React.useEffect(() => {
    if (!caseData || !type) return undefined;
    let current = true;
    council
      .loaded()
      .then((details) => {
        if (!current) return;
        fillFromCase(letterPrefill(type, caseData.kase, caseData.person, details.ombudsmanSignposting));
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [caseData, type, council, fillFromCase]);

  return { caseData, prefillError };
}
