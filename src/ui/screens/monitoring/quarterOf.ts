import { addDays, addMonths, isoDate, type IsoDate } from '../../../domain';

/** The calendar quarter containing `date`: 28 November 2026 is 1 October to 31 December 2026. */
export function quarterOf(date: IsoDate): { start: IsoDate; end: IsoDate; label: string } {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const firstMonth = Math.floor((month - 1) / 3) * 3 + 1;
  const start = isoDate(`${year}-${String(firstMonth).padStart(2, '0')}-01`);
  const end = addDays(addMonths(start, 3), -1);
  return { start, end, label: `Quarter ${Math.floor((month - 1) / 3) + 1}, ${year}` };
}
