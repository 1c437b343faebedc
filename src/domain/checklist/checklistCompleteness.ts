import type { Checklist, ChecklistAnswer, ChecklistItemId } from '../model/checklist';
import { CHECKLIST_ITEM_IDS } from '../model/checklist';
import { MULTI_LINE_TEXT_MAX } from '../validation/limits';

export interface ChecklistGap {
  itemId: ChecklistItemId;
  problem: 'missing' | 'noEvidence' | 'noReason' | 'tooLong';
  message: string;
}

function blank(text: string): boolean {
  return text.trim() === '';
}

function gapFor(answer: ChecklistAnswer): ChecklistGap | undefined {
  if (answer.kind === 'answered') {
    if (blank(answer.answer) || blank(answer.evidence)) {
      return { itemId: answer.itemId, problem: 'noEvidence', message: `Item ${answer.itemId}: give an answer and the evidence for it.` };
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
