import type { AppServices } from '../../../src/ui/services/AppServices';
import type { ApprovalDecisionInput, CaseServiceClient } from '../../../src/ui/services/caseServiceClient';
import { fixedClock } from '../../../src/ui/services/clock';
import { sectionGuidanceSource } from '../../../src/ui/services/guidance';
import { createPeopleDirectory } from '../../../src/ui/services/people';
import { withUserRoles } from '../../../src/ui/services/roles';
import type { AttachmentRef, Role } from '../../../src/domain';
import { createMemoryStore, type MemoryStore } from './memoryStore';
import { NOW, TODAY, USERS, type DemoUser } from './fixtures';

/** Records the calls the tab makes to the case service. */
export interface FakeCaseService extends CaseServiceClient {
  requested: { sanctionId: string; caseId: string }[];
  decisions: { approvalId: string; decision: ApprovalDecisionInput }[];
  failNext?: Error;
}

export function fakeCaseService(): FakeCaseService {
  const fake: FakeCaseService = {
    requested: [],
    decisions: [],
    async requestApproval(sanctionId, caseId) {
      if (fake.failNext) throw fake.failNext;
      fake.requested.push({ sanctionId, caseId });
      return { approvalId: `approval-${fake.requested.length}`, status: 'Pending' };
    },
    async listMyApprovals() {
      return [];
    },
    async decide(approvalId, decision) {
      fake.decisions.push({ approvalId, decision });
      return {
        approvalId,
        status: decision.outcome === 'Approve' ? 'Approved' : decision.outcome === 'Reject' ? 'Rejected' : 'ChangesRequested'
      };
    }
  };
  return fake;
}

export interface TestServices extends AppServices {
  store: MemoryStore;
  caseService: FakeCaseService;
  uploads: { incidentId: string; name: string }[];
}

/** Services for one persona over an in-memory store. */
export function testServices(user: DemoUser = USERS.staff, options: { store?: MemoryStore; roles?: Role[] } = {}): TestServices {
  const store = options.store ?? createMemoryStore();
  const roles = options.roles ?? user.roles;
  const clock = fixedClock(NOW);
  const uploads: { incidentId: string; name: string }[] = [];
  let key = 0;
  return {
    store,
    uploads,
    attachments: {
      add: async (incidentId, file): Promise<AttachmentRef> => {
        uploads.push({ incidentId, name: file.name });
        return { name: file.name, url: `/sites/ccm/Lists/Incidents/Attachments/${incidentId}/${file.name}` };
      }
    },
    caseService: fakeCaseService(),
    currentUser: { id: user.id, login: user.login, displayName: user.displayName },
    roles,
    roleAssignments: withUserRoles(
      {
        executiveDirector: [USERS.director.id],
        headOfService: [USERS.manager.id],
        customerRelationsOfficer: [USERS.caseOfficer.id],
        lineManager: [USERS.manager.id]
      },
      user.id,
      roles
    ),
    clock,
    guidance: sectionGuidanceSource(() => TODAY),
    people: createPeopleDirectory(Object.values(USERS).map((u) => ({ id: u.id, displayName: u.displayName }))),
    newRequestKey: () => `key-${++key}`
  };
}
