import {
  closureChanges,
  DEFAULT_CORPORATE_CLOSURES,
  parseClosureSettings,
  SETTING_DESCRIPTIONS,
  SETTING_KEYS,
  type CorporateClosures
} from '../../../domain';
import type { SettingEditorSpec } from './settingEditorTypes';

export interface ClosureDayDraft {
  date: string;
  reason: string;
}

export interface AnnualClosureDraft {
  fromMonthDay: string;
  toMonthDay: string;
  reason: string;
}

/** The council's closures as the form holds them: text, for the domain to check on saving. */
export interface ClosureDaysDraft {
  closureDays: readonly ClosureDayDraft[];
  annualClosures: readonly AnnualClosureDraft[];
}

function rows(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.map((row) => (typeof row === 'object' && row !== null ? (row as Record<string, unknown>) : {})) : [];
}

/** The stored closures (as far as they can be read: a broken row is shown to be put right), or the default. */
export function closureDaysDraftOf(stored: unknown): ClosureDaysDraft {
  const parsed = parseClosureSettings(stored);
  if (parsed.ok) return { closureDays: parsed.value.closureDays, annualClosures: parsed.value.annualClosures };
  const given = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  return {
    closureDays: rows(given.closureDays).map((row) => ({ date: String(row.date ?? ''), reason: String(row.reason ?? '') })),
    annualClosures: rows(given.annualClosures).map((row) => ({
      fromMonthDay: String(row.fromMonthDay ?? ''),
      toMonthDay: String(row.toMonthDay ?? ''),
      reason: String(row.reason ?? '')
    }))
  };
}

export const CLOSURE_DAYS_SETTING: SettingEditorSpec<CorporateClosures, ClosureDaysDraft> = {
  key: SETTING_KEYS.corporateClosures,
  description: SETTING_DESCRIPTIONS.corporateClosures,
  parse: parseClosureSettings,
  draftOf: closureDaysDraftOf,
  valueOf: (draft) => draft,
  // Which days were added and removed (dates and reasons are the council's own, not personal data).
  changes: (before, after) => {
    const changes = closureChanges(before ?? DEFAULT_CORPORATE_CLOSURES, after);
    return changes.added.length > 0 || changes.removed.length > 0 ? changes : undefined;
  }
};
