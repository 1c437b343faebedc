import { longDateTime } from './dates';
import { facts, heading, openLink, runs, section, trustedText, userText } from './elements';
import type { AdaptiveCard } from './types';
import type { ApprovalOutcome } from '../domain/model/approval';
import { CARD_VERBS } from './verbs';

export interface DecisionView {
  sanctionId: string;
  sanctionVersion: number;
  caseId: string;
  personId: string;
  caseReference: string;
  customerName: string;
  outcome: ApprovalOutcome;
  deciderName: string;
  decidedAt: string;
  reasons: string;
  caseUrl: string;
  refreshUserIds: readonly string[];
}

export const OUTCOME_WORDS: Readonly<Record<ApprovalOutcome, string>> = {
  Approve: 'Approved',
  Reject: 'Rejected',
  AskForChanges: 'Changes requested'
};

const NEXT_STEP: Readonly<Record<ApprovalOutcome, string>> = {
  Approve: 'The case officer now sends the restriction letter. The restriction starts once the letter is sent.',
  Reject: 'The sanction will not go ahead. The case officer has been told.',
  AskForChanges: 'The case officer has been asked to revise the proposal and send it again.'
};

function refreshOf(view: DecisionView): Record<string, unknown> {
  return {
    type: 'Refresh',
    action: {
      type: 'Action.Execute',
      verb: CARD_VERBS.refresh,
      title: 'Refresh',
      data: { sanctionId: view.sanctionId, sanctionVersion: view.sanctionVersion, caseId: view.caseId, personId: view.personId }
    },
    userIds: [...view.refreshUserIds]
  };
}

/** The card that replaces the request for everyone once a decision is recorded. */
export function decidedCard(view: DecisionView): AdaptiveCard {
  const verdict = OUTCOME_WORDS[view.outcome];
  return {
    type: 'AdaptiveCard',
    version: '1.5',
    fallbackText: `${verdict}: sanction for case ${view.caseReference}.`,
    refresh: refreshOf(view),
    body: [
      heading(`Sanction decision: ${verdict.toLowerCase()}`),
      facts([
        { title: 'Case', value: view.caseReference },
        { title: 'Customer', value: view.customerName },
        { title: 'Decision', value: verdict },
        { title: 'Decided by', value: view.deciderName },
        { title: 'When', value: longDateTime(view.decidedAt) }
      ]),
      section('Reasons', [userText(view.reasons)]),
      trustedText(NEXT_STEP[view.outcome], { isSubtle: true, spacing: 'Medium' })
    ],
    actions: [openLink('Open the case', view.caseUrl)]
  };
}

/**
 * Second click, stale card or a decision that lost the race: say who decided and when,
 * and change nothing.
 */
export function alreadyDecidedCard(view: DecisionView): AdaptiveCard {
  const verdict = OUTCOME_WORDS[view.outcome].toLowerCase();
  return {
    type: 'AdaptiveCard',
    version: '1.5',
    fallbackText: `Already decided by ${view.deciderName} on ${longDateTime(view.decidedAt)}.`,
    refresh: refreshOf(view),
    body: [
      heading('This sanction has already been decided'),
      runs([
        { text: `Already decided (${verdict}) by ` },
        { text: view.deciderName, weight: 'Bolder' },
        { text: ` on ${longDateTime(view.decidedAt)}. Your action was not recorded and nothing has changed.` }
      ]),
      facts([
        { title: 'Case', value: view.caseReference },
        { title: 'Customer', value: view.customerName }
      ]),
      section('Reasons given', [userText(view.reasons)])
    ],
    actions: [openLink('Open the case', view.caseUrl)]
  };
}
