import { applyCaseAction, type Case, type CaseAction, type IncidentReport, type Person, type TransitionError } from '../../../domain';
import type { Stored } from '../../../data/ports';
import { firstPage } from '../../services/appStore';
import { findPeople } from '../../services/findPeople';
import { useAppServices } from '../../services/AppServices';
import { useAsync } from '../../components/useAsync';

export interface TriageItem {
  incident: Stored<IncidentReport>;
  person: Person | undefined;
}

export type TriageDecision = 'informal' | 'escalate';

/**
 * Line manager triage (spec 1.4 step 1). A decision opens the case: a Draft case the
 * manager submits and then either handles informally or escalates to the panel, all
 * through the domain engine so the same guards apply as in the service.
 */
export function useTriage(): {
  items: ReturnType<typeof useAsync<TriageItem[]>>;
  decide(item: TriageItem, decision: TriageDecision, reasons: string): Promise<{ caseId?: string; refusal?: TransitionError }>;
} {
  const { store, currentUser, clock, roleAssignments, newRequestKey } = useAppServices();
  const items = useAsync(async () => {
    const incidents = await firstPage(store.incidents.listByStatus('Submitted', { pageSize: 50 }), 50);
    // The customers, each once, in one $batch round trip (not one request per incident).
    const people = await findPeople(
      store,
      incidents.map((row) => row.value.personId)
    );
    return incidents.map((incident) => ({ incident, person: people.get(incident.value.personId)?.value }));
  }, [store]);

  const decide = async (
    item: TriageItem,
    decision: TriageDecision,
    reasons: string
  ): Promise<{ caseId?: string; refusal?: TransitionError }> => {
    const key = newRequestKey();
    const now = clock.now();
    const person = item.person ?? ({ id: item.incident.value.personId } as Person);
    const draft: Case = {
      id: `case-${key}`,
      route: 'Customer',
      personId: item.incident.value.personId,
      incidentIds: [item.incident.value.id],
      leadService: item.incident.value.service,
      createdBy: currentUser.id,
      lineManagerId: currentUser.id,
      conflictDeclarations: [],
      status: 'Draft',
      sanctions: [],
      reviews: [],
      appeals: [],
      letters: [],
      contactLog: [],
      tasks: [],
      noReplyInstructions: [],
      createdAt: now,
      updatedAt: now,
      revision: 0
    };
    const actions: CaseAction[] = [
      { type: 'submit' },
      decision === 'escalate' ? { type: 'escalate', reasons } : { type: 'takeInformalAction', reasons }
    ];
    let current = draft;
    const events = [];
    let n = 0;
    for (const action of actions) {
      const outcome = applyCaseAction(current, action, {
        now,
        actorId: currentUser.id,
        roles: roleAssignments,
        person,
        newId: (prefix) => `${prefix}-${key}-${++n}`
      });
      if (!outcome.ok) return { refusal: outcome.error };
      current = outcome.value.case;
      events.push(...outcome.value.auditEvents);
    }
    const created = await store.cases.create(current, { requestKey: current.id });
    for (const event of events) await store.auditLog.append(event);
    await store.incidents.update(item.incident, {
      ...item.incident.value,
      status: 'Acknowledged',
      acknowledgedAt: now,
      acknowledgedBy: currentUser.id
    });
    items.reload();
    return { caseId: created.value.id };
  };

  return { items, decide };
}
