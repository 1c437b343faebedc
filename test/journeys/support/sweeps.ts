// The case service's real sweep (src/service/sweeps/runSweeps.ts), run in-process against the
// stack's SharePoint as the service account, on a day of the test's choosing. Composed as
// src/service/localStart.ts composes it; only Teams delivery is replaced, by a messenger that
// records what it would send (delivery is not what the journeys test).
import type { AdaptiveCard } from '../../../src/cards';
import type { IsoInstant } from '../../../src/domain';
import { configFromEnv } from '../../../src/service/config';
import { Directory } from '../../../src/service/directory';
import { sharePointServiceStore } from '../../../src/service/storage/sharePointServiceStore';
import { runSweeps, type SweepReport } from '../../../src/service/sweeps/runSweeps';
import type { Messenger } from '../../../src/service/teams/messenger';
import { personaDirectory } from '../../../local/seed/personas';
import type { LocalStack } from '../../e2e/support/stack';

export interface SentCard {
  userId: string;
  card: AdaptiveCard;
}

/** A Messenger that keeps each card it is asked to send, and sends nothing. */
export function recordingMessenger(): Messenger & { sent: SentCard[] } {
  const sent: SentCard[] = [];
  return {
    sent,
    sendCardToUser: async (userId, card) => {
      sent.push({ userId, card });
      return { conversationId: `recorded-${sent.length}`, activityId: `recorded-${sent.length}`, serviceUrl: 'http://127.0.0.1/recorded' };
    },
    updateCard: async () => undefined
  };
}

/** The day after an ISO date (YYYY-MM-DD), in UTC. */
export function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** Runs every sweep once as if it were `instant`; returns the report, the cards it would have sent and what it logged. */
export async function runSweepsAt(
  stack: LocalStack,
  instant: string
): Promise<{ report: SweepReport; sent: SentCard[]; logged: string[] }> {
  const messenger = recordingMessenger();
  const logged: string[] = [];
  const directory = personaDirectory();
  const report = await runSweeps({
    store: sharePointServiceStore(stack.sharePoint.storeAs('svc.ccm')),
    config: configFromEnv(process.env, { siteUrl: stack.sharePoint.siteUrl, directory }),
    directory: new Directory(directory),
    messenger,
    now: () => instant as IsoInstant,
    log: (message, error) => logged.push(error === undefined ? message : `${message}: ${String(error)}`)
  });
  return { report, sent: messenger.sent, logged };
}
