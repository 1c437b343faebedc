// Everything the inbox shows about one pending approval, loaded from the case (one $batch
// per case through loadCaseScreen) and shaped into plain words.
import { caseLabel } from '../../../domain/model/caseReference';
import {
  behaviourCategory,
  channelConfirmationFor,
  describeContactRoute,
  checklistGaps,
  describeDuration,
  describeScope,
  formatLongDate,
  summariseRestrictions,
  type BehaviourCategoryCode,
  type Case,
  type IncidentReport,
  type Person,
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
  /** BR-31 widened: the channel and the fixed communication instructions; the approver confirms the channel works. */
  channelConfirmation?: { channel: string; needs: string[] };
}

/** Said when the approver's groups do not open the person's needs: the service still checks them. */
export const NEEDS_NOT_OPEN =
  'Their recorded needs are not open to you. Ask the case officer what they are before you confirm the channel.';

/** The person as the inbox read them: `needsUnreadable` when their needs are closed to the approver. */
export interface ApprovalSubject {
  person: Person | undefined;
  needsUnreadable: boolean;
}

function channelConfirmationOf(sanction: Sanction, subject: ApprovalSubject | undefined): ApprovalDetails['channelConfirmation'] {
  if (subject === undefined) return undefined;
  if (subject.needsUnreadable) {
    // Needs unknown here: ask the confirmation rather than let an approval fail at the service.
    return { channel: describeContactRoute(sanction), needs: [NEEDS_NOT_OPEN] };
  }
  // No person read (not found): nothing to show; the service still checks on Approve.
  return subject.person === undefined ? undefined : channelConfirmationFor(sanction, subject.person);
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

export function approvalDetails(
  kase: Case,
  sanction: Sanction,
  incidents: readonly IncidentReport[],
  subject?: ApprovalSubject
): ApprovalDetails {
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
    continuityPlan: sanction.continuityPlan?.description,
    channelConfirmation: channelConfirmationOf(sanction, subject)
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
                data.incidents.map((incident) => incident.value),
                {
                  person: data.person?.value,
                  needsUnreadable: Array.isArray(data.unreadable) && data.unreadable.indexOf('personDetails') >= 0
                }
              )
            }
          : { summary };
      } catch {
        return { summary };
      }
    })
  );
}
