import { caseLabel } from '../../domain/model/caseReference';
import {
  checklistGaps,
  channelConfirmationFor,
  checkSanctionProposal,
  CHECKLIST_ITEM_IDS,
  displayName,
  behaviourCategory,
  STATUTORY_ROLE_LABELS
} from '../../domain';
import type { ApprovalDecision, Case, Person, Sanction } from '../../domain';
import { summariseRestrictions, type ApprovalCardModel, type DecisionView } from '../../cards';
import { caseDeepLink, type ServiceConfig } from '../config';
import { Directory } from '../directory';
import type { ServiceStore } from '../ports';

/** Gathers, from storage, what the approval cards show. */
export interface CardModelDeps {
  store: ServiceStore;
  config: ServiceConfig;
  directory: Directory;
}

const ROUTE_LABELS: Readonly<Record<Case['route'], string>> = {
  Customer: 'Customer route',
  Councillor: 'Councillors’ route'
};

/** The behaviour categories of the case's incidents, as the approval card lists them. */
export async function behavioursOf(kase: Case, deps: CardModelDeps): Promise<string[]> {
  const incidents = await Promise.all(kase.incidentIds.map((id) => deps.store.incidents.get(id)));
  const labels = new Set<string>();
  incidents.forEach((incident) => incident?.categories.forEach((code) => labels.add(behaviourCategory(code)?.label ?? code)));
  return [...labels];
}

function spocSummary(sanction: Sanction): string {
  const cover = sanction.spoc.cover ? ` (cover: ${sanction.spoc.cover.name})` : ' (no cover named)';
  return `${sanction.spoc.name} by ${sanction.spoc.channel}${cover}`;
}

export async function approvalCardModel(
  kase: Case,
  sanction: Sanction,
  person: Person,
  approverIds: readonly string[],
  deps: CardModelDeps,
  /** The case's behaviours when the caller has read them already (one read for every approver's card). */
  behaviours?: readonly string[]
): Promise<ApprovalCardModel> {
  const check = checkSanctionProposal(sanction, person);
  const gaps = checklistGaps(kase.checklist);
  const statutory = person.statutoryRoles.map((r) => STATUTORY_ROLE_LABELS[r.role]);
  const plan = sanction.continuityPlan;
  return {
    sanctionId: sanction.id,
    sanctionVersion: sanction.version,
    caseId: kase.id,
    personId: person.id,
    caseReference: caseLabel(kase),
    customerName: displayName(person),
    routeLabel: ROUTE_LABELS[kase.route],
    behaviours: behaviours ? [...behaviours] : await behavioursOf(kase, deps),
    restrictions: summariseRestrictions(sanction.restrictions),
    scope: sanction.scope,
    startDate: sanction.startDate,
    endDate: sanction.endDate,
    reviewDate: sanction.reviewDate,
    spocSummary: spocSummary(sanction),
    necessaryContactArrangements: sanction.necessaryContactArrangements,
    proportionalityReasons: sanction.proportionalityReasons,
    checklist: { answered: CHECKLIST_ITEM_IDS.length - gaps.length, total: CHECKLIST_ITEM_IDS.length, gaps: gaps.map((g) => g.message) },
    warnings: check.warnings.map((w) => `${w.message} (${w.rule})`),
    channelConfirmation: channelConfirmationFor(sanction, person),
    continuityPlan: statutory.length > 0 ? `${statutory.join(', ')}. ${plan ? plan.description : 'No plan recorded.'}` : undefined,
    proposedByName: deps.directory.displayName(sanction.proposedBy),
    proposedAt: sanction.proposedAt,
    caseUrl: caseDeepLink(deps.config, kase.id),
    refreshUserIds: approverIds.map(Directory.teamsUserMri)
  };
}

/** The decision that closed this sanction version, if any (approvals are newest last). */
export function closingDecision(sanction: Sanction): ApprovalDecision | undefined {
  return sanction.approvals[sanction.approvals.length - 1];
}

export function decisionView(
  kase: Case,
  sanction: Sanction,
  person: Person,
  decision: ApprovalDecision,
  viewerIds: readonly string[],
  deps: CardModelDeps
): DecisionView {
  return {
    sanctionId: sanction.id,
    sanctionVersion: sanction.version,
    caseId: kase.id,
    personId: person.id,
    caseReference: caseLabel(kase),
    customerName: displayName(person),
    outcome: decision.outcome,
    deciderName: deps.directory.displayName(decision.approverId),
    decidedAt: decision.decidedAt,
    reasons: decision.reasons,
    caseUrl: caseDeepLink(deps.config, kase.id),
    refreshUserIds: viewerIds.map(Directory.teamsUserMri)
  };
}
