import type { Case } from '../model/case';
import type { IncidentId, ServiceName, UserId } from '../model/ids';
import type { IncidentReport } from '../model/incident';

/*
 * Line manager triage (spec 1.4 step 1): staff refer behaviour to their line manager, who
 * decides how to address it. Nothing in the data records who manages whom, but every incident
 * names the service it happened in, and Settings already says who holds which role; so Settings
 * also says which services each line manager triages (key `lineManagerServices`):
 *
 *   { "<line manager's Entra object id>": ["Housing", "Revenues and benefits"], ... }
 *
 * A line manager sees the referrals of their own services, and the referrals of any service
 * no line manager holds: a referral always reaches someone, and with nothing configured every
 * line manager sees every referral (a council with one triage team needs no setting).
 */

/** The Settings key holding each line manager's services. */
export const LINE_MANAGER_SERVICES_SETTING = 'lineManagerServices';

/** Services by line manager (user id), as kept in Settings. */
export type LineManagerServices = Readonly<Record<UserId, readonly ServiceName[]>>;

/** Which referrals one line manager triages. */
export interface TriageScope {
  /** The services this line manager holds. */
  readonly own: readonly ServiceName[];
  /** Every service some line manager holds; a referral in any other service goes to every line manager. */
  readonly held: readonly ServiceName[];
}

/** SharePoint compares text without regard to case; so does this. */
function sameService(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function servicesIn(value: unknown): ServiceName[] {
  return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string' && s.trim() !== '').map((s) => s.trim()) : [];
}

function distinct(services: readonly ServiceName[]): ServiceName[] {
  const kept: ServiceName[] = [];
  for (const service of services) if (!kept.some((k) => sameService(k, service))) kept.push(service);
  return kept;
}

/**
 * The line manager's triage scope from the setting (read as stored: anything that is not a
 * list of service names is ignored, so a mistyped entry cannot hide every referral).
 */
export function triageScopeFor(userId: UserId, setting: unknown): TriageScope {
  const byManager = typeof setting === 'object' && setting !== null && !Array.isArray(setting) ? (setting as Record<string, unknown>) : {};
  const held = distinct(Object.keys(byManager).reduce<ServiceName[]>((all, id) => all.concat(servicesIn(byManager[id])), []));
  return { own: distinct(servicesIn(byManager[userId])), held };
}

/** True when a referral in this service is the line manager's to triage. */
export function isInTriageScope(service: ServiceName | undefined, scope: TriageScope): boolean {
  const named = service ?? '';
  return scope.own.some((s) => sameService(s, named)) || !scope.held.some((s) => sameService(s, named));
}

/** The incidents some case already holds. */
export function incidentsInCases(cases: readonly Pick<Case, 'incidentIds'>[]): Set<IncidentId> {
  const linked = new Set<IncidentId>();
  for (const kase of cases) for (const id of kase.incidentIds) linked.add(id);
  return linked;
}

/**
 * Waiting for the line manager's decision: submitted, in their services, and in no case yet
 * (an incident a case holds has been decided, whatever its status says).
 */
export function isWaitingForTriage(
  incident: Pick<IncidentReport, 'id' | 'status' | 'service'>,
  scope: TriageScope,
  linked: ReadonlySet<IncidentId> = new Set()
): boolean {
  return incident.status === 'Submitted' && !linked.has(incident.id) && isInTriageScope(incident.service, scope);
}

/**
 * One case per referred incident: its id (and client request key) comes from the incident's,
 * so a decision saved again after a failure finds the case it opened rather than adding one.
 */
export function caseIdForIncident(incidentId: IncidentId): string {
  return `case-from-${incidentId}`;
}
