import type { CaseRoute, Role, RoleAssignments } from '../domain';

/**
 * Service configuration from environment variables, with defaults that suit local mode.
 * (`config/` at the repo root belongs to SPFx; the service reads only the environment.)
 * Role holders normally come from the SharePoint Settings list; CCM_ROLE_ASSIGNMENTS is
 * an override for hosts that manage them elsewhere.
 */

export interface DirectoryEntry {
  /** Entra object id: the id the service uses for people (activity.from.aadObjectId, token oid). */
  id: string;
  displayName: string;
  /** SharePoint claims login, e.g. i:0#.f|membership|lena.manager@ccm.local. */
  login?: string;
}

export interface EntraTokenSettings {
  issuer: string;
  audience: string;
  jwksUrl: string;
}

export interface ServiceConfig {
  port: number;
  siteUrl: string;
  /** Bot Connector base URL for proactive sends when no conversation gave us one. */
  serviceUrl: string;
  botAppId: string;
  tenantId: string;
  /** Bot Framework token validation on inbound activities. Only tests may switch it off. */
  verifyBotFrameworkTokens: boolean;
  entra: EntraTokenSettings;
  /** Shared key a scheduler sends as `X-CCM-Sweep-Key` to POST /api/sweeps/run. */
  sweepKey: string;
  /** Teams app id and personal tab entity id, for deep links to a case. */
  teamsAppId: string;
  tabEntityId: string;
  directory: readonly DirectoryEntry[];
  roleAssignmentsOverride?: RoleAssignments;
  approverRoles?: Readonly<Record<CaseRoute, readonly Role[]>>;
  /** Working days before an FOI/EIR statutory deadline to remind the handler. */
  foiReminderWorkingDays: number;
  /** Minutes between sweeps in local mode (0 = no timer). */
  sweepIntervalMinutes: number;
}

type Env = Readonly<Record<string, string | undefined>>;

function json<T>(env: Env, name: string): T | undefined {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') {
    return undefined;
  }
  try {
    return JSON.parse(raw) as T;
  } catch {
    throw new Error(`${name} is not valid JSON.`);
  }
}

function number(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isFinite(value)) {
    throw new Error(`${name} must be a number.`);
  }
  return value;
}

export function configFromEnv(env: Env = process.env, overrides: Partial<ServiceConfig> = {}): ServiceConfig {
  const tenantId = env.TENANT_ID ?? 'common';
  const botAppId = env.CLIENT_ID ?? env.BOT_ID ?? '';
  return {
    port: number(env, 'PORT', 3978),
    siteUrl: env.CCM_SITE_URL ?? 'http://127.0.0.1:4322/sites/ccm',
    serviceUrl: env.SERVICE_URL ?? 'https://smba.trafficmanager.net/teams',
    botAppId,
    tenantId,
    // Secure by default: only an explicit "false" turns validation off (tests, Playground).
    verifyBotFrameworkTokens: env.CCM_VERIFY_BOT_TOKENS !== 'false',
    entra: {
      issuer: env.CCM_ENTRA_ISSUER ?? `https://login.microsoftonline.com/${tenantId}/v2.0`,
      audience: env.CCM_ENTRA_AUDIENCE ?? (botAppId === '' ? 'api://ccm-case-service' : `api://${botAppId}`),
      jwksUrl: env.CCM_ENTRA_JWKS_URL ?? `https://login.microsoftonline.com/${tenantId}/discovery/v2.0/keys`
    },
    sweepKey: env.CCM_SWEEP_KEY ?? '',
    teamsAppId: env.CCM_TEAMS_APP_ID ?? '5b0f3c52-6e3c-4f0e-9a51-2f7c8d1e4a90',
    tabEntityId: env.CCM_TAB_ENTITY_ID ?? 'ccm-personal',
    directory: json<DirectoryEntry[]>(env, 'CCM_DIRECTORY') ?? [],
    roleAssignmentsOverride: json<RoleAssignments>(env, 'CCM_ROLE_ASSIGNMENTS'),
    approverRoles: json<Record<CaseRoute, Role[]>>(env, 'CCM_APPROVER_ROLES'),
    foiReminderWorkingDays: number(env, 'CCM_FOI_REMINDER_WORKING_DAYS', 5),
    sweepIntervalMinutes: number(env, 'CCM_SWEEP_INTERVAL_MINUTES', 0),
    ...overrides
  };
}

/** Deep link that opens the personal tab on a case (the tab reads subEntityId). */
export function caseDeepLink(config: Pick<ServiceConfig, 'teamsAppId' | 'tabEntityId'>, caseId: string): string {
  const context = encodeURIComponent(JSON.stringify({ subEntityId: `case:${caseId}` }));
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(config.teamsAppId)}/${encodeURIComponent(config.tabEntityId)}?context=${context}`;
}
