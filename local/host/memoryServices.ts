import type { AppServices } from '../../src/ui/services/AppServices';
import {
  CaseServiceError,
  type ApprovalDecisionInput,
  type ApprovalDecisionResult,
  type ApprovalSummary,
  type CaseServiceClient
} from '../../src/ui/services/caseServiceClient';
import { fixedClock } from '../../src/ui/services/clock';
import { publishedGuidanceSource } from '../../src/ui/services/guidanceAtStart';
import { createPeopleDirectory } from '../../src/ui/services/people';
import { withUserRoles } from '../../src/ui/services/roles';
import {
  dateOfInstant,
  describeScope,
  closuresFromSettings,
  SETTING_KEYS,
  summariseRestrictions,
  timeFramesFromSettings,
  type Role
} from '../../src/domain';
import { memberRestrictions } from '../../src/service/members/memberRestrictions';
import { createMemoryStore, type MemoryStore } from '../../src/data/memory/memoryStore';
import { NOW, TODAY, USERS, type DemoUser } from '../seed/demoRecords';

/** Records the calls the tab makes to the case service. */
export interface FakeCaseService extends CaseServiceClient {
  requested: { sanctionId: string; caseId: string }[];
  decisions: { approvalId: string; decision: ApprovalDecisionInput }[];
  failNext?: Error;
}

const DECIDED_STATUS: Readonly<Record<ApprovalDecisionInput['outcome'], ApprovalDecisionResult['status']>> = {
  Approve: 'Approved',
  Reject: 'Rejected',
  AskForChanges: 'ChangesRequested'
};

/** The approval id the fake gives a sanction's request (the real service uses its list item). */
export function approvalIdFor(sanctionId: string): string {
  return `approval-${sanctionId}`;
}

/**
 * The case service as the tab sees it (the CaseServiceClient port). With a store, it answers
 * "my approvals" the way the real service does: every proposed sanction in the store waiting
 * for a decision, unless the user proposed it (an approver never decides their own proposal),
 * with the person's name and a one-line summary. A decision is kept, so the approval is no
 * longer pending, and a second decision is refused with 409 and who decided first, as the
 * service answers a double click. The Members' restriction banners follow the service's own
 * rule (src/service/members/memberRestrictions.ts) over the store.
 */
export function fakeCaseService(options: { store?: MemoryStore; user?: Pick<DemoUser, 'id' | 'displayName'> } = {}): FakeCaseService {
  const decidedBy = new Map<string, { status: ApprovalDecisionResult['status']; by: string }>();
  const fake: FakeCaseService = {
    requested: [],
    decisions: [],
    async requestApproval(sanctionId, caseId) {
      if (fake.failNext) throw fake.failNext;
      fake.requested.push({ sanctionId, caseId });
      return { approvalId: `approval-${fake.requested.length}`, status: 'Pending' };
    },
    async listMyApprovals() {
      const { store, user } = options;
      if (!store) return [];
      const summaries: ApprovalSummary[] = [];
      for (const { value: kase } of store.tables.cases.all()) {
        const person = store.tables.persons.all().find((row) => row.value.id === kase.personId)?.value;
        for (const sanction of kase.sanctions) {
          if (sanction.status !== 'Proposed' || sanction.proposedBy === user?.id) continue;
          const approvalId = approvalIdFor(sanction.id);
          summaries.push({
            approvalId,
            caseId: kase.id,
            personId: kase.personId,
            sanctionId: sanction.id,
            personName: person ? `${person.names.given} ${person.names.family}` : kase.personId,
            summary: `${summariseRestrictions(sanction.restrictions)
              .map((restriction) => restriction.label)
              .join(', ')} (${describeScope(sanction.scope)})`,
            proposedBy: sanction.proposedBy,
            requestedAt: sanction.proposedAt,
            status: decidedBy.get(approvalId)?.status ?? 'Pending'
          });
        }
      }
      return summaries;
    },
    async decide(approvalId, decision) {
      const earlier = decidedBy.get(approvalId);
      if (earlier) throw new CaseServiceError(`Already decided by ${earlier.by}. Nothing has changed.`, 409);
      fake.decisions.push({ approvalId, decision });
      const status = DECIDED_STATUS[decision.outcome];
      decidedBy.set(approvalId, { status, by: options.user?.displayName ?? 'another approver' });
      return { approvalId, status };
    },
    // BR-24: the in-memory demo store keeps no files and disposes of nothing: nothing is due here.
    async retentionDue() {
      return [];
    },
    async decideRetention() {
      throw new CaseServiceError('Disposal is not available from this case service.', 503);
    },
    async memberRestrictions() {
      const { store, user } = options;
      if (!store || !user) return [];
      // The service's own rule over the in-memory store: banners of cases that name the user's referral.
      return memberRestrictions(
        {
          memberReferrals: {
            listByCouncillor: async (councillorId) =>
              (await store.memberReferrals.listByCouncillor(councillorId)).map(({ value }) => ({
                id: value.id,
                personName: value.personName,
                caseId: value.caseId
              }))
          },
          cases: { get: (id) => store.cases.find(id) },
          alerts: store.restrictionAlerts
        },
        user.id,
        dateOfInstant(NOW)
      );
    }
  };
  return fake;
}

export interface MemoryServices extends AppServices {
  store: MemoryStore;
  caseService: FakeCaseService;
}

/** Services for one persona over an in-memory store. */
export function memoryServices(user: DemoUser = USERS.staff, options: { store?: MemoryStore; roles?: Role[] } = {}): MemoryServices {
  const store = options.store ?? createMemoryStore();
  const roles = options.roles ?? user.roles;
  const clock = fixedClock(NOW);
  let key = 0;
  return {
    store,
    caseService: fakeCaseService({ store, user }),
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
    // As a host reads them at start-up: the version saved in the store for today, or the defaults.
    timeFrames: timeFramesFromSettings(store.settingValues.get(SETTING_KEYS.timeFrames), TODAY),
    corporateClosures: closuresFromSettings(store.settingValues.get(SETTING_KEYS.corporateClosures)),
    clock,
    // As a host reads it at start-up: every staff version published in the store over the defaults.
    guidance: publishedGuidanceSource(
      () => TODAY,
      store.guidanceSections.filter((section) => section.audience === 'staff')
    ),
    people: createPeopleDirectory(Object.values(USERS).map((u) => ({ id: u.id, displayName: u.displayName }))),
    newRequestKey: () => `key-${++key}`
  };
}
