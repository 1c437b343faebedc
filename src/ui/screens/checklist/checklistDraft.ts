import { CHECKLIST_ITEMS, type ChecklistAnswer, type ChecklistItemId } from '../../../domain';

/** One item as the officer is answering it. */
export interface ItemDraft {
  kind: 'answered' | 'notApplicable' | '';
  answer: string;
  evidence: string;
  reason: string;
}

export const EMPTY_ITEM: ItemDraft = { kind: '', answer: '', evidence: '', reason: '' };

/** The items whose guidance is shown beside them, by guidance field. */
export const FIELD_GUIDANCE: Partial<Record<ChecklistItemId, string>> = {
  C05: 'adjustments',
  C06: 'askedAboutAdjustments',
  C10: 'proportionate',
  C11: 'safeguarding',
  C13: 'independence'
};

export function toDrafts(answers: readonly ChecklistAnswer[] | undefined): Record<string, ItemDraft> {
  const drafts: Record<string, ItemDraft> = {};
  for (const answer of answers ?? []) {
    drafts[answer.itemId] =
      answer.kind === 'answered'
        ? { kind: 'answered', answer: answer.answer, evidence: answer.evidence, reason: '' }
        : { kind: 'notApplicable', answer: '', evidence: '', reason: answer.reason };
  }
  return drafts;
}

export function toAnswers(drafts: Record<string, ItemDraft>): ChecklistAnswer[] {
  const answers: ChecklistAnswer[] = [];
  for (const item of CHECKLIST_ITEMS) {
    const d = drafts[item.id];
    if (!d || d.kind === '') continue;
    answers.push(
      d.kind === 'answered'
        ? { itemId: item.id, kind: 'answered', answer: d.answer, evidence: d.evidence }
        : { itemId: item.id, kind: 'notApplicable', reason: d.reason }
    );
  }
  return answers;
}
