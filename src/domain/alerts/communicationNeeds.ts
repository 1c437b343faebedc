// BR-31 (widened, issue 16 item 6): the staff banner shows the communication needs staff must
// respect, and nothing more. Staff cannot read the person's needs and circumstances (BR-22: an
// adjustment's description and its kind can name a health condition), so the banner carries a
// fixed instruction for each communication need, in words that say what to do, never why. Needs
// that are not about how to communicate (a mental health condition, "another adjustment", whose
// words are the officer's own) put nothing on the banner: the case team reads them on the case.

import type { AdjustmentKind, ReasonableAdjustment } from '../model/person';

export const STAFF_COMMUNICATION_INSTRUCTIONS: Readonly<Partial<Record<AdjustmentKind, string>>> = {
  needsPhoneContact: 'Contact them by telephone.',
  needsFaceToFace: 'Contact them face to face.',
  needsWrittenContact: 'Contact them in writing.',
  literacyDifficulty: 'Do not rely on writing alone: explain anything written by telephone or in person.',
  visualImpairment: 'Offer anything written in an accessible format.',
  hearingImpairment: 'Do not rely on telephone calls: use writing, text message or an interpreter.',
  speechImpairment: 'Give them time to speak, and offer writing instead.',
  learningDisability: 'Use plain words and check they have understood.',
  needsAdvocate: 'Involve their advocate.',
  needsInterpreter: 'Use an interpreter.',
  needsLargePrintOrBraille: 'Write in large print or Braille.',
  needsExtraTime: 'Allow them extra time.',
  needsNamedContact: 'Keep to their one named contact.',
  noInternetAccess: 'Do not rely on email or online forms: they have no internet access.'
};

/** The instructions for staff, once each, in the order the needs were recorded. */
export function staffCommunicationNeeds(adjustments: readonly Pick<ReasonableAdjustment, 'kind' | 'communicationNeed'>[]): string[] {
  const lines: string[] = [];
  for (const adjustment of adjustments) {
    const line = adjustment.communicationNeed ? STAFF_COMMUNICATION_INSTRUCTIONS[adjustment.kind] : undefined;
    if (line !== undefined && lines.indexOf(line) < 0) lines.push(line);
  }
  return lines;
}
