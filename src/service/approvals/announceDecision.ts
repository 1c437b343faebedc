import { caseLabel } from '../../domain/model/caseReference';
import { decidedCard, noticeCard, OUTCOME_WORDS } from '../../cards';
import type { Case, Person, Sanction, ApprovalDecision, UserId } from '../../domain';
import type { ApprovalRequestRecord } from '../ports';
import type { Messenger } from '../teams/messenger';
import { decisionView, type CardModelDeps } from './cardModels';

export interface AnnounceDeps extends CardModelDeps {
  messenger: Messenger;
  log: (message: string, error?: unknown) => void;
}

/**
 * After a decision is saved: every approval card for the sanction becomes the decided
 * card (so every approver sees it, not only the one who clicked), and the proposer and
 * case officer are told. Failures here are logged, never undo the decision: the record
 * in SharePoint is the truth and the cards catch up on their next refresh. The approval
 * requests are closed while the proposer is told, side by side: if the service dies before
 * a request is closed, the repair sweep (sweeps/repairDecisions.ts) finds it Pending and
 * announces again. (Closing first never made the notice safer: a death between the two left
 * the requests closed and the proposer untold all the same; side by side, the worst a death
 * does is tell the proposer a second time, on the sweep's repeat.)
 * Returns the approvers whose requests it found (who see the decided card), so a caller
 * showing that card need not read them again. `known`: the sanction's pending requests when
 * the caller read them beside the decision; otherwise they are read here.
 */
export async function announceDecision(
  kase: Case,
  sanction: Sanction,
  person: Person,
  decision: ApprovalDecision,
  deps: AnnounceDeps,
  known?: readonly ApprovalRequestRecord[]
): Promise<UserId[]> {
  const requests = known ?? (await deps.store.approvalRequests.listForSanction(sanction.id));
  const viewers = requests.map((r) => r.approverId);
  const card = decidedCard(decisionView(kase, sanction, person, decision, viewers, deps));
  const closeRequests = Promise.all(
    // Per request, the card and the request's record side by side: neither waits for the other
    // (a card that fails is closed all the same and catches up on its next refresh).
    requests.map(async (request) => {
      const updateCard = async (): Promise<void> => {
        try {
          if (request.conversationId && request.activityId) {
            await deps.messenger.updateCard(
              {
                conversationId: request.conversationId,
                activityId: request.activityId,
                serviceUrl: request.serviceUrl ?? deps.config.serviceUrl
              },
              card
            );
          }
        } catch (error) {
          // The card catches up on its next refresh; the request is closed all the same, so
          // that a Pending request means "not announced yet" to the repair sweep.
          deps.log(`Could not update the approval card ${request.id}`, error);
        }
      };
      const close = async (): Promise<void> => {
        try {
          await deps.store.approvalRequests.update(request.id, { status: 'Decided', decidedAt: decision.decidedAt });
        } catch (error) {
          deps.log(`Could not close the approval request ${request.id}`, error);
        }
      };
      await Promise.all([updateCard(), close()]);
    })
  );

  const verdict = OUTCOME_WORDS[decision.outcome];
  const recipients = new Set<UserId>([sanction.proposedBy, ...(kase.caseOfficerId ? [kase.caseOfficerId] : [])]);
  recipients.delete(decision.approverId);
  const tellRecipients = Promise.all(
    [...recipients].map(async (userId) => {
      try {
        await deps.messenger.sendCardToUser(
          userId,
          noticeCard({
            title: `Sanction ${verdict.toLowerCase()}`,
            message:
              decision.outcome === 'Approve'
                ? 'The sanction you proposed was approved. Send the restriction letter next: the restriction starts once it is sent.'
                : decision.outcome === 'Reject'
                  ? 'The sanction you proposed was rejected. The reasons are below.'
                  : 'The approver asked for changes to the sanction you proposed. Revise it and send it again.',
            facts: [
              { title: 'Case', value: caseLabel(kase) },
              { title: 'Decided by', value: deps.directory.displayName(decision.approverId) }
            ],
            quote: decision.reasons,
            link: { title: 'Open the case', url: decisionView(kase, sanction, person, decision, [], deps).caseUrl },
            tone: decision.outcome === 'Approve' ? 'good' : 'attention'
          })
        );
      } catch (error) {
        deps.log(`Could not notify ${userId} of the decision on ${sanction.id}`, error);
      }
    })
  );
  await Promise.all([closeRequests, tellRecipients]);
  return viewers;
}
