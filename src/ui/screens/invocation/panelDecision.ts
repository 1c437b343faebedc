import {
  ROLE_LABELS,
  type Case,
  type CaseAction,
  type InvocationOutcome,
  type IsoDate,
  type IsoInstant,
  type PanelAttendee,
  type Role,
  type UserId
} from '../../../domain';
import type { FieldProblem } from '../shared/useCaseActionSubmit';

export const OUTCOME_LABELS: Readonly<Record<InvocationOutcome, string>> = {
  Invoke: 'Invoke the policy (send the monitoring letter)',
  InformalOnly: 'Informal action only',
  DoNotInvoke: 'Do not invoke the policy'
};

/** The panel's decision as the officer records it. */
export interface PanelDecisionDraft {
  /** Who sat in each of the route's seats, as `role|userId`. */
  seats: Record<number, string>;
  alternateOfficer: string;
  meetingDate: string;
  outcome: InvocationOutcome | '';
  reasons: string;
  /** One document per line. */
  documents: string;
  months: string;
}

/** The seat's label: the roles that may fill it. */
export function seatLabel(roles: readonly Role[]): string {
  return roles.map((r) => ROLE_LABELS[r]).join(' or ');
}

/** Officers who have declared earlier involvement with this customer (BR-03). */
export function conflictedOfficers(kase: Case): Set<string> {
  return new Set(kase.conflictDeclarations.map((c) => c.userId));
}

/**
 * BR-03: the case officer has declared earlier involvement (or stepped aside after doing so),
 * so an alternate officer must be assigned as case officer and single point of contact.
 */
export function needsAlternateOfficer(kase: Case): boolean {
  const conflicted = conflictedOfficers(kase);
  return conflicted.size > 0 && (kase.caseOfficerId === undefined || conflicted.has(kase.caseOfficerId));
}

/** What the decision form is missing before the engine sees it. */
export function panelProblems(
  draft: PanelDecisionDraft,
  seatRoles: readonly (readonly Role[])[],
  longestMonitoring: number
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  seatRoles.forEach((roles, index) => {
    if (!draft.seats[index]) problems.push({ field: `seat${index}`, message: `Choose who sat as ${seatLabel(roles)}.` });
  });
  if (!draft.meetingDate) problems.push({ field: 'meetingDate', message: 'Enter the date of the meeting.' });
  if (!draft.outcome) problems.push({ field: 'outcome', message: 'Choose the decision.' });
  if (draft.reasons.trim() === '') problems.push({ field: 'reasons', message: 'Record the reasons for the decision.' });
  const length = Number(draft.months);
  if (draft.outcome === 'Invoke' && !(Number.isInteger(length) && length >= 1 && length <= longestMonitoring))
    problems.push({
      field: 'months',
      message: longestMonitoring === 1 ? 'The monitoring period is 1 month.' : `The monitoring period is 1 to ${longestMonitoring} months.`
    });
  return problems;
}

/** Who recorded the decision, when, and the id for it. */
export interface DecisionStamp {
  id: string;
  recordedBy: UserId;
  recordedAt: IsoInstant;
}

/**
 * The decision as the engine takes it: assigning the alternate (BR-03) and recording the decision
 * are saved together, or not at all.
 */
export function panelDecisionActions(
  kase: Case,
  draft: PanelDecisionDraft,
  outcome: InvocationOutcome,
  seatRoles: readonly (readonly Role[])[],
  nameOf: (id: string) => string,
  stamp: DecisionStamp
): CaseAction | CaseAction[] {
  const attendees: PanelAttendee[] = seatRoles.map((_, index) => {
    const [role, userId] = draft.seats[index].split('|');
    return { role: role as Role, userId, name: nameOf(userId) };
  });
  const assigned = needsAlternateOfficer(kase) && draft.alternateOfficer !== '' ? draft.alternateOfficer : undefined;
  const decide: CaseAction = {
    type: 'recordInvocationDecision',
    decision: {
      id: stamp.id,
      meetingDate: draft.meetingDate as IsoDate,
      attendees,
      documentsReviewed: draft.documents
        .split('\n')
        .map((d) => d.trim())
        .filter((d) => d !== ''),
      outcome,
      reasons: draft.reasons,
      monitoringPeriod: outcome === 'Invoke' ? { lengthMonths: Number(draft.months) } : undefined,
      // The alternate assigned here (BR-03) is the single point of contact. Otherwise the case
      // officer; with none assigned yet, the officer in the panel's CRO seat.
      spocUserId:
        assigned ??
        kase.caseOfficerId ??
        attendees.filter((a) => a.role === 'customerRelationsOfficer' || a.role === 'alternateOfficer')[0]?.userId,
      recordedBy: stamp.recordedBy,
      recordedAt: stamp.recordedAt
    }
  };
  return assigned ? [{ type: 'assignCaseOfficer', userId: assigned }, decide] : decide;
}
