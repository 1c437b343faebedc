import { dateOfInstant } from '../../domain/model/dates';
import type { IsoDate, IsoInstant } from '../../domain/model/dates';

/** Time comes from here, never from `new Date()` in a component, so tests can fix "today". */
export interface Clock {
  now(): IsoInstant;
  today(): IsoDate;
}

export const systemClock: Clock = {
  now: () => new Date().toISOString() as IsoInstant,
  // The calendar day in Europe/London, whatever the device's own time zone.
  today: () => dateOfInstant(new Date().toISOString() as IsoInstant)
};

export function fixedClock(instant: string): Clock {
  return {
    now: () => instant as IsoInstant,
    today: () => dateOfInstant(instant as IsoInstant)
  };
}
