// BR-24 on SharePoint: the records a retention rule may apply to, the items each one is made
// of, and their permanent deletion. Used by the case service's identity only (see the port).

import type { SPFI } from '@pnp/sp';
import type { AuditedEntityType, Case, IsoDate } from '../../domain/model';
import { dateOfInstant, isIsoInstant } from '../../domain/model/dates';
import { personLastRecordedOn, type RetentionRecordKind, type RetentionSource } from '../../domain/time';
import { isDataError } from '../errors';
import type { CaseStore } from '../ports/caseStore';
import type { DisposablePart, RetentionRecordStore } from '../ports/retentionRecords';
import { eq, ge } from '../odata';
import { CLIENT_REQUEST_KEY, listDefinition, type ListKey } from '../schema';
import { etagOf, ListGateway, type SpRow } from './listGateway';
import { readCaseRows, type CaseGateways } from './repositories/caseRepository';
import { foiAssessmentMapper } from './mappers/registerMappers';

/** What each list's items are, as their audit stubs name them. */
const ENTITY_OF_LIST: Readonly<Partial<Record<ListKey, AuditedEntityType>>> = {
  cases: 'Case',
  sanctions: 'Sanction',
  decisions: 'ApprovalDecision',
  invocationDecisions: 'InvocationDecision',
  reviews: 'Review',
  appeals: 'Appeal',
  letters: 'Letter',
  contactLog: 'ContactLogEntry',
  tasks: 'Task',
  incidents: 'IncidentReport',
  restrictionAlerts: 'RestrictionAlert',
  approvalRequests: 'ApprovalRequest',
  memberReferrals: 'MemberReferral',
  warningMarkers: 'WarningMarker',
  markerFlags: 'MarkerFlag',
  foiAssessments: 'FoiRequestAssessment',
  persons: 'Person',
  personDetails: 'PersonDetails',
  personNameKeys: 'PersonNameKey'
};

/**
 * Every list whose items name a person, and the column that does: while any item names them,
 * their own record is kept (BR-24, the `person` kind). The audit log is not among them: it is
 * append-only, and its entries about a person are what remains of them by design (stubs).
 */
const PERSON_REFERENCES: readonly (readonly [ListKey, string])[] = [
  ['incidents', 'PersonRef'],
  ['cases', 'PersonRef'],
  ['sanctions', 'SubjectPersonRef'],
  ['restrictionAlerts', 'PersonRef'],
  ['warningMarkers', 'PersonRef'],
  ['markerFlags', 'PersonRef'],
  ['memberReferrals', 'PersonRef'],
  ['foiAssessments', 'PersonRef']
];

const LIST_OF_KIND: Readonly<Record<Exclude<RetentionRecordKind, 'closedCase'>, ListKey>> = {
  removedMarker: 'warningMarkers',
  foiFile: 'foiAssessments',
  incidentNotProgressed: 'incidents',
  memberReferral: 'memberReferrals',
  person: 'persons'
};

async function collect<T>(pages: AsyncIterable<readonly T[]>): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages) all.push(...page);
  return all;
}

export function createSharePointRetentionRecords(sp: SPFI, store: CaseStore): RetentionRecordStore {
  const gateway = (key: ListKey): ListGateway => new ListGateway(sp, listDefinition(key));
  const caseGateways: CaseGateways = {
    cases: gateway('cases'),
    sanctions: gateway('sanctions'),
    decisions: gateway('decisions'),
    invocationDecisions: gateway('invocationDecisions'),
    reviews: gateway('reviews'),
    appeals: gateway('appeals'),
    letters: gateway('letters'),
    contactLog: gateway('contactLog'),
    tasks: gateway('tasks')
  };

  const partOf = (key: ListKey, row: SpRow): DisposablePart => {
    const type = ENTITY_OF_LIST[key];
    if (type === undefined) throw new RangeError(`Items of ${key} are not disposed of by a retention rule.`);
    return {
      entity: { type, id: String(row[CLIENT_REQUEST_KEY] ?? row.Id) },
      list: listDefinition(key).title,
      itemId: row.Id,
      etag: etagOf(row),
      isFile: listDefinition(key).template === 'DocumentLibrary'
    };
  };

  const byKey = async (key: ListKey, id: string): Promise<SpRow | undefined> => gateway(key).findByRequestKey(id);

  async function closedCases(): Promise<RetentionSource[]> {
    const summaries = await collect(store.cases.listByStatus('Closed'));
    const read = (reader: CaseStore): Promise<(Case | undefined)[]> =>
      Promise.all(summaries.map(async (summary) => (await reader.cases.find(summary.value.id))?.value));
    const cases = store.readTogether ? await store.readTogether(read) : await read(store);
    return cases.filter((kase): kase is Case => kase !== undefined).map((record) => ({ kind: 'closedCase', record }));
  }

  async function incidentsNotProgressed(): Promise<RetentionSource[]> {
    const sources: RetentionSource[] = [];
    const heldByPerson = new Map<string, Set<string>>();
    for (const status of ['Draft', 'Submitted'] as const) {
      for (const stored of await collect(store.incidents.listByStatus(status))) {
        const incident = stored.value;
        let held = heldByPerson.get(incident.personId);
        if (held === undefined) {
          held = new Set((await store.cases.listByPerson(incident.personId)).flatMap((kase) => kase.value.incidentIds));
          heldByPerson.set(incident.personId, held);
        }
        sources.push({ kind: 'incidentNotProgressed', record: incident, heldByCase: held.has(incident.id) });
      }
    }
    return sources;
  }

  async function closedCaseParts(caseId: string): Promise<DisposablePart[]> {
    const kase = (await store.cases.find(caseId))?.value;
    const rows = await readCaseRows(caseGateways, sp, caseId);
    if (kase === undefined || rows.root === undefined) return [];
    const parts: DisposablePart[] = [];
    for (const key of Object.keys(rows.children) as (keyof CaseRows['children'])[]) {
      parts.push(...rows.children[key].map((row) => partOf(key, row)));
    }
    for (const key of ['restrictionAlerts', 'approvalRequests'] as const) {
      parts.push(...(await gateway(key).all({ filter: eq('CaseRef', caseId) })).map((row) => partOf(key, row)));
    }
    for (const incidentId of kase.incidentIds) {
      const row = await byKey('incidents', incidentId);
      if (row !== undefined) parts.push(partOf('incidents', row));
    }
    if (kase.memberReferralId !== undefined) {
      const row = await byKey('memberReferrals', kase.memberReferralId);
      if (row !== undefined) parts.push(partOf('memberReferrals', row));
    }
    // The case itself last: while it stands, the next run finds it and finishes.
    parts.push(partOf('cases', rows.root));
    return parts;
  }

  /** How many items of each person id the lists hold: one scan of each, in ID windows (any size). */
  async function referencesByPerson(): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    for (const [key, column] of PERSON_REFERENCES) {
      for await (const rows of gateway(key).windowedPages(ge('ID', 1))) {
        for (const row of rows) {
          const id = row[column];
          if (typeof id === 'string' && id !== '') counts.set(id, (counts.get(id) ?? 0) + 1);
        }
      }
    }
    return counts;
  }

  /**
   * The people nothing else names, with the last day anything was recorded on them: the later of
   * their item's last change and their latest audit entry. People something still names are
   * left out here (their count is what the domain decides on, and they would never qualify), so
   * the sweep reads the whole record of only the few it might dispose of.
   */
  async function personsNamedByNothing(): Promise<RetentionSource[]> {
    const references = await referencesByPerson();
    const unnamed: { id: string; modified: IsoDate | undefined }[] = [];
    for await (const rows of gateway('persons').windowedPages(ge('ID', 1))) {
      for (const row of rows) {
        const id = String(row[CLIENT_REQUEST_KEY] ?? '');
        const modified = typeof row.Modified === 'string' && isIsoInstant(row.Modified) ? dateOfInstant(row.Modified) : undefined;
        if (id !== '' && !references.has(id)) unnamed.push({ id, modified });
      }
    }
    const sources: RetentionSource[] = [];
    for (const { id, modified } of unnamed) {
      const [person, events] = await Promise.all([store.persons.find(id), store.auditLog.listForEntity('Person', id)]);
      if (person === undefined) continue;
      const lastRecordedOn = personLastRecordedOn(
        modified,
        events.map((entry) => entry.value.event)
      );
      if (lastRecordedOn === undefined) continue;
      sources.push({ kind: 'person', record: person.value, lastRecordedOn, othersRemaining: references.get(id) ?? 0 });
    }
    return sources;
  }

  /** A person's parts: their name search keys and their needs (PersonDetails), then their own item last. */
  async function personParts(id: string): Promise<DisposablePart[]> {
    // Checked again at disposal: a record added since the listing means they are kept.
    const named = await Promise.all(PERSON_REFERENCES.map(([key, column]) => gateway(key).page({ filter: eq(column, id) }, 1)));
    if (named.some((rows) => rows.length > 0)) {
      throw new Error('A record naming the person was added since the sweep listed them; they are kept, and the next run looks again.');
    }
    const [keys, details, own] = await Promise.all([
      gateway('personNameKeys').all({ filter: eq('PersonRef', id) }),
      byKey('personDetails', id),
      byKey('persons', id)
    ]);
    // A name key's own key is the person's id and the folded name itself: its stub names it by
    // the person and the item instead, so no stub ever carries a name (never content, BR-24).
    const keyPart = (row: SpRow): DisposablePart => ({
      ...partOf('personNameKeys', row),
      entity: { type: 'PersonNameKey', id: `${id}/name-key-${row.Id}` }
    });
    return [...keys.map(keyPart), ...(details ? [partOf('personDetails', details)] : []), ...(own ? [partOf('persons', own)] : [])];
  }

  return {
    listSources: async () => {
      // By status, not by review date: a removed marker's review date says nothing about whether it is held.
      const markers = await store.warningMarkers.listByStatus('Removed');
      // Every FOI file, by ID windows: one paused for clarification has no statutory due date, so a
      // query on that column would leave it out, and its retention runs from its refusal notice.
      const foi = (await collect(gateway('foiAssessments').windowedPages(ge('ID', 1)))).map((row) => foiAssessmentMapper.fromRow(row));
      const referrals = await collect(store.memberReferrals.listWaiting());
      return [
        ...(await closedCases()),
        ...markers.map((stored): RetentionSource => ({ kind: 'removedMarker', record: stored.value })),
        ...foi.map((record): RetentionSource => ({ kind: 'foiFile', record })),
        ...(await incidentsNotProgressed()),
        ...referrals.map((stored): RetentionSource => ({ kind: 'memberReferral', record: stored.value })),
        ...(await personsNamedByNothing())
      ];
    },
    partsOf: async (kind, id) => {
      if (kind === 'closedCase') return closedCaseParts(id);
      if (kind === 'person') return personParts(id);
      if (kind === 'removedMarker') {
        // The staff flag goes with its marker (one flag per marker, keyed by the marker's id), before it.
        const [flag, marker] = await Promise.all([byKey('markerFlags', id), byKey('warningMarkers', id)]);
        return [...(flag ? [partOf('markerFlags', flag)] : []), ...(marker ? [partOf('warningMarkers', marker)] : [])];
      }
      const key = LIST_OF_KIND[kind];
      const row = await byKey(key, id);
      return row === undefined ? [] : [partOf(key, row)];
    },
    deletePart: async (part) => {
      const key = (Object.keys(ENTITY_OF_LIST) as ListKey[]).find((candidate) => listDefinition(candidate).title === part.list);
      if (key === undefined) throw new RangeError(`${part.list} is not a list a retention rule disposes of.`);
      try {
        await gateway(key).delete(part.itemId, part.etag);
      } catch (error) {
        if (isDataError(error) && error.kind === 'NotFound') return;
        throw error;
      }
    }
  };
}

type CaseRows = Awaited<ReturnType<typeof readCaseRows>>;
