import {
  parseRetentionSchedule,
  RETENTION_RECORD_KINDS,
  retentionScheduleChanges,
  SETTING_DESCRIPTIONS,
  SETTING_KEYS,
  type RetentionRecordKind,
  type RetentionSchedule
} from '../../../domain';
import { DEFAULT_RETENTION_SCHEDULE } from '../../../domain/time';
import type { SettingEditorSpec } from './settingEditorTypes';

/** One rule as the form holds it: the months as typed, for the domain to check on saving. */
export interface RetentionRuleDraft {
  months: string;
  trigger: string;
  disposal: string;
}

export type RetentionDraft = Readonly<Record<RetentionRecordKind, RetentionRuleDraft>>;

function ruleDraftOf(value: unknown, kind: RetentionRecordKind): RetentionRuleDraft {
  const given = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const fallback = DEFAULT_RETENTION_SCHEDULE[kind];
  return {
    months: given.months === undefined ? String(fallback.months) : String(given.months),
    trigger: typeof given.trigger === 'string' ? given.trigger : fallback.trigger,
    disposal: typeof given.disposal === 'string' ? given.disposal : fallback.disposal
  };
}

/** The stored schedule as far as it can be read (a broken rule is shown to be put right), or the defaults. */
export function retentionDraftOf(stored: unknown): RetentionDraft {
  const given = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  return Object.fromEntries(RETENTION_RECORD_KINDS.map((kind) => [kind, ruleDraftOf(given[kind], kind)])) as RetentionDraft;
}

/** Whole numbers typed as such become numbers; anything else goes to the domain as typed, to be refused by name. */
function monthsOf(text: string): unknown {
  return /^\s*\d+\s*$/.test(text) ? Number(text.trim()) : text;
}

export const RETENTION_SETTING: SettingEditorSpec<RetentionSchedule, RetentionDraft> = {
  key: SETTING_KEYS.retentionSchedule,
  description: SETTING_DESCRIPTIONS.retentionSchedule,
  parse: parseRetentionSchedule,
  draftOf: retentionDraftOf,
  valueOf: (draft) =>
    Object.fromEntries(
      RETENTION_RECORD_KINDS.map((kind) => [
        kind,
        { months: monthsOf(draft[kind].months), trigger: draft[kind].trigger, disposal: draft[kind].disposal }
      ])
    ),
  changes: retentionScheduleChanges
};
