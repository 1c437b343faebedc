import { applyCaseAction, dateOfInstant, isBefore } from '../../domain';
import type { ApprovalDecision, Case, CaseRoute, IsoInstant, Person, Role, RoleAssignments, SanctionId, UserId } from '../../domain';

/** What an approver decided, as it is recorded (and as a replay finds it in the Decisions list). */
export interface DecisionFacts {
  approverId: UserId;
  approverRole: Role;
  outcome: ApprovalDecision['outcome'];
  reasons: string;
  continuityPlanConfirmed?: boolean;
  channelConfirmed?: boolean;
  decidedAt: IsoInstant;
}

export interface DecisionTransitionContext {
  roles: RoleAssignments;
  person: Person;
  approverRoles?: Readonly<Record<CaseRoute, readonly Role[]>>;
}

/**
 * The domain's decideSanction on `kase`, with ids derived from the sanction: there is only
 * ever one decision per sanction, so every attempt (the first click, a retried click, a
 * sweep finishing a half-written decision) produces the same approval id and the same
 * audit event ids, and SharePoint's client request keys keep each written once.
 */
export function decisionTransition(
  kase: Case,
  sanctionId: SanctionId,
  facts: DecisionFacts,
  context: DecisionTransitionContext
): ReturnType<typeof applyCaseAction> {
  let counter = 0;
  const newId = (prefix: string): string => `${prefix}-${sanctionId}-decision-${counter++}`;
  return applyCaseAction(
    kase,
    {
      type: 'decideSanction',
      approval: {
        approverRole: facts.approverRole,
        outcome: facts.outcome,
        reasons: facts.reasons,
        continuityPlanConfirmed: facts.continuityPlanConfirmed,
        channelConfirmed: facts.channelConfirmed
      },
      // A rejection returns the case to monitoring while the period is still running.
      afterRejection:
        kase.monitoringPeriod !== undefined && isBefore(dateOfInstant(facts.decidedAt), kase.monitoringPeriod.plannedEndDate)
          ? 'Monitoring'
          : 'Closed'
    },
    {
      now: facts.decidedAt,
      actorId: facts.approverId,
      roles: context.roles,
      person: context.person,
      newId,
      approverRoles: context.approverRoles
    }
  );
}

/** True when two records are the same decision (SharePoint may store the time less precisely). */
export function sameDecision(a: ApprovalDecision, b: ApprovalDecision): boolean {
  return (
    a.id === b.id &&
    a.approverId === b.approverId &&
    a.outcome === b.outcome &&
    a.reasons === b.reasons &&
    (a.continuityPlanConfirmed === true) === (b.continuityPlanConfirmed === true) &&
    (a.channelConfirmed === true) === (b.channelConfirmed === true)
  );
}
