import type { IsoDate, IsoInstant } from '../../domain';

/** Time comes from here, never from `new Date()` in a component, so tests can fix "today". */
export interface Clock {
  now(): IsoInstant;
  today(): IsoDate;
}

export const systemClock: Clock = {
  now: () => new Date().toISOString() as IsoInstant,
  today: () => new Date().toISOString().slice(0, 10) as IsoDate
};

export function fixedClock(instant: string): Clock {
  return {
    now: () => instant as IsoInstant,
    today: () => instant.slice(0, 10) as IsoDate
  };
}
