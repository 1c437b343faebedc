import { longDate, longDateTime } from './dates';
import { describeDuration, describeScope, type RestrictionSummary } from '../domain/sanctions/describeSanction';
import { bulletList, facts, heading, openLink, section, trustedText, userText } from './elements';
import type { AdaptiveCard, CardElement } from './types';
import { CARD_INPUTS, CARD_VERBS, type ApprovalActionData } from './verbs';
import type { IsoDate } from '../domain/model/dates';
import type { SanctionScope } from '../domain/model/sanction';

/** Everything the approver needs to decide, already gathered by the service. */
export interface ApprovalCardModel {
  sanctionId: string;
  sanctionVersion: number;
  /** The case and its person (carried in the buttons' data: ApprovalActionData). */
  caseId: string;
  personId: string;
  caseReference: string;
  customerName: string;
  routeLabel: string;
  behaviours: readonly string[];
  restrictions: readonly RestrictionSummary[];
  scope: SanctionScope;
  startDate: IsoDate;
  endDate: IsoDate;
  reviewDate: IsoDate;
  spocSummary: string;
  necessaryContactArrangements: string;
  proportionalityReasons: string;
  checklist: { answered: number; total: number; gaps: readonly string[] };
  /** Non-blocking findings of the domain check (BR-13, BR-19, BR-28...). */
  warnings: readonly string[];
  /** BR-29: shown with a confirmation toggle when the person has a statutory role. */
  continuityPlan?: string;
  /** BR-31 widened: the channel and the fixed communication instructions, shown with a confirmation toggle. */
  channelConfirmation?: { channel: string; needs: readonly string[] };
  proposedByName: string;
  proposedAt: string;
  caseUrl: string;
  /** Who should see this view on refresh (Universal Actions `refresh.userIds`). */
  refreshUserIds: readonly string[];
  /** Fixed wording from the service when a click could not be accepted (e.g. no reason given). */
  problem?: string;
}

export function actionData(model: Pick<ApprovalCardModel, 'sanctionId' | 'sanctionVersion' | 'caseId' | 'personId'>): ApprovalActionData {
  return { sanctionId: model.sanctionId, sanctionVersion: model.sanctionVersion, caseId: model.caseId, personId: model.personId };
}

export function refreshFor(
  model: Pick<ApprovalCardModel, 'sanctionId' | 'sanctionVersion' | 'caseId' | 'personId' | 'refreshUserIds'>
): CardElement {
  return {
    type: 'Refresh',
    action: { type: 'Action.Execute', verb: CARD_VERBS.refresh, title: 'Refresh', data: actionData(model) },
    userIds: [...model.refreshUserIds]
  };
}

export function proposalSummary(model: ApprovalCardModel): CardElement[] {
  const checklistLine =
    model.checklist.gaps.length === 0
      ? `Complete: all ${model.checklist.total} items answered with evidence or marked not applicable with a reason.`
      : `${model.checklist.answered} of ${model.checklist.total} items complete. Missing: ${model.checklist.gaps.join('; ')}`;
  const body: CardElement[] = [
    facts([
      { title: 'Case', value: model.caseReference },
      { title: 'Customer', value: model.customerName },
      { title: 'Route', value: model.routeLabel },
      { title: 'Proposed by', value: `${model.proposedByName}, ${longDateTime(model.proposedAt)}` }
    ]),
    section('Behaviours', bulletList(model.behaviours.length > 0 ? model.behaviours : ['None recorded'])),
    section(
      'Proposed restriction',
      model.restrictions.map((r) =>
        userText(r.parameters === '' ? `${r.code} ${r.label}` : `${r.code} ${r.label}: ${r.parameters}`, { spacing: 'Small' })
      )
    ),
    facts([
      { title: 'Scope', value: describeScope(model.scope) },
      { title: 'Starts', value: longDate(model.startDate) },
      { title: 'Ends', value: longDate(model.endDate) },
      { title: 'Duration', value: describeDuration(model.startDate, model.endDate) },
      { title: 'Review by', value: longDate(model.reviewDate) },
      { title: 'Single point of contact', value: model.spocSummary }
    ]),
    section('Necessary contact', [userText(model.necessaryContactArrangements)]),
    section('Why this is proportionate', [userText(model.proportionalityReasons)]),
    section('Checklist before restricting', [userText(checklistLine)])
  ];
  if (model.warnings.length > 0) {
    body.push(section('Points to weigh', bulletList(model.warnings)));
  }
  if (model.continuityPlan !== undefined) {
    body.push(section('Statutory role: how information and participation continue', [userText(model.continuityPlan)]));
  }
  if (model.channelConfirmation !== undefined) {
    const { channel, needs } = model.channelConfirmation;
    // The needs are fixed instructions (never the recorded words), so they go in as trusted text.
    const lines = needs.length > 0 ? needs : ['No communication needs are recorded; a third party is the contact route.'];
    body.push(
      section('Does the channel work for this person?', [
        userText(channel),
        ...lines.map((line) => trustedText(`• ${line}`, { spacing: 'Small' }))
      ])
    );
  }
  return body;
}

/** The card each designated approver receives: Approve, Reject or Ask for changes. */
export function approvalRequestCard(model: ApprovalCardModel): AdaptiveCard {
  const inputs: CardElement[] = [
    {
      type: 'Input.Text',
      id: CARD_INPUTS.comment,
      label: 'Reasons or comments (required to reject or ask for changes)',
      isMultiline: true,
      maxLength: 2000,
      placeholder: 'Give your reasons'
    }
  ];
  if (model.continuityPlan !== undefined) {
    inputs.push({
      type: 'Input.Toggle',
      id: CARD_INPUTS.continuityConfirmed,
      title: 'I confirm the arrangements for the statutory role are adequate',
      valueOn: 'true',
      valueOff: 'false',
      value: 'false'
    });
  }
  if (model.channelConfirmation !== undefined) {
    inputs.push({
      type: 'Input.Toggle',
      id: CARD_INPUTS.channelConfirmed,
      title: 'I confirm this channel works for this person and meets the communication needs shown',
      valueOn: 'true',
      valueOff: 'false',
      value: 'false'
    });
  }
  const data = actionData(model);
  return {
    type: 'AdaptiveCard',
    version: '1.5',
    fallbackText: `Sanction approval needed for case ${model.caseReference}. Open Customer Case Management to decide.`,
    refresh: refreshFor(model),
    body: [
      heading('Sanction approval needed'),
      ...(model.problem !== undefined ? [trustedText(model.problem, { color: 'Attention', weight: 'Bolder' })] : []),
      ...proposalSummary(model),
      ...inputs
    ],
    actions: [
      { type: 'Action.Execute', verb: CARD_VERBS.approve, title: 'Approve', style: 'positive', data },
      { type: 'Action.Execute', verb: CARD_VERBS.reject, title: 'Reject', style: 'destructive', data },
      { type: 'Action.Execute', verb: CARD_VERBS.askForChanges, title: 'Ask for changes', data },
      openLink('Open the case', model.caseUrl)
    ]
  };
}

/** What everyone else sees while the decision is open (refresh for non-approvers). */
export function awaitingDecisionCard(model: ApprovalCardModel): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    version: '1.5',
    fallbackText: `Sanction for case ${model.caseReference} is awaiting a decision.`,
    refresh: refreshFor(model),
    body: [
      heading('Sanction awaiting a decision'),
      trustedText('Only a designated approver who did not propose this sanction can decide it.', { isSubtle: true }),
      ...proposalSummary(model)
    ],
    actions: [openLink('Open the case', model.caseUrl)]
  };
}
