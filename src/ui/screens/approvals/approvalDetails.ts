// Everything the inbox shows about one pending approval, loaded from the case (one $batch
// per case through loadCaseScreen) and shaped into plain words.
import { caseLabel } from '../../../domain/model/caseReference';
import {
  behaviourCategory,
  checklistGaps,
  describeDuration,
  describeScope,
  formatLongDate,
  summariseRestrictions,
  type BehaviourCategoryCode,
  type Case,
  type IncidentReport,
  type RestrictionSummary,
  type Sanction
} from '../../../domain';
import type { CaseStore } from '../../../data/ports';
import type { ApprovalSummary } from '../../services/caseServiceClient';

export interface ApprovalDetails {
  caseReference: string;
  behaviours: string[];
  restrictions: RestrictionSummary[];
  scope: string;
  startDate: string;
  endDate: string;
  duration: string;
  reviewDate: string;
  proportionality: string;
  checklistSummary: string;
  checklistComplete: boolean;
  /** BR-29: how information and participation continue; the approver confirms it. */
  continuityPlan?: string;
}

export interface PendingApproval {
  summary: ApprovalSummary;
  /** Undefined when the case could not be read (the service still decides). */
  details?: ApprovalDetails;
}

function behavioursOf(incidents: readonly IncidentReport[]): string[] {
  const codes: BehaviourCategoryCode[] = [];
  for (const incident of incidents) {
    for (const code of incident.categories) {
      if (codes.indexOf(code) === -1) codes.push(code);
    }
  }
  return codes.map((code) => behaviourCategory(code).label);
}

function checklistSummaryOf(kase: Case): { text: string; complete: boolean } {
  const gaps = checklistGaps(kase.checklist);
  if (gaps.length === 0) return { text: 'All 13 items answered with evidence or marked not applicable with a reason.', complete: true };
  return { text: `${13 - gaps.length} of 13 items complete. Still open: ${gaps.map((gap) => gap.itemId).join(', ')}.`, complete: false };
}

export function approvalDetails(kase: Case, sanction: Sanction, incidents: readonly IncidentReport[]): ApprovalDetails {
  const checklist = checklistSummaryOf(kase);
  return {
    caseReference: caseLabel(kase),
    behaviours: behavioursOf(incidents),
    restrictions: summariseRestrictions(sanction.restrictions),
    scope: describeScope(sanction.scope),
    startDate: formatLongDate(sanction.startDate),
    endDate: formatLongDate(sanction.endDate),
    duration: describeDuration(sanction.startDate, sanction.endDate),
    reviewDate: formatLongDate(sanction.reviewDate),
    proportionality: sanction.proportionalityReasons,
    checklistSummary: checklist.text,
    checklistComplete: checklist.complete,
    continuityPlan: sanction.continuityPlan?.description
  };
}

/** Loads the details for each approval; one unreadable case does not hide the others. */
export async function loadPendingApprovals(
  summaries: readonly ApprovalSummary[],
  store: Pick<CaseStore, 'loadCaseScreen'>
): Promise<PendingApproval[]> {
  return Promise.all(
    summaries.map(async (summary) => {
      try {
        const data = await store.loadCaseScreen(summary.caseId);
        const sanction = data.case.value.sanctions.filter((candidate) => candidate.id === summary.sanctionId).pop();
        return sanction
          ? {
              summary,
              details: approvalDetails(
                data.case.value,
                sanction,
                data.incidents.map((incident) => incident.value)
              )
            }
          : { summary };
      } catch {
        return { summary };
      }
    })
  );
}
