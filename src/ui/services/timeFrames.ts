import * as React from 'react';
import {
  closuresFromSettings,
  deadlineContextFrom,
  DEFAULT_CORPORATE_CLOSURES,
  DEFAULT_TIME_FRAMES,
  SETTING_KEYS,
  timeFramesFromSettings,
  type CorporateClosures,
  type DeadlineContext,
  type IsoDate,
  type TimeFrames
} from '../../domain';
import type { CaseStore } from './appStore';
import { useAppServices } from './AppServices';

function isForbidden(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { kind?: unknown }).kind === 'Forbidden';
}

/** A setting read at start-up: a persona who may not read Settings gets the default, as with the role holders. */
function readAtStart<T>(store: CaseStore, key: string, use: (stored: unknown) => T, fallback: T): Promise<T> {
  return store.settings.get<unknown>(key).then(use, (error: unknown) => {
    if (isForbidden(error)) return fallback;
    throw error;
  });
}

/**
 * The time frames in effect today (spec 5.5), read at start-up with the role assignments (one
 * $batch): the version the administration screen saved for today, checked by the domain, or the
 * policy defaults.
 */
export function readTimeFramesAtStart(store: CaseStore, today: IsoDate): Promise<TimeFrames> {
  return readAtStart(store, SETTING_KEYS.timeFrames, (stored) => timeFramesFromSettings(stored, today), DEFAULT_TIME_FRAMES);
}

/** The council's closure days (administration screen), read at start-up in the same $batch. */
export function readClosuresAtStart(store: CaseStore): Promise<CorporateClosures> {
  return readAtStart(store, SETTING_KEYS.corporateClosures, closuresFromSettings, DEFAULT_CORPORATE_CLOSURES);
}

/** The time frames a screen works deadlines out with: the host's, or the policy defaults. */
export function useTimeFrames(): TimeFrames {
  return useAppServices().timeFrames ?? DEFAULT_TIME_FRAMES;
}

/**
 * Both calendars and the time frames as configured (BR-25): what a screen passes to the domain's
 * deadline functions instead of their defaults, so a closure day or a time frame saved on the
 * administration screen moves the deadlines people see.
 */
export function useDeadlineContext(): DeadlineContext {
  const { timeFrames, corporateClosures } = useAppServices();
  return React.useMemo(() => deadlineContextFrom(timeFrames, corporateClosures), [timeFrames, corporateClosures]);
}
