// An in-memory implementation of the data ports (src/data/ports CaseStore) for component
// tests and the offline local host page. It behaves like the real repositories where the UI
// can tell: etags change on every write and a stale etag throws ConflictError carrying the
// current item; creates with the same request key return the first result; NotFound on get.
import { listGuard, UNGUARDED, type ListGuard } from './memoryAccess';
import { memoryAuditLog } from './memoryAuditLog';
import type { ListKey } from '../schema';
import type { GroupKey } from '../schema/types';
import {
  ConflictError,
  NotFoundError,
  ValidationFailedError,
  oneLetterPerId,
  type AttachmentUpload,
  type CaseScreenData,
  type CaseStore,
  type CaseSummary,
  type ChainedAuditEvent,
  type CreateOptions,
  type EntityRepository,
  type MarkerFlag,
  type Pages,
  type RestrictionAlert,
  type Stored
} from '../ports';
import type { GuidanceSection } from '../../domain/guidance';
import { personNameKeys, queryNameKeys } from '../../domain/people/nameSearchKey';
import { nextCaseReference } from '../../domain/model/caseReference';
import { isInTriageScope, type TriageScope } from '../../domain/workflow/triage';
import { personNotYetToldOfRemoval } from '../../domain/markers/markerLetters';
import { dateOfInstant } from '../../domain/model/dates';
import { NO_CIRCUMSTANCES } from '../../domain/model/person';
import type {
  Appeal,
  ApprovalDecision,
  AttachmentRef,
  Case,
  CaseTask,
  ContactLogEntry,
  FoiRequestAssessment,
  IncidentReport,
  InvocationDecision,
  Letter,
  MemberReferral,
  Person,
  Review,
  Sanction,
  WarningMarker
} from '../../domain';

const PAGE_SIZE = 100;

async function* pagesOf<T>(items: readonly T[]): AsyncGenerator<readonly T[]> {
  for (let start = 0; start < items.length; start += PAGE_SIZE) yield items.slice(start, start + PAGE_SIZE);
}

/** One list: items keyed by id (their client request key, as in SharePoint), with etags. */
export class MemoryTable<T extends { id: string }> implements EntityRepository<T> {
  private readonly rows: Map<string, Stored<T>> = new Map();
  private nextItemId = 1;
  private version = 1;
  /** Every call, for tests that count round trips. */
  public calls = 0;

  public constructor(
    private readonly entity: string,
    /** SharePoint's list permissions for the caller (memoryAccess.ts); none by default. */
    private readonly guard: ListGuard = UNGUARDED
  ) {}

  private stamp(value: T, itemId: number): Stored<T> {
    this.version += 1;
    return { value, itemId, etag: `"${this.version}"` };
  }

  public async get(id: string): Promise<Stored<T>> {
    const found = await this.find(id);
    if (!found) throw new NotFoundError(`${this.entity} ${id} was not found.`);
    return found;
  }

  public async find(id: string): Promise<Stored<T> | undefined> {
    this.calls += 1;
    this.guard.read();
    return this.rows.get(id);
  }

  public async create(value: T, options: CreateOptions = {}): Promise<Stored<T>> {
    this.calls += 1;
    this.guard.add();
    // As the SharePoint adapter: the id is the item's client request key, so a value's own id
    // wins over a request key, which only names a value that has no id yet.
    const key = value.id || options.requestKey || `${this.entity}-${this.nextItemId}`;
    const existing = this.rows.get(key);
    if (existing !== undefined) return existing;
    const withId = value.id === key ? value : { ...value, id: key };
    const stored = this.stamp(withId, this.nextItemId++);
    this.rows.set(key, stored);
    return stored;
  }

  public async update(stored: Stored<T>, next: T): Promise<Stored<T>> {
    this.calls += 1;
    this.guard.edit();
    const current = this.rows.get(stored.value.id);
    if (!current) throw new NotFoundError(`${this.entity} ${stored.value.id} was not found.`);
    if (current.etag !== stored.etag) throw new ConflictError(`${this.entity} was changed by someone else.`, current);
    const saved = this.stamp(next, current.itemId);
    this.rows.set(next.id, saved);
    return saved;
  }

  /** Test helper: put a row in place without going through create. */
  public seed(value: T): Stored<T> {
    const stored = this.stamp(value, this.nextItemId++);
    this.rows.set(value.id, stored);
    return stored;
  }

  /**
   * Test helper: change a row as a write to one of its child lists does in SharePoint (a
   * letter in the Letters library): the value changes, the row's own etag does not.
   */
  public replaceKeepingEtag(value: T): Stored<T> {
    const current = this.rows.get(value.id);
    if (!current) throw new NotFoundError(`${this.entity} ${value.id} was not found.`);
    const replaced = { ...current, value };
    this.rows.set(value.id, replaced);
    return replaced;
  }

  public all(): Stored<T>[] {
    return Array.from(this.rows.values());
  }

  public where(predicate: (value: T) => boolean): Stored<T>[] {
    this.calls += 1;
    this.guard.read();
    return this.all().filter((row) => predicate(row.value));
  }
}

function summary(kase: Case): CaseSummary {
  const { id, reference, route, personId, incidentIds, leadService, caseOfficerId, status, closureReason, createdAt, updatedAt, revision } =
    kase;
  return { id, reference, route, personId, incidentIds, leadService, caseOfficerId, status, closureReason, createdAt, updatedAt, revision };
}

function asSummary(row: Stored<Case>): Stored<CaseSummary> {
  return { value: summary(row.value), etag: row.etag, itemId: row.itemId };
}

function newestFirst<T>(rows: Stored<T>[], key: (value: T) => string): Stored<T>[] {
  return rows.sort((a, b) => (key(a.value) < key(b.value) ? 1 : key(a.value) > key(b.value) ? -1 : 0));
}

function children<T extends { id: string }>(
  source: () => { value: T; caseId: string }[]
): {
  listByCase(caseId: string): Promise<Stored<T>[]>;
  get(id: string): Promise<Stored<T>>;
} {
  return {
    listByCase: async (caseId) =>
      source()
        .filter((child) => child.caseId === caseId)
        .map((child, index) => ({ value: child.value, etag: '"1"', itemId: index + 1 })),
    get: async (id) => {
      const hit = source().filter((child) => child.value.id === id)[0];
      if (!hit) throw new NotFoundError(`${id} was not found.`);
      return { value: hit.value, etag: '"1"', itemId: 1 };
    }
  };
}

/** One name a person is recorded under (their name, or an alias) and its search keys. */
interface NameForm {
  asRecorded: string;
  keys: string[];
}

function nameFormsOf(person: Person): NameForm[] {
  return [
    { asRecorded: `${person.names.given} ${person.names.family}`.trim(), keys: personNameKeys({ names: person.names, aliases: [] }) },
    ...person.aliases.map((alias) => ({ asRecorded: alias, keys: personNameKeys({ names: { given: '', family: '' }, aliases: [alias] }) }))
  ];
}

export interface MemoryStore extends CaseStore {
  tables: {
    persons: MemoryTable<Person>;
    incidents: MemoryTable<IncidentReport>;
    cases: MemoryTable<Case>;
    alerts: MemoryTable<RestrictionAlert>;
    referrals: MemoryTable<MemberReferral>;
    foi: MemoryTable<FoiRequestAssessment>;
    markers: MemoryTable<WarningMarker>;
  };
  audit: ChainedAuditEvent[];
  settingValues: Map<string, unknown>;
  guidanceSections: GuidanceSection[];
  /**
   * Attaches a file to an incident as SharePoint does (an attachment of the report's list
   * item, at /sites/ccm/Lists/Incidents/Attachments/<item id>/<name>); incidents.attachmentsOf
   * lists it. A second file of the same name is refused, as SharePoint refuses it. What
   * incidents.attach does, without its permission checks: a test helper for seeding files.
   */
  attachFile(incidentId: string, name: string): AttachmentRef;
  /**
   * The parts of the case screen this user's groups cannot read (the fake has no list
   * permissions): loadCaseScreen answers them empty and marks them unreadable, as the
   * SharePoint adapter does on a refusal (test/data/caseScreenByRole.test.ts).
   */
  refusedParts: CaseScreenData['unreadable'];
}

/** A fresh, empty in-memory store. Seed it through `tables.*.seed(...)`. */
/** The list each optional part of the case screen comes from (SharePoint adapter, loadCaseScreen). */
const CASE_SCREEN_PART_LISTS: Readonly<Record<CaseScreenData['unreadable'][number], ListKey>> = {
  incidents: 'incidents',
  alerts: 'restrictionAlerts',
  markers: 'warningMarkers',
  personDetails: 'personDetails'
};

function mayRead(guard: ListGuard): boolean {
  try {
    guard.read();
    return true;
  } catch {
    return false;
  }
}

export interface MemoryStoreOptions {
  /**
   * The caller's CCM groups: the store then refuses what SharePoint's list permissions refuse
   * them (memoryAccess.ts). Left out, it acts as a site owner.
   */
  groups?: readonly GroupKey[];
  /**
   * A site collection administrator (the site's owner, as ada.admin is locally): SharePoint lets
   * them through every list's permissions, whatever their groups, so the store checks nothing.
   */
  siteAdmin?: boolean;
}

export function createMemoryStore(options: MemoryStoreOptions = {}): MemoryStore {
  const guard = (list: ListKey): ListGuard =>
    options.groups === undefined || options.siteAdmin === true ? UNGUARDED : listGuard(list, options.groups);
  const persons = new MemoryTable<Person>('Person', guard('persons'));
  const incidentsGuard = guard('incidents');
  const incidents = new MemoryTable<IncidentReport>('Incident', incidentsGuard);
  const cases = new MemoryTable<Case>('Case', guard('cases'));
  const alerts = new MemoryTable<RestrictionAlert>('Restriction alert', guard('restrictionAlerts'));
  const referrals = new MemoryTable<MemberReferral>('Member referral', guard('memberReferrals'));
  const foi = new MemoryTable<FoiRequestAssessment>('FOI assessment', guard('foiAssessments'));
  const markers = new MemoryTable<WarningMarker>('Warning marker', guard('warningMarkers'));
  const markerFlags = new MemoryTable<MarkerFlag>('Safety flag', guard('markerFlags'));
  const audit: ChainedAuditEvent[] = [];
  const settings = new Map<string, unknown>();
  // A setting's etag changes with every write; one put straight into settingValues has none yet.
  const settingEtags = new Map<string, string>();
  let settingVersion = 0;
  const storedSetting = (key: string): Stored<unknown> | undefined =>
    settings.has(key)
      ? { value: JSON.parse(JSON.stringify(settings.get(key) ?? null)) as unknown, etag: settingEtags.get(key) ?? '"setting-0"', itemId: 1 }
      : undefined;
  const writeSetting = (key: string, value: unknown): Stored<unknown> => {
    settings.set(key, value);
    settingEtags.set(key, `"setting-${++settingVersion}"`);
    return storedSetting(key) as Stored<unknown>;
  };
  const guidanceSections: GuidanceSection[] = [];
  const attachmentFiles = new Map<string, AttachmentRef[]>();
  // As the SharePoint adapter answers AttachmentFiles/add: the file where SharePoint keeps it,
  // and a name already there (in any letter case) refused as a duplicate of FileName.
  const attachFile = (incidentId: string, name: string): AttachmentRef => {
    const row = incidents.all().find((candidate) => candidate.value.id === incidentId);
    if (!row) throw new NotFoundError(`Incident ${incidentId} was not found.`);
    const files = attachmentFiles.get(incidentId) ?? [];
    if (files.some((file) => file.name.toLowerCase() === name.toLowerCase())) {
      const message = `A file with the name ${name} already exists.`;
      throw new ValidationFailedError(message, [{ field: 'FileName', message, duplicate: true }]);
    }
    const file = { name, url: `/sites/ccm/Lists/Incidents/Attachments/${row.itemId}/${name}` };
    attachmentFiles.set(incidentId, [...files, file]);
    return file;
  };

  const allCases = (): Case[] => cases.all().map((row) => row.value);
  const sanctionsOf = (): { value: Sanction; caseId: string }[] =>
    allCases().flatMap((kase) => kase.sanctions.map((value) => ({ value, caseId: kase.id })));
  const pages = <T>(rows: T[]): Pages<T> => pagesOf(rows);
  const taskRows = new MemoryTable<CaseTask>('Task');
  const allTaskRows = (): Stored<CaseTask>[] => {
    const own = taskRows.all();
    const fromCases = allCases()
      .flatMap((kase) => kase.tasks.map((value) => ({ ...value, caseId: value.caseId ?? kase.id })))
      .filter((value) => !own.some((row) => row.value.id === value.id))
      .map((value, index) => ({ value, etag: '"1"', itemId: index + 1 }));
    return [...fromCases, ...own];
  };

  const nameHistory = new Map<string, NameForm[]>();
  const recordNames = (person: Person): void => {
    const history = nameHistory.get(person.id) ?? [];
    for (const form of nameFormsOf(person)) {
      if (!history.some((known) => known.asRecorded === form.asRecorded)) history.push(form);
    }
    nameHistory.set(person.id, history);
  };
  const createPerson = persons.create.bind(persons);
  const updatePerson = persons.update.bind(persons);

  const store: MemoryStore = {
    tables: { persons, incidents, cases, alerts, referrals, foi, markers },
    audit,
    settingValues: settings,
    guidanceSections,
    attachFile,
    refusedParts: [],
    persons: Object.assign(persons, {
      // Like the PersonNameKeys list, whose rows are added and never removed: every name and
      // alias a person has had stays findable after a rename.
      create: async (value: Person, options?: CreateOptions) => {
        const stored = await createPerson(value, options);
        recordNames(stored.value);
        return stored;
      },
      update: async (stored: Stored<Person>, next: Person) => {
        const saved = await updatePerson(stored, next);
        recordNames(saved.value);
        return saved;
      },
      // SharePoint keeps a person's needs and circumstances in PersonDetails, which staff cannot
      // open. This store keeps one record: findWithDetails is refused as PersonDetails is.
      findWithDetails: async (id: string) => {
        guard('personDetails').read();
        return persons.find(id);
      },
      searchByFamilyName: async (prefix: string, top: number = 20) =>
        persons.where((person) => person.names.family.toLowerCase().indexOf(prefix.trim().toLowerCase()) === 0).slice(0, top),
      // The same keys as the SharePoint index (domain nameSearchKey), matched the same way.
      findIdsByName: async (query: string, top: number = 50) => {
        const wanted = new Set(queryNameKeys(query));
        const matches: { personId: string; nameAsRecorded: string }[] = [];
        for (const { value: person } of persons.where(() => true)) {
          // Oldest first, as SharePoint returns the key rows; a seeded person has only their current forms.
          const forms = [...(nameHistory.get(person.id) ?? []), ...nameFormsOf(person)];
          const form = forms.find((candidate) => candidate.keys.some((key) => wanted.has(key)));
          if (form) matches.push({ personId: person.id, nameAsRecorded: form.asRecorded });
        }
        return matches.slice(0, top);
      }
    }),
    incidents: Object.assign(incidents, {
      // As SharePoint orders them (ID descending): the most recently recorded first.
      listByReporter: (reporterId: string) =>
        pages(incidents.where((incident) => incident.reporterId === reporterId).sort((a, b) => b.itemId - a.itemId)),
      listByPerson: async (personId: string) => incidents.where((incident) => incident.personId === personId),
      listByStatus: (status: IncidentReport['status']) =>
        pages(
          newestFirst(
            incidents.where((incident) => incident.status === status),
            (incident) => incident.occurredAt
          )
        ),
      // ID order (the order rows were added), like the SharePoint scan; the scope as the domain reads it.
      listSubmittedInScope: (scope: TriageScope) =>
        pages(incidents.where((incident) => incident.status === 'Submitted' && isInTriageScope(incident.service, scope))),
      attachmentsOf: async (incident: Stored<IncidentReport>) => {
        incidents.calls += 1;
        return [...(attachmentFiles.get(incident.value.id) ?? [])];
      },
      // As SharePoint: changing a report's files is editing the report (EditListItems).
      attach: async (incident: Stored<IncidentReport>, file: AttachmentUpload) => {
        incidents.calls += 1;
        incidentsGuard.read();
        incidentsGuard.edit();
        return attachFile(incident.value.id, file.name);
      }
    }),
    cases: {
      get: (id) => cases.get(id),
      find: (id) => cases.find(id),
      // As the SharePoint adapter: the next free reference of the case's year (CCM-2026-0042).
      create: (value, options) =>
        cases.create(
          value.reference !== undefined
            ? value
            : {
                ...value,
                reference: nextCaseReference(
                  allCases().map((kase) => kase.reference),
                  Number(dateOfInstant(value.createdAt).slice(0, 4))
                )
              },
          options
        ),
      // Like the SharePoint store: a letter recorded as sent replaces the record of the same id.
      save: (stored, next) => cases.update(stored, { ...next, letters: oneLetterPerId(next.letters) }),
      listByStatus: (status) =>
        pages(
          newestFirst(
            cases.where((kase) => kase.status === status),
            (kase) => kase.updatedAt
          ).map(asSummary)
        ),
      listByCaseOfficer: (userId) =>
        pages(
          newestFirst(
            cases.where((kase) => kase.caseOfficerId === userId),
            (kase) => kase.updatedAt
          ).map(asSummary)
        ),
      listByPerson: async (personId) => cases.where((kase) => kase.personId === personId).map(asSummary)
    },
    sanctions: {
      ...children<Sanction>(sanctionsOf),
      listByStatus: (status) =>
        pages(
          sanctionsOf()
            .filter((s) => s.value.status === status)
            .map((s, i) => ({ value: s.value, etag: '"1"', itemId: i + 1 }))
        ),
      listReviewDueBy: (date) =>
        pages(
          sanctionsOf()
            .filter((s) => s.value.reviewDate <= date)
            .map((s, i) => ({ value: s.value, etag: '"1"', itemId: i + 1 }))
        ),
      listEndingBy: (date) =>
        pages(
          sanctionsOf()
            .filter((s) => s.value.endDate <= date)
            .map((s, i) => ({ value: s.value, etag: '"1"', itemId: i + 1 }))
        )
    },
    decisions: {
      record: async (decision: ApprovalDecision) => ({ value: decision, etag: '"1"', itemId: 1 }),
      listBySanction: async (sanctionId) =>
        sanctionsOf()
          .filter((s) => s.value.id === sanctionId)
          .flatMap((s) => s.value.approvals.map((value, i) => ({ value, etag: '"1"', itemId: i + 1 })))
    },
    invocationDecisions: children<InvocationDecision>(() =>
      allCases()
        .filter((k) => k.invocationDecision)
        .map((k) => ({ value: k.invocationDecision as InvocationDecision, caseId: k.id }))
    ),
    reviews: {
      ...children<Review>(() => allCases().flatMap((k) => k.reviews.map((value) => ({ value, caseId: k.id })))),
      listDueBy: (date) =>
        pages(
          allCases()
            .flatMap((k) => k.reviews)
            .filter((r) => r.dueDate <= date)
            .map((value, i) => ({ value, etag: '"1"', itemId: i + 1 }))
        )
    },
    appeals: children<Appeal>(() => allCases().flatMap((k) => k.appeals.map((value) => ({ value, caseId: k.id })))),
    contactLog: children<ContactLogEntry>(() => allCases().flatMap((k) => k.contactLog.map((value) => ({ value, caseId: k.id })))),
    letters: children<Letter>(() => allCases().flatMap((k) => k.letters.map((value) => ({ value, caseId: k.id })))),
    restrictionAlerts: Object.assign(alerts, {
      listActiveForPerson: async (personId: string) => alerts.where((alert) => alert.personId === personId && alert.isActive),
      listForPerson: async (personId: string) => alerts.where((alert) => alert.personId === personId),
      listOpenForCase: async (caseId: string) => alerts.where((alert) => alert.caseId === caseId && alert.isActive),
      listOpen: () => pages(alerts.where((alert) => alert.isActive))
    }),
    guidance: {
      listByAudience: async (audience) => {
        guard('guidance').read();
        return guidanceSections.filter((s) => s.audience === audience).map((value, i) => ({ value, etag: '"1"', itemId: i + 1 }));
      },
      // Like the list's unique key (guidance:<id>@<version>): a version already there is returned, not added again.
      publish: async (section) => {
        guard('guidance').add();
        const index = guidanceSections.findIndex((known) => known.id === section.id && known.version === section.version);
        if (index >= 0) return { value: guidanceSections[index], etag: '"1"', itemId: index + 1 };
        guidanceSections.push(section);
        return { value: section, etag: '"1"', itemId: guidanceSections.length };
      }
    },
    auditLog: memoryAuditLog(audit),
    // Read by everyone who signs in; written by the CCM Administrators (and the service) only.
    settings: {
      get: async <T>(key: string) => {
        guard('settings').read();
        return settings.get(key) as T | undefined;
      },
      read: async (key: string) => {
        guard('settings').read();
        return storedSetting(key);
      },
      // Like the SharePoint list: saved under the etag it was read with, or first; otherwise a
      // ConflictError with the value as saved now.
      save: async (key: string, value: unknown, etag: string | undefined) => {
        const current = storedSetting(key);
        if (current === undefined) guard('settings').add();
        else guard('settings').edit();
        if ((current === undefined) !== (etag === undefined) || (current !== undefined && current.etag !== etag)) {
          throw new ConflictError(`Setting ${key} was changed by someone else.`, current);
        }
        return writeSetting(key, value);
      },
      set: async <T>(key: string, value: T) => {
        if (settings.has(key)) guard('settings').edit();
        else guard('settings').add();
        writeSetting(key, value);
      }
    },
    memberReferrals: Object.assign(referrals, {
      listByCouncillor: async (councillorId: string) => referrals.where((r) => r.councillorId === councillorId),
      listByPerson: async (personId: string) => referrals.where((r) => r.personId === personId),
      listReferredSince: (date: string) => pages(referrals.where((r) => r.createdAt.slice(0, 10) >= date)),
      // ID order, like the SharePoint scan (rows are kept in the order they were added).
      listWaiting: () => pages(referrals.where((r) => r.caseId === undefined))
    }),
    foiAssessments: Object.assign(foi, {
      // As SharePoint's filter on StatutoryDueDate: a request with no due date yet is not listed.
      listDueBy: (date: string) => pages(foi.where((a) => a.statutoryDueDate !== undefined && a.statutoryDueDate <= date)),
      listByHandler: async (userId: string) => foi.where((a) => a.handlerId === userId),
      listByPerson: async (personId: string) => foi.where((a) => a.personId === personId)
    }),
    warningMarkers: Object.assign(markers, {
      listByPerson: async (personId: string) => markers.where((m) => m.personId === personId),
      listReviewDueBy: (date: string) => pages(markers.where((m) => m.reviewDate <= date)),
      listByStatus: async (status: string) => markers.where((m) => m.status === status),
      listAwaitingRemovalLetter: async () => markers.where(personNotYetToldOfRemoval)
    }),
    markerFlags: Object.assign(markerFlags, {
      listOpenForPerson: async (personId: string) => markerFlags.where((flag) => flag.personId === personId && flag.open)
    }),
    // Like the Tasks list: a row per task, keyed by its id (a repeated create is the first one),
    // etag-checked on update; a saved case's tasks are rows of it too.
    tasks: {
      listByCase: async (caseId) => allTaskRows().filter((row) => row.value.caseId === caseId),
      get: async (id) => {
        const row = allTaskRows().find((candidate) => candidate.value.id === id);
        if (!row) throw new NotFoundError(`Task ${id} was not found.`);
        return row;
      },
      // The case reference is a column of the row, read back (empty or not) as the task's caseId.
      create: (task, caseId, options) => taskRows.create({ ...task, caseId: task.caseId ?? caseId }, options),
      // A task saved with its case has no row of its own here yet: the first update makes it one.
      update: async (stored, next) =>
        (await taskRows.find(stored.value.id)) === undefined ? taskRows.seed(next) : taskRows.update(stored, next),
      // A user's open tasks are found by the one indexed "Assigned to" column (the first assignee), nothing else.
      listOpenFor: async (userId) => allTaskRows().filter((row) => !row.value.done && row.value.assignees[0] === userId)
    },
    approvalRequests: Object.assign(new MemoryTable<import('../ports').ApprovalRequest>('Approval request'), {
      listPendingForSanction: async () => [],
      listPendingForApprover: async () => []
    }),
    loadCaseScreen: async (caseId: string): Promise<CaseScreenData> => {
      const kase = await cases.get(caseId);
      const person = await persons.find(kase.value.personId);
      // Like the SharePoint adapter: the person's incident reports (those of this case and any
      // others), alerts and markers; a part the user's groups cannot read is empty and marked.
      const refused = (part: CaseScreenData['unreadable'][number]): boolean =>
        store.refusedParts.indexOf(part) >= 0 || !mayRead(guard(CASE_SCREEN_PART_LISTS[part]));
      return {
        case: kase,
        // Like PersonDetails refused: the person without their needs and circumstances.
        person: person && refused('personDetails') ? { ...person, value: { ...person.value, ...NO_CIRCUMSTANCES } } : person,
        incidents: refused('incidents') ? [] : incidents.where((incident) => incident.personId === kase.value.personId),
        alerts: refused('alerts') ? [] : alerts.where((alert) => alert.personId === kase.value.personId),
        markers: refused('markers') ? [] : markers.where((marker) => marker.personId === kase.value.personId),
        unreadable: (['incidents', 'alerts', 'markers', 'personDetails'] as const).filter(refused)
      };
    }
  };
  return store;
}
