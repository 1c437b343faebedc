// Teams as the approver meets it, with no Teams client: the stack's local Bot Connector keeps
// what the case service sends (local/botConnector.ts, `held`), so the approval card each
// approver would see in their chat is read from there; a click on the card's Action.Execute
// is POSTed to the service's /api/messages as the Bot Framework `adaptiveCard/action` invoke
// Teams sends (the inputs' values merged into the action's data), and the card Teams would
// then show is the invoke's answer.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AdaptiveCard, CardElement } from '../../../src/cards';
import type { LocalStack } from '../../e2e/support/stack';

/** One card the service sent (POST) or replaced (PUT) in a chat, as the connector received it. */
export interface DeliveredCard {
  conversationId: string;
  /** The activity a PUT replaced (undefined for a new message). */
  activityId?: string;
  card: AdaptiveCard;
}

const ACTIVITY_PATH = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/;

/** Every card the service sent or updated, in order, read from the local Bot Connector. */
export function deliveredCards(stack: LocalStack): DeliveredCard[] {
  const cards: DeliveredCard[] = [];
  for (const call of stack.connector.held) {
    const match = ACTIVITY_PATH.exec(call.path);
    if (!match) continue;
    const activity = JSON.parse(call.body) as { attachments?: { contentType?: string; content?: AdaptiveCard }[] };
    for (const attachment of activity.attachments ?? []) {
      if (attachment.contentType !== 'application/vnd.microsoft.card.adaptive' || !attachment.content) continue;
      cards.push({
        conversationId: decodeURIComponent(match[1]),
        activityId: match[2] === undefined ? undefined : decodeURIComponent(match[2]),
        card: attachment.content
      });
    }
  }
  return cards;
}

/** The local connector names a 1:1 chat after the one member the service asked for (their Entra object id). */
export function personalChatOf(userId: string): string {
  return `a:local-${userId}`;
}

function childrenOf(element: CardElement): CardElement[] {
  const nested: unknown[] = [];
  for (const key of ['body', 'items', 'columns', 'inlines']) {
    const value = element[key];
    if (Array.isArray(value)) nested.push(...value);
  }
  return nested.filter((item): item is CardElement => typeof item === 'object' && item !== null);
}

/** The card's words in reading order (TextBlocks and TextRuns), as Teams shows them. */
export function cardLines(card: AdaptiveCard | CardElement): string[] {
  const element = card as unknown as CardElement;
  const own = typeof element.text === 'string' && (element.type === 'TextBlock' || element.type === 'TextRun') ? [element.text] : [];
  return [...own, ...childrenOf(element).flatMap((child) => cardLines(child))];
}

/** The card's facts: each two-column row, the title on the left and its value on the right. */
export function cardFacts(card: AdaptiveCard | CardElement): Record<string, string> {
  const facts: Record<string, string> = {};
  const visit = (element: CardElement): void => {
    const columns = element.type === 'ColumnSet' ? childrenOf(element) : [];
    if (columns.length === 2) {
      facts[cardLines(columns[0]).join(' ')] = cardLines(columns[1]).join(' ');
      return;
    }
    childrenOf(element).forEach(visit);
  };
  visit(card as unknown as CardElement);
  return facts;
}

/** The titles of the card's buttons. */
export function cardButtons(card: AdaptiveCard): string[] {
  return ((card.actions ?? []) as { title?: string }[]).map((action) => action.title ?? '');
}

/** The Action.Execute behind a button, by its title. */
export function executeAction(card: AdaptiveCard, title: string): { verb: string; data: Record<string, unknown> } {
  const action = ((card.actions ?? []) as { type?: string; title?: string; verb?: string; data?: Record<string, unknown> }[]).find(
    (candidate) => candidate.type === 'Action.Execute' && candidate.title === title
  );
  if (!action?.verb) throw new Error(`The card has no Action.Execute "${title}" (buttons: ${JSON.stringify(cardButtons(card))}).`);
  return { verb: action.verb, data: action.data ?? {} };
}

/** The id of the card's input with this label: the test fills in the box the person reads. */
export function cardInputIdByLabel(card: AdaptiveCard, label: RegExp): string {
  const inputs: CardElement[] = [];
  const visit = (element: CardElement): void => {
    if (typeof element.type === 'string' && element.type.startsWith('Input.')) inputs.push(element);
    childrenOf(element).forEach(visit);
  };
  visit(card as unknown as CardElement);
  const input = inputs.find((candidate) => typeof candidate.label === 'string' && label.test(candidate.label));
  if (typeof input?.id !== 'string') throw new Error(`The card has no input labelled ${String(label)}.`);
  return input.id;
}

let invokeCounter = 0;

/**
 * The person presses a button on a card in their 1:1 chat with the bot: the `adaptiveCard/action`
 * invoke Teams posts to the bot's endpoint, with the inputs' values merged into the action's
 * data. `replyToId` is the card's message. Returns the card Teams then shows in its place.
 */
export async function pressCardButton(
  stack: LocalStack,
  press: {
    userId: string;
    name: string;
    conversationId: string;
    cardActivityId: string;
    action: { verb: string; data: Record<string, unknown> };
    inputs: Record<string, string>;
  }
): Promise<{ status: number; card: AdaptiveCard }> {
  invokeCounter += 1;
  const activity = {
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: `journey-invoke-${invokeCounter}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: stack.connector.url,
    from: { id: `29:${press.userId}`, aadObjectId: press.userId, name: press.name },
    recipient: { id: '28:ccm-local-bot', name: 'Customer Case Management' },
    conversation: { id: press.conversationId, conversationType: 'personal', tenantId: 'local-tenant' },
    channelData: { tenant: { id: 'local-tenant' }, source: { name: 'message' } },
    replyToId: press.cardActivityId,
    value: {
      action: { type: 'Action.Execute', verb: press.action.verb, data: { ...press.action.data, ...press.inputs } },
      trigger: 'manual'
    }
  };
  const response = await fetch(stack.service.messagesUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity)
  });
  const text = await response.text();
  const body = (text === '' ? {} : JSON.parse(text)) as { statusCode?: number; type?: string; value?: AdaptiveCard };
  if (response.status !== 200 || body.type !== 'application/vnd.microsoft.card.adaptive' || !body.value) {
    throw new Error(`The card action was not answered with a card: HTTP ${response.status} ${text.slice(0, 500)}`);
  }
  return { status: response.status, card: body.value };
}

/** Keeps a card as it travelled (JSON), beside the journey's screenshots, for a person to look at. */
export function saveCard(name: string, card: AdaptiveCard): void {
  const dir = path.join(__dirname, '..', '..', '..', 'test-output', 'cards');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${name}.json`), `${JSON.stringify(card, null, 2)}\n`);
}
