import express from 'express';
import type { ApprovalRequest, CaseStore, ChainVerification, FoiAssessmentRepository } from '../../../src/data/ports';
import type { ApprovalDecision, AuditEvent, Case, IsoInstant, Person, RoleAssignments, Sanction } from '../../../src/domain';
import { isoDate, isoInstant } from '../../../src/domain/model/dates';
import { completeChecklist, panel, person, proposal } from '../../../src/domain/workflow/testing/fixtures';
import { configFromEnv, type ServiceConfig } from '../../../src/service/config';
import { startService, type RunningCaseService } from '../../../src/service/createCaseService';
import { entraBearerVerifier } from '../../../src/service/identity/entraBearer';
import { createLocalTokenIssuer, type LocalTokenIssuer } from '../../../src/service/identity/localTokenIssuer';
import type { ServiceStore } from '../../../src/service/ports';
import { sharePointServiceStore } from '../../../src/service/storage/sharePointServiceStore';
import { loopbackBotToken } from '../../../src/service/teams/loopbackBotToken';
import { demoRoleAssignments, oid } from '../../../local/seed/personas';
import { startHarness as startEmulatorHarness, type Harness as EmulatorHarness } from '../../data/emulatorHarness';
import { startLoopbackConnector, type ConnectorCall } from './loopbackConnector';

/** Entra object ids of the people in the scenario: the demo personas' fixed ids. */
export const USERS = {
  cara: oid('cara.cro'), // Customer Relations Officer: case officer and proposer
  ed: oid('ed.director'), // Executive Director: approver
  hana: oid('hugh.head'), // head of service (Housing): approver
  sam: oid('sam.staff') // front-line staff
} as const;

/** Names the service's directory gives them (CCM_DIRECTORY). */
export const NAMES: Readonly<Record<keyof typeof USERS, string>> = {
  cara: 'Cara Rhodes',
  ed: 'Edwina Director',
  hana: 'Hugh Davies',
  sam: 'Sam Staff'
};

export const SANCTION_ID = 'sanction-case-42-v1';
export const CASE_ID = 'CCM-2026-0042';
export const PERSON_ID = 'p-1';
/** Revision of the seeded case: one more after each saved transition. */
export const SEEDED_REVISION = 7;

export function proposedCase(): Case {
  const sanction: Sanction = {
    ...proposal('2026-12-01', { subjectPersonId: PERSON_ID }),
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
    personId: PERSON_ID,
    incidentIds: ['inc-1'],
    leadService: 'Housing',
    createdBy: USERS.sam,
    caseOfficerId: USERS.cara,
    conflictDeclarations: [],
    status: 'SanctionProposed',
    checklist: completeChecklist(),
    invocationDecision: panel('Customer', {
      id: 'invocation-42',
      attendees: [
        { userId: USERS.hana, name: NAMES.hana, role: 'headOfService' },
        { userId: USERS.ed, name: NAMES.ed, role: 'executiveDirector' },
        { userId: USERS.cara, name: NAMES.cara, role: 'customerRelationsOfficer' }
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
    revision: SEEDED_REVISION
  };
}

/**
 * SharePoint state read back through the repositories as people other than the service:
 * the auditor for Decisions and the AuditLog, and the alternate officer (case team) for the
 * case aggregate and ApprovalRequests. (Auditors cannot read the Tasks list, which the case
 * aggregate includes, so they cannot load a whole case.)
 */
export interface SharePointState {
  auditor: CaseStore;
  caseTeam: CaseStore;
  caseOf(id?: string): Promise<Case>;
  decisions(sanctionId?: string): Promise<ApprovalDecision[]>;
  /** Audit events about the case, the sanction and every decision on it. */
  auditTrail(caseId?: string, sanctionId?: string): Promise<AuditEvent[]>;
  auditFor(type: AuditEvent['entity']['type'], id: string): Promise<AuditEvent[]>;
  verifyChain(): Promise<ChainVerification>;
  request(approverId: string, sanctionId?: string): Promise<ApprovalRequest | undefined>;
}

export interface Harness {
  sp: EmulatorHarness;
  state: SharePointState;
  service: RunningCaseService;
  issuer: LocalTokenIssuer;
  connector: { url: string; calls: ConnectorCall[] };
  config: ServiceConfig;
  clock: { now: IsoInstant };
  logged: unknown[];
  /** Puts a case into SharePoint through the repositories (approvals as the service). */
  putCase(kase: Case): Promise<void>;
  /** Replaces the Settings list's roleAssignments (as the service account). */
  setRoles(roles: RoleAssignments): Promise<void>;
  foi: FoiAssessmentRepository;
  close(): Promise<void>;
}

function sharePointState(sp: EmulatorHarness): SharePointState {
  const auditor = sp.storeAs('aud.auditor');
  const caseTeam = sp.storeAs('alex.alternate');
  const auditFor = async (type: AuditEvent['entity']['type'], id: string): Promise<AuditEvent[]> =>
    (await auditor.auditLog.listForEntity(type, id)).map((s) => s.value.event);
  const decisions = async (sanctionId: string = SANCTION_ID): Promise<ApprovalDecision[]> =>
    (await auditor.decisions.listBySanction(sanctionId)).map((s) => s.value);
  return {
    auditor,
    caseTeam,
    caseOf: async (id = CASE_ID) => (await caseTeam.cases.get(id)).value,
    decisions,
    auditFor,
    auditTrail: async (caseId = CASE_ID, sanctionId = SANCTION_ID) => {
      const byDecision = await Promise.all((await decisions(sanctionId)).map((d) => auditFor('ApprovalDecision', d.id)));
      const all = [...(await auditFor('Case', caseId)), ...(await auditFor('Sanction', sanctionId)), ...byDecision.flat()];
      return all;
    },
    verifyChain: () => auditor.auditLog.verifyChain(),
    request: async (approverId, sanctionId = SANCTION_ID) =>
      (await caseTeam.approvalRequests.find(`approval:${sanctionId}:${approverId}`))?.value
  };
}

/**
 * The case service on loopback, storing in the SharePoint emulator through the data
 * layer's repositories as the service account (svc.ccm), with a loopback Bot Connector
 * and a loopback Entra (JWKS served by the test): everything real except the far ends of
 * the protocols. The case, its subject, incident and role assignments are seeded through
 * the repositories as the people who would write them.
 */
export async function startHarness(
  overrides: Partial<ServiceConfig> = {},
  options: {
    seedCase?: boolean;
    /** Wraps the service's store (the crash tests stop the service between two writes). */
    wrapStore?: (store: ServiceStore) => ServiceStore;
    /** Extra facts about the case's subject (e.g. communication needs, BR-31 widened). */
    subject?: Partial<Person>;
  } = {}
): Promise<Harness> {
  const sp = await startEmulatorHarness();
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

  const asService = sp.storeAs('svc.ccm');
  const asOfficer = sp.storeAs('cara.cro');
  const setRoles = (roles: RoleAssignments): Promise<void> => asService.settings.set('roleAssignments', roles);
  await setRoles(demoRoleAssignments());
  await asOfficer.persons.create(
    person({ id: PERSON_ID, names: { given: 'Siân', family: "O'Brien [x](https://evil.example)" }, ...options.subject })
  );
  await sp.storeAs('sam.staff').incidents.create({
    id: 'inc-1',
    personId: PERSON_ID,
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
    status: 'Submitted',
    submittedAt: isoInstant('2026-05-01T10:30:00Z')
  });
  const putCase = async (kase: Case): Promise<void> => {
    await asOfficer.cases.create(kase);
    for (const sanction of kase.sanctions) {
      for (const approval of sanction.approvals) {
        await asService.decisions.record(approval, { sanctionId: sanction.id, caseId: kase.id }, { requestKey: approval.id });
      }
    }
  };
  if (options.seedCase !== false) {
    await putCase(proposedCase());
  }

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
      directory: (Object.keys(USERS) as (keyof typeof USERS)[]).map((key) => ({ id: USERS[key], displayName: NAMES[key] })),
      ...overrides
    }
  );
  const logged: unknown[] = [];
  // Through the emulator harness's store, so that what the service writes is noted for the
  // "nothing else changed" check (test/data/support/nothingElseChanged.ts).
  const sharePointStore = sharePointServiceStore(sp.storeAs('svc.ccm'));
  const store = options.wrapStore ? options.wrapStore(sharePointStore) : sharePointStore;
  const service = await startService(
    {
      config,
      store,
      botToken: () => loopbackBotToken(config.botAppId),
      verifyBearer: entraBearerVerifier(config.entra),
      now: () => clock.now,
      log: (m, e) => {
        logged.push([m, e]);
        if (process.env.CCM_TEST_LOG) console.error(m, e);
      }
    },
    0
  );
  return {
    sp,
    state: sharePointState(sp),
    service,
    issuer,
    connector,
    config,
    clock,
    logged,
    putCase,
    setRoles,
    foi: asService.foiAssessments,
    close: async () => {
      await service.close();
      await connector.close();
      await new Promise<void>((resolve) => {
        jwksServer.closeAllConnections();
        jwksServer.close(() => resolve());
      });
      await sp.close();
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

export async function postActivity(
  harness: Harness,
  activity: Record<string, unknown>,
  headers: Record<string, string> = {}
): Promise<{ status: number; body: JsonBody }> {
  const response = await fetch(harness.service.messagesUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(activity)
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
}

export async function api(
  harness: Harness,
  method: 'GET' | 'POST',
  path: string,
  userId: string | undefined,
  body?: unknown,
  headers: Record<string, string> = {}
): Promise<{ status: number; body: JsonBody }> {
  const auth: Record<string, string> = userId ? { authorization: `Bearer ${await harness.issuer.issue(userId)}` } : {};
  const response = await fetch(`${harness.service.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...auth, ...headers },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
}
