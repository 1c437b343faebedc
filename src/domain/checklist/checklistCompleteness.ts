import type { Checklist, ChecklistAnswer, ChecklistItemId } from '../model/checklist';
import { CHECKLIST_ITEM_IDS } from '../model/checklist';
import { MULTI_LINE_TEXT_MAX } from '../validation/limits';

export interface ChecklistGap {
  itemId: ChecklistItemId;
  problem: 'missing' | 'noEvidence' | 'evidenceSaysNothing' | 'noReason' | 'tooLong';
  message: string;
}

function blank(text: string): boolean {
  return text.trim() === '';
}

// Issue 16 (BR-04): "evidence" that points nowhere. A decision to restrict someone's contact must
// be able to show what it rested on, so a pointer without a date or a detail is not evidence.
const SAYS_NOTHING: ReadonlySet<string> = new Set([
  'see file',
  'see case file',
  'on file',
  'refer to file',
  'see notes',
  'see case notes',
  'see attached',
  'attached',
  'see above',
  'as above',
  'see log',
  'see contact log',
  'n a',
  'na',
  'none',
  'nil',
  'not applicable',
  'tbc',
  'tba',
  'to follow',
  'various',
  'yes',
  'no',
  'ok',
  'done',
  'known'
]);

/** True when the text given as evidence says nothing a reader could check. */
export function evidenceSaysNothing(evidence: string): boolean {
  const words = evidence
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return SAYS_NOTHING.has(words) || words.replace(/ /g, '').length < 3;
}

function gapFor(answer: ChecklistAnswer): ChecklistGap | undefined {
  if (answer.kind === 'answered') {
    if (blank(answer.answer) || blank(answer.evidence)) {
      return { itemId: answer.itemId, problem: 'noEvidence', message: `Item ${answer.itemId}: give an answer and the evidence for it.` };
    }
    if (evidenceSaysNothing(answer.evidence)) {
      return {
        itemId: answer.itemId,
        problem: 'evidenceSaysNothing',
        message: `Item ${answer.itemId}: say what the evidence is (for example the dates of the calls and what was said); \u201c${answer.evidence.trim()}\u201d does not show it.`
      };
    }
    if (answer.answer.length > MULTI_LINE_TEXT_MAX || answer.evidence.length > MULTI_LINE_TEXT_MAX) {
      return { itemId: answer.itemId, problem: 'tooLong', message: `Item ${answer.itemId}: the text is too long.` };
    }
    return undefined;
  }
  if (blank(answer.reason)) {
    return { itemId: answer.itemId, problem: 'noReason', message: `Item ${answer.itemId}: say why it does not apply.` };
  }
  return undefined;
}

/**
 * BR-04: lists what is missing. Complete means every one of the 13 items is answered with
 * evidence, or marked not applicable with a reason. The latest answer per item counts.
 */
export function checklistGaps(checklist: Checklist | undefined): ChecklistGap[] {
  const latest = new Map<ChecklistItemId, ChecklistAnswer>();
  (checklist ? checklist.answers : []).forEach((answer) => latest.set(answer.itemId, answer));
  const gaps: ChecklistGap[] = [];
  CHECKLIST_ITEM_IDS.forEach((itemId) => {
    const answer = latest.get(itemId);
    if (answer === undefined) {
      gaps.push({ itemId, problem: 'missing', message: `Item ${itemId}: not answered yet.` });
      return;
    }
    const gap = gapFor(answer);
    if (gap !== undefined) {
      gaps.push(gap);
    }
  });
  return gaps;
}

export function isChecklistComplete(checklist: Checklist | undefined): boolean {
  return checklistGaps(checklist).length === 0;
}
