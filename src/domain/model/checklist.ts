import type { IsoInstant } from './dates';
import type { UserId } from './ids';

/** The 13 consider-before-restricting items of spec §2.3 (data in src/domain/checklist). */
export const CHECKLIST_ITEM_IDS = ['C01', 'C02', 'C03', 'C04', 'C05', 'C06', 'C07', 'C08', 'C09', 'C10', 'C11', 'C12', 'C13'] as const;
export type ChecklistItemId = (typeof CHECKLIST_ITEM_IDS)[number];

/** Each item is answered with evidence, or marked not applicable with a reason (BR-04). */
export type ChecklistAnswer =
  | { itemId: ChecklistItemId; kind: 'answered'; answer: string; evidence: string }
  | { itemId: ChecklistItemId; kind: 'notApplicable'; reason: string };

export interface Checklist {
  answers: readonly ChecklistAnswer[];
  completedBy?: UserId;
  updatedAt?: IsoInstant;
}
