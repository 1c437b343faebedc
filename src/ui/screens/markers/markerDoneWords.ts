import type { MarkerOutcome } from '../../../app/markers/markerContext';
import { personNotYetToldOfRemoval } from '../../../domain/markers/markerLetters';
import type { MarkerAction } from './markerAction';

const DONE_WORDS: Readonly<Record<MarkerAction['kind'] | 'propose', string>> = {
  propose: 'The marker was proposed. It waits for the health and safety adviser’s approval; staff see nothing yet.',
  approve: 'The marker was approved. Staff who check this customer now see the safety flag and the handling instructions.',
  decline: 'The proposal was declined with your reasons. Staff see nothing.',
  review: 'The review was recorded.',
  challenge: 'The challenge was recorded. The marker stays in force until someone other than the proposer re-examines the evidence.',
  decideChallenge: 'The outcome of the challenge was recorded.',
  remove: 'The marker was removed. Staff no longer see the safety flag.',
  letterSent: 'The removal letter was recorded as sent: the register now shows the customer was told.'
};

/** Said after any removal the customer has not yet been told of (BR-33). */
const NOT_YET_TOLD: string = ' The customer has not been told yet: produce the removal letter below and record it as sent.';

export type MarkerDoneKind = keyof typeof DONE_WORDS;

/** What a saved action did, the removal letter still owed, and anything that followed it but did not happen. */
export function markerDoneMessage(kind: MarkerDoneKind, outcome: Extract<MarkerOutcome, { ok: true }>): string {
  // Saved, but what follows it may not be: say so rather than claim staff are told.
  const unfinished = [
    outcome.audit.status === 'written' ? '' : ' The audit log did not take the entry: tell the register keeper.',
    outcome.flag.status === 'inLine'
      ? ''
      : ' The safety flag staff see could not be brought in line: try again, or tell the health and safety adviser.'
  ].join('');
  const owed = kind !== 'letterSent' && personNotYetToldOfRemoval(outcome.saved.value) ? NOT_YET_TOLD : '';
  return `${DONE_WORDS[kind]}${owed}${unfinished}`;
}
