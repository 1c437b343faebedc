// BR-23: every record is disclosable under a subject access request, so narrative fields show
// a "write factually" hint, and third parties are flagged for redaction [SRC I9; INF].

import type { IncidentReport, Witness } from '../model/incident';

export const WRITE_FACTUALLY_HINT: string =
  'Write factually: what happened, when and how, quoting the words used. The person can ask to read this record, so describe behaviour, not the person, and do not guess at health or motives.';

export interface WordingAdvice {
  readonly rule: 'BR-23';
  /** The words as they appear in the text. */
  readonly found: string;
  readonly advice: string;
}

// Labels and opinions that describe a person rather than behaviour. A short, conservative
// list: the aim is a gentle prompt, never a block on saving.
const OPINION_PATTERNS: readonly { pattern: RegExp; advice: string }[] = [
  {
    pattern: /\b(nutter|psycho|crazy|mad|lunatic|nuisance|troublemaker|idiot|liar)\b/i,
    advice: 'Describe what the person did or said instead of a label.'
  },
  {
    pattern: /\b(obviously|clearly) (drunk|mentally ill|on drugs|lying)\b/i,
    advice: 'Record what you saw or heard; do not guess at health, intoxication or motives.'
  },
  {
    pattern: /\b(mental|mentally ill|schizo\w*|bipolar|ocd)\b/i,
    advice: 'Do not guess at health conditions. Record known needs in the reasonable adjustments section.'
  },
  {
    pattern: /\bI (think|feel|believe) (he|she|they) (is|are|was|were)\b/i,
    advice: 'State facts you observed rather than beliefs about the person.'
  }
];

/** Prompts for wording that is opinion rather than fact. Empty when the text reads factually. */
export function reviewNarrativeWording(text: string): WordingAdvice[] {
  const advice: WordingAdvice[] = [];
  for (const { pattern, advice: message } of OPINION_PATTERNS) {
    const match = pattern.exec(text);
    if (match) {
      advice.push({ rule: 'BR-23', found: match[0], advice: message });
    }
  }
  return advice;
}

/** Witnesses whose identity must be redacted before the record is disclosed (BR-23). */
export function thirdPartiesToRedact(incident: Pick<IncidentReport, 'witnesses'>): Witness[] {
  return incident.witnesses.filter((witness) => witness.isThirdParty);
}
