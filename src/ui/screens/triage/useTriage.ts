import {
  caseIdForIncident,
  displayName,
  incidentsInCases,
  isWaitingForTriage,
  LINE_MANAGER_SERVICES_SETTING,
  newDraftCase,
  triageScopeFor,
  applyCaseActions,
  type ActionsRun,
  type Case,
  type AuditEvent,
  type CaseAction,
  type IncidentReport,
  type IsoInstant,
  type Person,
  type TransitionError,
  type TriageScope,
  type UserId,
  type WorkflowContext
} from '../../../domain';
import type { AuditAppender, CaseSummary, Stored } from '../../../data/ports';
import { firstPage, type CaseStore } from '../../services/appStore';
import { readTogether } from '../../services/readTogether';
import { useAppServices } from '../../services/AppServices';
import { useDeadlineContext } from '../../services/timeFrames';
import { useAsync } from '../../components/useAsync';
import { useIncidentAttachments, type IncidentAttachments } from '../shared/useIncidentAttachments';
import { AUDIT_NOT_WRITTEN } from '../shared/saveWarnings';

export interface TriageItem {
  incident: Stored<IncidentReport>;
  person: Person | undefined;
  /** The customer's cases still open (a new report about them is still a referral to decide). */
  openCases: readonly CaseSummary[];
}

export type TriageDecision = 'informal' | 'escalate';

/** A decision as saved: the case it opened (or had opened already) and where that case is now. */
export interface TriageDecisionSaved {
  decision: TriageDecision;
  /** The customer's name ("the customer" when their record could not be read). */
  name: string;
  caseId: string;
  reference?: string;
  status: Case['status'];
  caseOfficerId?: UserId;
  /** Set when the case was opened but its audit entries could not be written (said as a warning). */
  auditWarning?: string;
}

/** Referrals shown at most; the rest follow as these are decided. */
const TRIAGE_CAP = 50;

/**
 * The line manager's scope (domain triage.ts) from Settings: their services, and any service no
 * line manager holds. Nothing configured: every service.
 */
async function readTriageScope(store: CaseStore, userId: UserId): Promise<TriageScope> {
  return triageScopeFor(userId, await store.settings.get<unknown>(LINE_MANAGER_SERVICES_SETTING));
}

/**
 * The first submitted incidents in the scope: an indexed scan in ID windows (thousands of
 * incidents can share the status Submitted, beyond the list view threshold), so it never
 * meets the threshold however large the list grows.
 */
function readSubmittedInScope(store: CaseStore, scope: TriageScope): Promise<Stored<IncidentReport>[]> {
  return firstPage(store.incidents.listSubmittedInScope(scope, { pageSize: TRIAGE_CAP }), TRIAGE_CAP);
}

/**
 * An incident a case holds but whose status still says Submitted: a decision whose last
 * write (the status) did not land. Finish it, so it leaves the Submitted scan for good and
 * its reporter sees it was dealt with. Best effort: the list already leaves it out.
 */
function finishHalfSavedDecisions(store: CaseStore, now: IsoInstant, userId: UserId, rows: readonly Stored<IncidentReport>[]): void {
  for (const row of rows) {
    store.incidents
      .update(row, { ...row.value, status: 'Acknowledged', acknowledgedAt: now, acknowledgedBy: userId })
      .catch(() => undefined);
  }
}

/**
 * The case a decision opens, through the domain engine so the same guards apply as in the
 * service: a Draft case for the incident, submitted, then handled informally or escalated.
 */
/**
 * The opened case's audit events, after the case (never audited as done before SharePoint took
 * it); in one go where the store can (the SharePoint log reads its tail once, already read beside
 * the look for the case), else one by one. The first failure is thrown, as a single append's was.
 */
async function appendOpeningEvents(store: CaseStore, started: AuditAppender | undefined, events: readonly AuditEvent[]): Promise<void> {
  const appender = started ?? (store.auditLog.appendAll ? { appendAll: store.auditLog.appendAll.bind(store.auditLog) } : undefined);
  if (!appender) {
    for (const event of events) await store.auditLog.append(event);
    return;
  }
  const outcome = await appender.appendAll(events);
  if (outcome.written < events.length) throw outcome.error ?? new Error('The audit log stopped before every event was written.');
}

/**
 * Once the case is open, side by side (neither reads what the other writes): its audit events and
 * the incident leaving the queue. As for any case save (saveCaseChange), an audit log that cannot
 * be written then is a warning, never "not saved": the case stays open, and a second try would
 * find it and write nothing more.
 */
async function afterOpening(audited: Promise<void>, acknowledged: Promise<TriageDecisionSaved>): Promise<TriageDecisionSaved> {
  const [auditFailure, saved] = await Promise.all([
    audited.then(
      () => undefined,
      (error: unknown) => error ?? new Error('The audit log did not take the events.')
    ),
    acknowledged
  ]);
  return auditFailure === undefined ? saved : { ...saved, auditWarning: AUDIT_NOT_WRITTEN };
}

function openedCase(item: TriageItem, decision: TriageDecision, reasons: string, caseId: string, context: WorkflowContext): ActionsRun {
  const draft: Case = newDraftCase({
    id: caseId,
    route: 'Customer',
    personId: item.incident.value.personId,
    incidentIds: [item.incident.value.id],
    leadService: item.incident.value.service,
    createdBy: context.actorId,
    lineManagerId: context.actorId,
    createdAt: context.now
  });
  const actions: CaseAction[] = [
    { type: 'submit' },
    decision === 'escalate' ? { type: 'escalate', reasons } : { type: 'takeInformalAction', reasons }
  ];
  return applyCaseActions(draft, actions, context);
}

/**
 * Line manager triage (spec 1.4 step 1). A decision opens the case: a Draft case the
 * manager submits and then either handles informally or escalates to the panel, all
 * through the domain engine so the same guards apply as in the service.
 */
export function useTriage(): {
  items: ReturnType<typeof useAsync<TriageItem[]>>;
  /** The files attached to each referred report, read together once the referrals are known. */
  attachmentsOf(incident: IncidentReport): IncidentAttachments;
  decide(item: TriageItem, decision: TriageDecision, reasons: string): Promise<{ saved?: TriageDecisionSaved; refusal?: TransitionError }>;
} {
  const { store, currentUser, clock, roleAssignments } = useAppServices();
  const deadlines = useDeadlineContext();
  const items = useAsync(async () => {
    const scope = await readTriageScope(store, currentUser.id);
    const incidents = await readSubmittedInScope(store, scope);
    // The customers and their cases, each customer once, in one $batch round trip: an incident
    // a case already holds has been decided, whatever its status says.
    const personIds = Array.from(new Set(incidents.map((row) => row.value.personId)));
    const [people, cases] = await readTogether(store, (batched) =>
      Promise.all([
        Promise.all(personIds.map((id) => batched.persons.find(id).catch(() => undefined))),
        Promise.all(personIds.map((id) => batched.cases.listByPerson(id)))
      ])
    );
    const linked = incidentsInCases(cases.flatMap((rows) => rows.map((row) => row.value)));
    finishHalfSavedDecisions(
      store,
      clock.now(),
      currentUser.id,
      incidents.filter((row) => linked.has(row.value.id))
    );
    const personOf = new Map(personIds.map((id, index) => [id, people[index]?.value] as const));
    const openCasesOf = new Map(
      personIds.map((id, index) => [id, cases[index].map((row) => row.value).filter((kase) => kase.status !== 'Closed')] as const)
    );
    return incidents
      .filter((row) => isWaitingForTriage(row.value, scope, linked))
      .map((incident) => ({
        incident,
        person: personOf.get(incident.value.personId),
        openCases: openCasesOf.get(incident.value.personId) ?? []
      }));
  }, [store, currentUser.id]);

  const attachmentsOf = useIncidentAttachments(items.status === 'ready' ? items.value.map((item) => item.incident) : undefined);

  /**
   * The decision's last write: the incident leaves the queue. If it fails, the case holds the
   * incident, so triage leaves it out anyway and finishes this write on its next load.
   */
  const acknowledge = async (item: TriageItem, kase: Case): Promise<TriageDecisionSaved> => {
    await store.incidents.update(item.incident, {
      ...item.incident.value,
      status: 'Acknowledged',
      acknowledgedAt: clock.now(),
      acknowledgedBy: currentUser.id
    });
    items.reload();
    return {
      // As the case records it (an earlier attempt may have opened it with the other decision).
      decision: kase.status === 'InformalAction' ? 'informal' : 'escalate',
      name: item.person ? displayName(item.person) : 'the customer',
      caseId: kase.id,
      reference: kase.reference,
      status: kase.status,
      caseOfficerId: kase.caseOfficerId
    };
  };

  const decide = async (
    item: TriageItem,
    decision: TriageDecision,
    reasons: string
  ): Promise<{ saved?: TriageDecisionSaved; refusal?: TransitionError }> => {
    // One case per referred incident (its id from the incident's): saving the decision again
    // after a failure finds the case it opened instead of opening a second one.
    const caseId = caseIdForIncident(item.incident.value.id);
    // The audit log's tail is read beside the look for the case (a read writes nothing).
    const audit = store.auditLog.startAppend?.();
    const existing = await store.cases.find(caseId);
    if (existing) return { saved: await acknowledge(item, existing.value) };
    let n = 0;
    const opened = openedCase(item, decision, reasons, caseId, {
      now: clock.now(),
      actorId: currentUser.id,
      roles: roleAssignments,
      deadlines,
      person: item.person ?? ({ id: item.incident.value.personId } as Person),
      newId: (prefix) => `${prefix}-${caseId}-${++n}`
    });
    if (!opened.ok) return { refusal: opened.refusal };
    const created = await store.cases.create(opened.next, { requestKey: caseId });
    return { saved: await afterOpening(appendOpeningEvents(store, audit, opened.auditEvents), acknowledge(item, created.value)) };
  };

  return { items, attachmentsOf, decide };
}
