// Case references people can read and say on the phone: CCM-2026-0042. The case's id (a GUID)
// stays the key everywhere; the reference is what every screen, card, letter, file name and
// export shows. Numbers start again at 1 each calendar year (in UK time) and are allocated by
// storage, which refuses a duplicate (a unique column), so two officers opening cases at the
// same moment cannot get the same one.

import type { Case } from './case';

const PATTERN = /^CCM-(\d{4})-(\d{4,})$/;

export function formatCaseReference(year: number, sequence: number): string {
  return `CCM-${year}-${String(sequence).padStart(4, '0')}`;
}

export function parseCaseReference(reference: string | undefined): { year: number; sequence: number } | undefined {
  const match = reference === undefined ? null : PATTERN.exec(reference);
  return match ? { year: Number(match[1]), sequence: Number(match[2]) } : undefined;
}

/** The next reference for `year`, after the highest of `recent` in that year (1 when there is none). */
export function nextCaseReference(recent: readonly (string | undefined)[], year: number): string {
  let highest = 0;
  for (const reference of recent) {
    const parsed = parseCaseReference(reference);
    if (parsed && parsed.year === year && parsed.sequence > highest) highest = parsed.sequence;
  }
  return formatCaseReference(year, highest + 1);
}

/** What people see for a case: its reference, or (a case made before references) a short form of its id. */
export function caseLabel(kase: Pick<Case, 'id' | 'reference'>): string {
  return kase.reference ?? `Case ${kase.id.slice(0, 8)}`;
}
