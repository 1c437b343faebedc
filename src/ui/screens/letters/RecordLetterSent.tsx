import * as React from 'react';
import { RecordEndedLetterSent } from './RecordEndedLetterSent';
import { RecordRestrictionLetterSent } from './RecordRestrictionLetterSent';
import type { LettersScreenState } from './useLettersScreen';

/** For a case's restriction or ended letter: record it as sent (the one just produced, else the earlier unsent one). */
export function RecordLetterSent({ state }: { state: LettersScreenState }): React.ReactElement {
  if (!state.caseId) return <></>;
  const production = state.production.status === 'idle' && state.earlier ? state.earlier.production : state.production;
  if (state.type === 'RestrictionDecision') return <RecordRestrictionLetterSent caseId={state.caseId} production={production} />;
  if (state.type === 'RestrictionEnded') return <RecordEndedLetterSent caseId={state.caseId} production={production} />;
  return <></>;
}
