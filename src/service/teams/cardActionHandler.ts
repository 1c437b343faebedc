import { alreadyDecidedCard, approvalRequestCard, awaitingDecisionCard, CARD_INPUTS, CARD_VERBS, decidedCard, noticeCard, type AdaptiveCard } from '../../cards';
import { plainTextProblem } from '../../domain/validation/plainText';
import { can, participationOf } from '../../domain';
import type { ApprovalOutcome } from '../../domain';
import { announceDecision, type AnnounceDeps } from '../approvals/announceDecision';
import { approvalCardModel, closingDecision, decisionView } from '../approvals/cardModels';
import { decideSanction } from '../approvals/decideSanction';
import { loadSanction, roleAssignments, whereaboutsFrom, type SanctionWhereabouts } from '../approvals/loadSanction';
import type { IsoInstant } from '../../domain';

export interface CardActionDeps extends AnnounceDeps {
  now: () => IsoInstant;
}

/** The parts of an adaptiveCard/action invoke this handler reads. */
export interface CardActionInvoke {
  from: { id: string; aadObjectId?: string; name?: string };
  /** Untrusted: a client may send an invoke with no value or no action at all. */
  value?: { action?: { verb?: string; data?: Record<string, unknown> } };
}

export interface CardActionResponse {
  statusCode: 200;
  type: 'application/vnd.microsoft.card.adaptive';
  value: AdaptiveCard;
}

const OUTCOME_BY_VERB: Readonly<Record<string, ApprovalOutcome>> = {
  [CARD_VERBS.approve]: 'Approve',
  [CARD_VERBS.reject]: 'Reject',
  [CARD_VERBS.askForChanges]: 'AskForChanges'
};

function respond(card: AdaptiveCard): CardActionResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * Universal Actions for sanction approvals. The Teams SDK routes `card.action.<data.action>`
 * rather than by verb, so the app registers the catch-all `card.action` and this switches
 * on `value.action.verb`. The user is identified by Entra object id only: display names in
 * the activity are not trusted for authority.
 */
export async function handleCardAction(activity: CardActionInvoke, deps: CardActionDeps): Promise<CardActionResponse> {
  const action = activity.value?.action;
  const verb = typeof action?.verb === 'string' ? action.verb : '';
  const data = typeof action?.data === 'object' && action.data !== null ? action.data : {};
  const sanctionId = text(data.sanctionId);
  const told = whereaboutsFrom(data.caseId, data.personId);
  const actorId = activity.from.aadObjectId ?? '';
  if (actorId === '') {
    return respond(noticeCard({ title: 'We could not tell who you are', message: 'Open this card in Microsoft Teams while signed in with your council account.', tone: 'attention' }));
  }
  if (sanctionId === '') {
    return respond(noticeCard({ title: 'This card is not recognised', message: 'Open Customer Case Management to find the case.', tone: 'attention' }));
  }
  if (verb === CARD_VERBS.refresh) {
    return respond(await refreshView(sanctionId, actorId, deps, told));
  }
  const outcome = OUTCOME_BY_VERB[verb];
  if (outcome === undefined) {
    return respond(noticeCard({ title: 'This button is not recognised', message: 'The card may be from an older version of the app. Open the case instead.', tone: 'attention' }));
  }
  const commentProblem = plainTextProblem(text(data[CARD_INPUTS.comment]), 'reasons', 'your comment');
  if (commentProblem !== undefined) {
    return respond(noticeCard({ title: 'Nothing was recorded', message: commentProblem, tone: 'attention' }));
  }
  const seenVersion = typeof data.sanctionVersion === 'number' ? data.sanctionVersion : undefined;
  const result = await decideSanction(
    {
      sanctionId,
      actorId,
      outcome,
      comment: text(data[CARD_INPUTS.comment]),
      continuityPlanConfirmed: text(data[CARD_INPUTS.continuityConfirmed]) === 'true',
      channelConfirmed: text(data[CARD_INPUTS.channelConfirmed]) === 'true',
      seenVersion,
      told
    },
    deps
  );
  switch (result.kind) {
    case 'decided': {
      const viewers = await announceDecision(result.kase, result.sanction, result.person, result.decision, deps, result.requests);
      return respond(decidedCard(decisionView(result.kase, result.sanction, result.person, result.decision, viewers, deps)));
    }
    case 'alreadyDecided':
      if (result.completedNow) {
        // This click finished a decision whose request died half way: tell everyone now.
        await announceDecision(result.kase, result.sanction, result.person, result.decision, deps);
      }
      return respond(alreadyDecidedCard(decisionView(result.kase, result.sanction, result.person, result.decision, [actorId], deps)));
    case 'refused':
      return respond(noticeCard({ title: 'You cannot decide this sanction', message: `${result.message} (${result.rule})`, tone: 'attention' }));
    case 'notFound':
      return respond(noticeCard({ title: 'Sanction not found', message: result.message, tone: 'attention' }));
    case 'invalid': {
      // Show the same card again with the problem on top, so the approver can fix it.
      const loaded = await loadSanction(deps.store, sanctionId, told);
      if (loaded !== undefined && loaded.sanction.status === 'Proposed') {
        const model = await approvalCardModel(loaded.kase.value, loaded.sanction, loaded.person, [actorId], deps);
        const details = result.details && result.details.length > 0 ? ` ${result.details.join(' ')}` : '';
        return respond(approvalRequestCard({ ...model, problem: `${result.message}${details}` }));
      }
      return respond(noticeCard({ title: 'Your decision was not recorded', message: result.message, tone: 'attention' }));
    }
  }
}

/** Each viewer gets the right view: decided, decidable (approver) or read-only. */
async function refreshView(sanctionId: string, actorId: string, deps: CardActionDeps, told?: SanctionWhereabouts): Promise<AdaptiveCard> {
  const loaded = await loadSanction(deps.store, sanctionId, told);
  if (loaded === undefined) {
    return noticeCard({ title: 'Sanction not found', message: 'It may have been withdrawn. Open Customer Case Management to find the case.', tone: 'attention' });
  }
  const { kase, sanction, person } = loaded;
  const decision = closingDecision(sanction);
  if (sanction.status !== 'Proposed' && decision !== undefined) {
    return decidedCard(decisionView(kase.value, sanction, person, decision, [actorId], deps));
  }
  const roles = await roleAssignments(deps.store, deps.config.roleAssignmentsOverride);
  const model = await approvalCardModel(kase.value, sanction, person, [actorId], deps);
  const mayDecide = can({ userId: actorId }, 'sanction.approve', { roles, case: participationOf(kase.value), approverRoles: deps.config.approverRoles }).allowed;
  return mayDecide && sanction.status === 'Proposed' ? approvalRequestCard(model) : awaitingDecisionCard(model);
}
