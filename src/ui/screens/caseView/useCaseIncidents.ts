import type { Case, IncidentReport } from '../../../domain';
import { compareInstants } from '../../../domain/model/dates';
import type { Stored } from '../../../data/ports';
import type { CaseRelated } from '../shared/useCaseRecord';
import { useIncidentAttachments, type IncidentAttachments } from '../shared/useIncidentAttachments';

export interface CaseIncidentEntry {
  incident: IncidentReport;
  /** False for the person's other reports, which this case does not rest on. */
  inCase: boolean;
}

export interface OrderedCaseIncidents {
  entries: CaseIncidentEntry[];
  /** Reports the case names that were not among those read (removed, or another person's). */
  missing: string[];
}

function byWhenItHappened(a: Stored<IncidentReport>, b: Stored<IncidentReport>): number {
  return compareInstants(a.value.occurredAt, b.value.occurredAt) || (a.value.id < b.value.id ? -1 : a.value.id > b.value.id ? 1 : 0);
}

/** The case's own reports first, then the person's others; each group in the order things happened. */
export function orderCaseIncidents(kase: Case, incidents: readonly Stored<IncidentReport>[]): OrderedCaseIncidents {
  const inCase = (row: Stored<IncidentReport>): boolean => kase.incidentIds.indexOf(row.value.id) >= 0;
  const own = incidents.filter(inCase).sort(byWhenItHappened);
  const others = incidents.filter((row) => !inCase(row)).sort(byWhenItHappened);
  const read = new Set(incidents.map((row) => row.value.id));
  return {
    entries: [
      ...own.map((row) => ({ incident: row.value, inCase: true })),
      ...others.map((row) => ({ incident: row.value, inCase: false }))
    ],
    missing: kase.incidentIds.filter((id) => !read.has(id))
  };
}

export type CaseIncidentsView =
  { status: 'unreadable' } | (OrderedCaseIncidents & { status: 'ready'; attachmentsOf(incident: IncidentReport): IncidentAttachments });

/**
 * The incident reports on the case screen: read with the case (loadCaseScreen), their files
 * read next in one round trip. Reports the user's groups cannot open are said to be so.
 */
export function useCaseIncidents(kase: Case, related: CaseRelated | undefined): CaseIncidentsView {
  const unreadable = (related?.unreadable ?? []).indexOf('incidents') >= 0;
  const attachmentsOf = useIncidentAttachments(unreadable ? undefined : related?.incidents);
  if (unreadable) return { status: 'unreadable' };
  return { status: 'ready', ...orderCaseIncidents(kase, related?.incidents ?? []), attachmentsOf };
}
