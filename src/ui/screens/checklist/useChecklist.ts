import * as React from 'react';
import type { ChecklistAnswer, ChecklistItemId } from '../../../domain';
import { useCaseActionSubmit, type CaseActionSubmit } from '../shared/useCaseActionSubmit';
import { useCaseRecord, type CaseRecord } from '../shared/useCaseRecord';
import { EMPTY_ITEM, type ItemDraft } from './checklistDraft';

export interface Checklist {
  record: CaseRecord;
  action: CaseActionSubmit;
  /** The officer's edits; undefined until the first, when the case's saved answers stand. */
  drafts: Record<string, ItemDraft> | undefined;
  change(current: Record<string, ItemDraft>, id: ChecklistItemId, patch: Partial<ItemDraft>): void;
  /** Gaps are shown once the officer first saves. */
  showGaps: boolean;
  /** Said after a real save, until the next edit. */
  saved: boolean;
  save(answers: ChecklistAnswer[]): Promise<void>;
}

/** The 13 consider-before-restricting items: evidence, or not applicable with a reason (BR-04). */
export function useChecklist(caseId: string): Checklist {
  const [saved, setSaved] = React.useState(false);
  // Saved only on a real save (or a merge from the conflict dialog), never on a conflict.
  const record = useCaseRecord(caseId, { onSaved: () => setSaved(true) });
  const action = useCaseActionSubmit(record);
  const [drafts, setDrafts] = React.useState<Record<string, ItemDraft> | undefined>(undefined);
  const [showGaps, setShowGaps] = React.useState(false);
  const change = (current: Record<string, ItemDraft>, id: ChecklistItemId, patch: Partial<ItemDraft>): void => {
    setSaved(false);
    setDrafts({ ...current, [id]: { ...(current[id] ?? EMPTY_ITEM), ...patch } });
  };
  const save = async (answers: ChecklistAnswer[]): Promise<void> => {
    setShowGaps(true);
    await action.submit({ type: 'recordChecklist', checklist: { answers } });
  };
  return { record, action, drafts, change, showGaps, saved, save };
}
