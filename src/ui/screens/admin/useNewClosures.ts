import * as React from 'react';
import type { AnnualClosureDraft, ClosureDayDraft } from './closureDaysDraft';
import type { AdminClosureDays } from './useAdminClosureDays';

export interface NewClosures {
  newDay: ClosureDayDraft;
  setNewDay(day: ClosureDayDraft): void;
  dayProblem: string | undefined;
  /** Adds the one-off day typed in, once it has a date and a reason. */
  addDay(): void;
  newAnnual: AnnualClosureDraft;
  setNewAnnual(closure: AnnualClosureDraft): void;
  annualProblem: string | undefined;
  /** Adds the yearly closure typed in, once it has both days and a reason. */
  addAnnual(): void;
}

const NO_DAY: ClosureDayDraft = { date: '', reason: '' };
const NO_ANNUAL: AnnualClosureDraft = { fromMonthDay: '', toMonthDay: '', reason: '' };

/** The closure day and yearly closure being typed in, before they join the draft. */
export function useNewClosures(closures: Pick<AdminClosureDays, 'addDay' | 'addAnnual'>): NewClosures {
  const [newDay, setNewDay] = React.useState<ClosureDayDraft>(NO_DAY);
  const [newAnnual, setNewAnnual] = React.useState<AnnualClosureDraft>(NO_ANNUAL);
  const [dayProblem, setDayProblem] = React.useState<string | undefined>(undefined);
  const [annualProblem, setAnnualProblem] = React.useState<string | undefined>(undefined);
  const addDay = (): void => {
    if (newDay.date === '' || newDay.reason.trim() === '') {
      setDayProblem('Give the date and say why the council is closed that day.');
      return;
    }
    closures.addDay({ date: newDay.date, reason: newDay.reason.trim() });
    setNewDay(NO_DAY);
    setDayProblem(undefined);
  };
  const addAnnual = (): void => {
    if (newAnnual.fromMonthDay.trim() === '' || newAnnual.toMonthDay.trim() === '' || newAnnual.reason.trim() === '') {
      setAnnualProblem('Give the first and last day (month-day, for example 12-25) and say why.');
      return;
    }
    closures.addAnnual({ ...newAnnual, fromMonthDay: newAnnual.fromMonthDay.trim(), toMonthDay: newAnnual.toMonthDay.trim() });
    setNewAnnual(NO_ANNUAL);
    setAnnualProblem(undefined);
  };
  return { newDay, setNewDay, dayProblem, addDay, newAnnual, setNewAnnual, annualProblem, addAnnual };
}
