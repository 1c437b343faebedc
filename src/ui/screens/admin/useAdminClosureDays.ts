import * as React from 'react';
import { statutoryHolidaysOfYear, UK_HOLIDAY_YEARS_COVERED, type CorporateClosures, type StatutoryHoliday } from '../../../domain';
import { useAppServices } from '../../services/AppServices';
import { CLOSURE_DAYS_SETTING, type AnnualClosureDraft, type ClosureDayDraft, type ClosureDaysDraft } from './closureDaysDraft';
import { useSettingEditor, type SettingEditor } from './useSettingEditor';

export interface AdminClosureDays {
  editor: SettingEditor<CorporateClosures, ClosureDaysDraft>;
  year: number;
  years: readonly number[];
  setYear(year: number): void;
  /** The one-off days of the chosen year, with their place in the whole list (to remove one). */
  daysOfYear: readonly { index: number; day: ClosureDayDraft }[];
  addDay(day: ClosureDayDraft): void;
  removeDay(index: number): void;
  addAnnual(closure: AnnualClosureDraft): void;
  removeAnnual(index: number): void;
  /** The statutory calendar of the chosen year, read only. */
  statutory: readonly StatutoryHoliday[];
}

/** The closure days tab: the council's calendar by year, under the setting's etag, beside the statutory one. */
export function useAdminClosureDays(): AdminClosureDays {
  const { clock } = useAppServices();
  const thisYear = Number(clock.today().slice(0, 4));
  const [year, setYear] = React.useState(thisYear);
  const editor = useSettingEditor(CLOSURE_DAYS_SETTING);
  const { setDraft, draft } = editor;
  const years = [thisYear - 1, thisYear, thisYear + 1, thisYear + 2].filter(
    (candidate) => candidate >= UK_HOLIDAY_YEARS_COVERED.first && candidate <= UK_HOLIDAY_YEARS_COVERED.last
  );
  const daysOfYear = draft.closureDays.map((day, index) => ({ index, day })).filter(({ day }) => day.date.slice(0, 4) === String(year));
  const addDay = React.useCallback(
    (day: ClosureDayDraft) =>
      setDraft((previous) => ({ ...previous, closureDays: [...previous.closureDays, day].sort((a, b) => (a.date < b.date ? -1 : 1)) })),
    [setDraft]
  );
  const removeDay = React.useCallback(
    (index: number) => setDraft((previous) => ({ ...previous, closureDays: previous.closureDays.filter((_, i) => i !== index) })),
    [setDraft]
  );
  const addAnnual = React.useCallback(
    (closure: AnnualClosureDraft) => setDraft((previous) => ({ ...previous, annualClosures: [...previous.annualClosures, closure] })),
    [setDraft]
  );
  const removeAnnual = React.useCallback(
    (index: number) => setDraft((previous) => ({ ...previous, annualClosures: previous.annualClosures.filter((_, i) => i !== index) })),
    [setDraft]
  );
  const statutory = React.useMemo(() => statutoryHolidaysOfYear(year), [year]);
  return { editor, year, years, setYear, daysOfYear, addDay, removeDay, addAnnual, removeAnnual, statutory };
}
