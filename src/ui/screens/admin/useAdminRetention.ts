import * as React from 'react';
import type { RetentionRecordKind, RetentionSchedule } from '../../../domain';
import { RETENTION_SETTING, type RetentionDraft, type RetentionRuleDraft } from './retentionDraft';
import { useSettingEditor, type SettingEditor } from './useSettingEditor';

export interface AdminRetention {
  editor: SettingEditor<RetentionSchedule, RetentionDraft>;
  setRule(kind: RetentionRecordKind, change: Partial<RetentionRuleDraft>): void;
}

/** The retention tab (BR-24): one rule per kind of record, saved under the setting's etag and audited. */
export function useAdminRetention(): AdminRetention {
  const editor = useSettingEditor(RETENTION_SETTING);
  const { setDraft } = editor;
  const setRule = React.useCallback(
    (kind: RetentionRecordKind, change: Partial<RetentionRuleDraft>) =>
      setDraft((previous) => ({ ...previous, [kind]: { ...previous[kind], ...change } })),
    [setDraft]
  );
  return { editor, setRule };
}
