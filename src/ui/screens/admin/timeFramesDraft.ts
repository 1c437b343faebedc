import {
  checkTimeFrameChange,
  EMPTY_TIME_FRAME_SCHEDULE,
  parseTimeFrameSchedule,
  SETTING_DESCRIPTIONS,
  SETTING_KEYS,
  TIME_FRAME_FIELDS,
  timeFrameScheduleChanges,
  timeFramesOn,
  type IsoDate,
  type TimeFrameField,
  type TimeFrameSchedule
} from '../../../domain';
import type { SettingEditorSpec } from './settingEditorTypes';

/** The time frames as the form holds them: the schedule as stored, the new version's day and its values as typed. */
export interface TimeFramesDraft {
  schedule: TimeFrameSchedule;
  effectiveFrom: string;
  values: Readonly<Record<TimeFrameField, string>>;
  /** Fields the administrator has typed in: choosing another day keeps them. */
  edited: readonly TimeFrameField[];
}

/** The values in effect on the day, as text for the form. */
export function valuesOn(schedule: TimeFrameSchedule, date: IsoDate): Record<TimeFrameField, string> {
  const frames = timeFramesOn(schedule, date);
  const values = {} as Record<TimeFrameField, string>;
  for (const field of TIME_FRAME_FIELDS) values[field] = String(frames[field]);
  return values;
}

/** The stored schedule (nothing, if the domain refuses it: the screen says so) and today's values. */
export function timeFramesDraftOf(stored: unknown, today: IsoDate): TimeFramesDraft {
  const parsed = parseTimeFrameSchedule(stored);
  const schedule = parsed.ok ? parsed.value : EMPTY_TIME_FRAME_SCHEDULE;
  return { schedule, effectiveFrom: today, values: valuesOn(schedule, today), edited: [] };
}

/** Built for the day the screen is open: a new version may not start before it. */
export function timeFramesSetting(today: IsoDate): SettingEditorSpec<TimeFrameSchedule, TimeFramesDraft> {
  return {
    key: SETTING_KEYS.timeFrames,
    description: SETTING_DESCRIPTIONS.timeFrames,
    // The draft carries its change; the domain checks the day, every value and the schedule with it.
    parse: (value) => {
      const draft = value as TimeFramesDraft;
      return checkTimeFrameChange(draft.schedule, draft.effectiveFrom, draft.values, today);
    },
    parseStored: parseTimeFrameSchedule,
    draftOf: (stored) => timeFramesDraftOf(stored, today),
    valueOf: (draft) => draft,
    changes: (before, after) => {
      const changes = timeFrameScheduleChanges(before ?? EMPTY_TIME_FRAME_SCHEDULE, after);
      return changes.length > 0 ? { timeFrames: changes } : undefined;
    }
  };
}
