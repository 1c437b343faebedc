import type { AuditEvent, Case, CaseStatus, IncidentReport, Person, RoleAssignments } from '../../../src/domain';
import type { ApprovalRequestRecord, OpenFoiRequest, ServiceStore, Versioned } from '../../../src/service/ports';

/**
 * A test double of the storage ports with SharePoint's concurrency behaviour: every
 * read yields to the event loop (so racing requests interleave as they do over HTTP) and
 * a save with a stale etag fails with kind 'Conflict', like a 412.
 * Replace with the emulator-backed repositories when src/data lands (see the report).
 */
export class MemoryStore implements ServiceStore {
  public readonly caseItems = new Map<string, { value: Case; version: number }>();
  public readonly personItems = new Map<string, Person>();
  public readonly incidentItems = new Map<string, IncidentReport>();
  public readonly auditLog: AuditEvent[] = [];
  public readonly requestItems = new Map<string, ApprovalRequestRecord>();
  public readonly foiItems: OpenFoiRequest[] = [];
  public roles: RoleAssignments = {};
  public saves = 0;

  private static tick(): Promise<void> {
    return new Promise((resolve) => setImmediate(resolve));
  }

  private static clone<T>(value: T): T {
    return JSON.parse(JSON.stringify(value)) as T;
  }

  public put(kase: Case): void {
    this.caseItems.set(kase.id, { value: MemoryStore.clone(kase), version: 1 });
  }

  public caseOf(id: string): Case {
    const item = this.caseItems.get(id);
    if (!item) throw new Error(`no case ${id}`);
    return item.value;
  }

  private versioned(item: { value: Case; version: number }): Versioned<Case> {
    return { value: MemoryStore.clone(item.value), etag: `"${item.version}"` };
  }

  public readonly cases: ServiceStore['cases'] = {
    get: async (id) => {
      await MemoryStore.tick();
      const item = this.caseItems.get(id);
      return item ? this.versioned(item) : undefined;
    },
    findBySanctionId: async (sanctionId) => {
      await MemoryStore.tick();
      const item = [...this.caseItems.values()].find((c) => c.value.sanctions.some((s) => s.id === sanctionId));
      return item ? this.versioned(item) : undefined;
    },
    listByStatus: async (statuses: readonly CaseStatus[]) => {
      await MemoryStore.tick();
      return [...this.caseItems.values()].filter((c) => statuses.indexOf(c.value.status) >= 0).map((c) => this.versioned(c));
    },
    save: async (current, kase) => {
      const etag = current.etag;
      await MemoryStore.tick();
      const item = this.caseItems.get(kase.id);
      if (!item) throw Object.assign(new Error('not found'), { kind: 'NotFound' });
      if (`"${item.version}"` !== etag) throw Object.assign(new Error('The item was changed by someone else.'), { kind: 'Conflict' });
      this.saves++;
      const next = { value: MemoryStore.clone(kase), version: item.version + 1 };
      this.caseItems.set(kase.id, next);
      return this.versioned(next);
    }
  };

  public readonly persons: ServiceStore['persons'] = { get: async (id) => this.personItems.get(id) };
  public readonly incidents: ServiceStore['incidents'] = { get: async (id) => this.incidentItems.get(id) };

  public readonly audit: ServiceStore['audit'] = {
    append: async (events) => {
      await MemoryStore.tick();
      for (const event of events) if (!this.auditLog.some((e) => e.id === event.id)) this.auditLog.push(MemoryStore.clone(event));
    },
    has: async (id) => this.auditLog.some((e) => e.id === id)
  };

  public readonly approvalRequests: ServiceStore['approvalRequests'] = {
    upsert: async (record) => {
      await MemoryStore.tick();
      const existing = this.requestItems.get(record.id);
      if (existing) return { ...existing };
      this.requestItems.set(record.id, { ...record });
      return { ...record };
    },
    update: async (id, changes) => {
      const existing = this.requestItems.get(id);
      if (!existing) throw Object.assign(new Error('not found'), { kind: 'NotFound' });
      this.requestItems.set(id, { ...existing, ...changes });
    },
    listForSanction: async (sanctionId) => [...this.requestItems.values()].filter((r) => r.sanctionId === sanctionId),
    listPendingForApprover: async (approverId) => [...this.requestItems.values()].filter((r) => r.approverId === approverId && r.status === 'Pending')
  };

  public readonly settings: ServiceStore['settings'] = { roleAssignments: async () => this.roles };
  public readonly foi: ServiceStore['foi'] = { listOpen: async () => [...this.foiItems] };
}
