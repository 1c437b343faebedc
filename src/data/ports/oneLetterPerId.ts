import type { Letter } from '../../domain/model';

/**
 * The letters a case save keeps, one per id, the later one winning, in first-seen order.
 * Recording a produced letter as sent hands the domain a Letter with the id of the record the
 * Letters library already holds for the document; the domain appends it, so the case briefly
 * lists that id twice. Every store saves the later (sent) version over the earlier one, so
 * the case keeps one letter, not the document's record and a second, sent, copy.
 */
export function oneLetterPerId(letters: readonly Letter[]): Letter[] {
  const latest = new Map<string, Letter>();
  for (const letter of letters) latest.set(letter.id, letter);
  return [...latest.values()];
}
