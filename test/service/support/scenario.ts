import express from 'express';
import type { Case, IsoInstant, Sanction } from '../../../src/domain';
import { isoDate, isoInstant } from '../../../src/domain/model/dates';
import { completeChecklist, panel, person, proposal } from '../../../src/domain/workflow/testing/fixtures';
import { configFromEnv, type ServiceConfig } from '../../../src/service/config';
import { startService, type RunningCaseService } from '../../../src/service/createCaseService';
import { entraBearerVerifier } from '../../../src/service/identity/entraBearer';
import { createLocalTokenIssuer, type LocalTokenIssuer } from '../../../src/service/identity/localTokenIssuer';
import { loopbackBotToken } from '../../../src/service/teams/loopbackBotToken';
import { startLoopbackConnector, type ConnectorCall } from './loopbackConnector';
import { MemoryStore } from './memoryStore';

/** Entra object ids of the people in the scenario. */
export const USERS = {
  cara: '11111111-0000-4000-8000-00000000c4a0', // Customer Relations Officer: case officer and proposer
  ed: '11111111-0000-4000-8000-0000000000ed', // Executive Director: approver
  hana: '11111111-0000-4000-8000-00000000a0a0', // Head of Housing: approver
  sam: '11111111-0000-4000-8000-000000005a30' // front-line staff
} as const;

export const SANCTION_ID = 'sanction-case-42-v1';
export const CASE_ID = 'CCM-2026-0042';

export function proposedCase(): Case {
  const sanction: Sanction = {
    ...proposal('2026-12-01', { subjectPersonId: 'p-1' }),
    id: SANCTION_ID,
    version: 1,
    caseId: CASE_ID,
    proposedBy: USERS.cara,
    proposedAt: isoInstant('2026-11-27T09:00:00Z'),
    approvals: [],
    status: 'Proposed'
  };
  return {
    id: CASE_ID,
    route: 'Customer',
    personId: 'p-1',
    incidentIds: ['inc-1'],
    leadService: 'Housing',
    createdBy: USERS.sam,
    caseOfficerId: USERS.cara,
    conflictDeclarations: [],
    status: 'SanctionProposed',
    checklist: completeChecklist(),
    invocationDecision: panel('Customer', {
      attendees: [
        { userId: USERS.hana, name: 'Hana Head', role: 'headOfService' },
        { userId: USERS.ed, name: 'Ed Dunmore', role: 'executiveDirector' },
        { userId: USERS.cara, name: 'Cara Okafor', role: 'customerRelationsOfficer' }
      ]
    }),
    monitoringPeriod: {
      startDate: isoDate('2026-07-01'),
      plannedEndDate: isoDate('2026-10-01'),
      endedOn: isoDate('2026-10-01'),
      spocUserId: USERS.cara,
      letterId: 'letter-1',
      assessment: 'NotImproved'
    },
    sanctions: [sanction],
    reviews: [],
    appeals: [],
    letters: [],
    contactLog: [],
    tasks: [],
    noReplyInstructions: [],
    createdAt: isoInstant('2026-06-01T09:00:00Z'),
    updatedAt: isoInstant('2026-11-27T09:00:00Z'),
    revision: 7
  };
}

export interface Harness {
  service: RunningCaseService;
  store: MemoryStore;
  issuer: LocalTokenIssuer;
  connector: { url: string; calls: ConnectorCall[] };
  config: ServiceConfig;
  clock: { now: IsoInstant };
  close(): Promise<void>;
}

/**
 * The case service on loopback with a loopback Bot Connector and a loopback Entra
 * (JWKS served by the test): everything real except the far ends of the protocols.
 */
export async function startHarness(overrides: Partial<ServiceConfig> = {}): Promise<Harness> {
  const connector = await startLoopbackConnector();
  const jwksApp = express();
  const jwksServer = await new Promise<import('node:http').Server>((resolve) => {
    const s = jwksApp.listen(0, '127.0.0.1', () => resolve(s));
  });
  const jwksUrl = `http://127.0.0.1:${(jwksServer.address() as import('node:net').AddressInfo).port}/keys`;
  const issuer = await createLocalTokenIssuer(jwksUrl);
  jwksApp.get('/keys', (_req, res) => {
    res.json(issuer.jwks);
  });

  const store = new MemoryStore();
  store.roles = { customerRelationsOfficer: [USERS.cara], executiveDirector: [USERS.ed], headOfService: [USERS.hana], staff: [USERS.sam] };
  store.personItems.set('p-1', person({ names: { given: 'Siân', family: "O'Brien [x](https://evil.example)" } }));
  store.incidentItems.set('inc-1', {
    id: 'inc-1',
    personId: 'p-1',
    reporterId: USERS.sam,
    occurredAt: isoInstant('2026-05-01T10:00:00Z'),
    channel: 'phone',
    service: 'Housing',
    narrative: 'Called 14 times in one day.',
    categories: ['unreasonableLevelsOfContact', 'aggressiveAbusiveThreatening'],
    immediateAction: 'endedCall',
    witnesses: [],
    attachments: [],
    healthAndSafetyFlag: false,
    status: 'Acknowledged'
  } as never);
  store.put(proposedCase());

  const clock = { now: isoInstant('2026-11-28T10:00:00Z') };
  const config = configFromEnv(
    {},
    {
      serviceUrl: connector.url,
      verifyBotFrameworkTokens: false,
      entra: issuer.settings,
      sweepKey: 'test-sweep-key',
      botAppId: 'test-bot-app-id',
      tenantId: 'local-tenant',
      directory: [
        { id: USERS.cara, displayName: 'Cara Okafor' },
        { id: USERS.ed, displayName: 'Ed Dunmore' },
        { id: USERS.hana, displayName: 'Hana Head' },
        { id: USERS.sam, displayName: 'Sam Staff' }
      ],
      ...overrides
    }
  );
  const logged: unknown[] = [];
  const service = await startService(
    { config, store, botToken: () => loopbackBotToken(config.botAppId), verifyBearer: entraBearerVerifier(config.entra), now: () => clock.now, log: (m, e) => { logged.push([m, e]); if (process.env.CCM_TEST_LOG) console.error(m, e); } },
    0
  );
  return {
    service,
    store,
    issuer,
    connector,
    config,
    clock,
    close: async () => {
      await service.close();
      await connector.close();
      await new Promise<void>((resolve) => { jwksServer.closeAllConnections(); jwksServer.close(() => resolve()); });
    }
  };
}

/** Parsed JSON from the service; tests read into it freely and assert on the shapes. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test-only convenience for reading nested JSON.
type JsonBody = any;

let activityCounter = 0;

/** A Bot Framework `invoke` activity as Teams posts it for Action.Execute. */
export function cardInvoke(harness: Harness, userId: string, verb: string, data: Record<string, unknown>): Record<string, unknown> {
  activityCounter++;
  return {
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: `invoke-${activityCounter}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: harness.connector.url,
    from: { id: `29:${userId}`, aadObjectId: userId, name: 'Someone' },
    recipient: { id: `28:${harness.config.botAppId}`, name: 'Customer Case Management' },
    conversation: { id: `a:1on1-${userId}`, conversationType: 'personal', tenantId: 'local-tenant' },
    channelData: { tenant: { id: 'local-tenant' } },
    value: { action: { type: 'Action.Execute', verb, data } }
  };
}

export async function postActivity(harness: Harness, activity: Record<string, unknown>, headers: Record<string, string> = {}): Promise<{ status: number; body: JsonBody }> {
  const response = await fetch(harness.service.messagesUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(activity) });
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
}

export async function api(harness: Harness, method: 'GET' | 'POST', path: string, userId: string | undefined, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: JsonBody }> {
  const auth: Record<string, string> = userId ? { authorization: `Bearer ${await harness.issuer.issue(userId)}` } : {};
  const response = await fetch(`${harness.service.url}${path}`, { method, headers: { 'content-type': 'application/json', ...auth, ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
}
