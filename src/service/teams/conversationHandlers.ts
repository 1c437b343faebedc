import { approvalRequestCard, noticeCard, type AdaptiveCard } from '../../cards';
import { approvalCardModel, type CardModelDeps } from '../approvals/cardModels';
import { loadSanction } from '../approvals/loadSanction';
import { describeFailure } from '../http/jsonErrors';
import { cardMessage } from './teamsActivities';

/**
 * What the bot says in its 1:1 chat. Typing anything lists the approvals waiting for
 * you (handy when a card was missed, and how the Agents Playground is driven locally).
 */
export function welcomeCard(): AdaptiveCard {
  return noticeCard({
    title: 'Customer Case Management',
    message:
      'I send sanction approval requests here when you are a designated approver, and reminders when a review or a deadline is due. Type "approvals" at any time to see what is waiting for you.'
  });
}

export async function pendingApprovalCards(userId: string | undefined, deps: CardModelDeps): Promise<AdaptiveCard[]> {
  if (userId === undefined || userId === '') {
    return [noticeCard({ title: 'We could not tell who you are', message: 'Sign in to Teams with your council account.', tone: 'attention' })];
  }
  const pending = await deps.store.approvalRequests.listPendingForApprover(userId);
  const cards: AdaptiveCard[] = [];
  for (const request of pending) {
    const loaded = await loadSanction(deps.store, request.sanctionId);
    if (loaded !== undefined && loaded.sanction.status === 'Proposed') {
      cards.push(approvalRequestCard(await approvalCardModel(loaded.kase.value, loaded.sanction, loaded.person, [userId], deps)));
    }
  }
  return cards.length > 0 ? cards : [noticeCard({ title: 'Nothing waiting for you', message: 'There are no sanction approvals waiting for your decision.' })];
}

/** What the SDK's `send` takes, as its message handler hands it over. */
export type Reply = (activity: ReturnType<typeof cardMessage>) => Promise<unknown>;

/**
 * Replies in the conversation the activity came from. The activity itself was read and acted
 * on; if the Bot Connector will not take the reply (a conversation it does not know, Teams
 * unavailable), that is logged in one line and the activity is still answered 200: a 500 would
 * make Teams send the message again, and the person would get the cards twice once it recovers.
 */
export async function replyWithCards(send: Reply, cards: readonly AdaptiveCard[], log: (message: string, error?: unknown) => void): Promise<void> {
  try {
    for (const card of cards) await send(cardMessage(card));
  } catch (error) {
    // As the request path logs (jsonErrors): one line, the failure described, nothing the request carried.
    log(`A reply in Teams could not be delivered (${describeFailure(error)}); the person can type "approvals" again`);
  }
}
