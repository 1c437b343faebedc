import { approvalRequestCard, noticeCard, type AdaptiveCard } from '../../cards';
import { approvalCardModel, type CardModelDeps } from '../approvals/cardModels';
import { loadSanction } from '../approvals/loadSanction';

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
