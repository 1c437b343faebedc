import * as React from 'react';
import { isIsoDate, type TimeFrameField, type TimeFrames, type TimeFrameSchedule } from '../../../domain';
import { useAppServices } from '../../services/AppServices';
import { timeFramesSetting, valuesOn, type TimeFramesDraft } from './timeFramesDraft';
import { useSettingEditor, type SettingEditor } from './useSettingEditor';

export interface AdminTimeFrames {
  editor: SettingEditor<TimeFrameSchedule, TimeFramesDraft>;
  setValue(field: TimeFrameField, value: string): void;
  /** Choosing the day shows the values in effect then, except those already typed. */
  setEffectiveFrom(value: string): void;
  /** In effect today, for comparison beside each box. */
  today: Readonly<Record<keyof TimeFrames, string>>;
  /** Saves the new version; `savedFrom` is then the day it applies from (the form itself starts again from today). */
  save(): Promise<void>;
  savedFrom: string | undefined;
}

/** The time frames tab: a new version of the council's time frames from a chosen day, under the setting's etag. */
export function useAdminTimeFrames(): AdminTimeFrames {
  const { clock } = useAppServices();
  const day = clock.today();
  const spec = React.useMemo(() => timeFramesSetting(day), [day]);
  const editor = useSettingEditor(spec);
  const { setDraft } = editor;
  const setValue = React.useCallback(
    (field: TimeFrameField, value: string) =>
      setDraft((previous) => ({
        ...previous,
        values: { ...previous.values, [field]: value },
        edited: previous.edited.indexOf(field) >= 0 ? previous.edited : [...previous.edited, field]
      })),
    [setDraft]
  );
  const setEffectiveFrom = React.useCallback(
    (value: string) =>
      setDraft((previous) => {
        if (!isIsoDate(value)) return { ...previous, effectiveFrom: value };
        const then = valuesOn(previous.schedule, value);
        const values = { ...then };
        for (const field of previous.edited) values[field] = previous.values[field];
        return { ...previous, effectiveFrom: value, values };
      }),
    [setDraft]
  );
  const today = React.useMemo(() => valuesOn(editor.draft.schedule, day), [editor.draft.schedule, day]);
  const [savedFrom, setSavedFrom] = React.useState<string | undefined>(undefined);
  const save = (): Promise<void> => {
    setSavedFrom(editor.draft.effectiveFrom);
    return editor.save();
  };
  return { editor, setValue, setEffectiveFrom, today, save, savedFrom };
}
