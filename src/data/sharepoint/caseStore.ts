import type { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import type { CaseScreenData, CaseStore } from '../ports/caseStore';
import { ForbiddenError, NotFoundError } from '../errors';
import { listDefinition } from '../schema';
import type { ListKey } from '../schema';
import { casesJoiningBatch } from './casesInBatch';
import { ListGateway } from './listGateway';
import {
  appealMapper,
  contactLogMapper,
  invocationDecisionMapper,
  letterMapper,
  reviewMapper,
  taskMapper
} from './mappers/caseChildMappers';
import { decisionMapper } from './mappers/decisionMapper';
import { guidanceMapper } from './mappers/guidanceMapper';
import { incidentMapper } from './mappers/incidentMapper';
import {
  approvalRequestMapper,
  foiAssessmentMapper,
  memberReferralMapper,
  markerFlagMapper,
  restrictionAlertMapper,
  warningMarkerMapper
} from './mappers/registerMappers';
import { sanctionMapper } from './mappers/sanctionMapper';
import { SpAuditLogRepository } from './repositories/auditLogRepository';
import {
  SpCaseChildRepository,
  SpDecisionRepository,
  SpReviewRepository,
  SpSanctionRepository,
  SpTaskRepository
} from './repositories/caseChildRepositories';
import { SpCaseRepository, assembleCase, readCaseRows } from './repositories/caseRepository';
import type { CaseChildMappers } from './repositories/caseRepository';
import { SpGuidanceRepository } from './repositories/guidanceRepository';
import { SpLetterRepository } from './repositories/letterRepository';
import { SpPersonRepository } from './repositories/personRepository';
import { SpSettingsRepository } from './repositories/settingsRepository';
import {
  SpApprovalRequestRepository,
  SpFoiAssessmentRepository,
  SpIncidentRepository,
  SpMarkerFlagRepository,
  SpMemberReferralRepository,
  SpRestrictionAlertRepository,
  SpWarningMarkerRepository
} from './repositories/simpleRepositories';

const CHILD_MAPPERS: CaseChildMappers = {
  sanctions: sanctionMapper,
  decisions: decisionMapper,
  invocationDecisions: invocationDecisionMapper,
  reviews: reviewMapper,
  appeals: appealMapper,
  letters: letterMapper,
  contactLog: contactLogMapper,
  tasks: taskMapper
};

/** Operations SharePoint accepts in one $batch request. */
export const SHAREPOINT_BATCH_LIMIT: number = 100;

/**
 * The PnPjs implementation of every storage port, for any configured SPFI: SPFx in the
 * browser, certificate auth in the service, the emulator's user header locally.
 */
export function createSharePointCaseStore(sp: SPFI): CaseStore {
  return buildCaseStore(sp, true, sp);
}

/**
 * `canBatch` is false for the store handed to readTogether's reads: it is already batched,
 * and PnPjs refuses to put one request in two batches. `unbatched` is the SPFI uploads go
 * through, as a file cannot join a $batch.
 */
function buildCaseStore(sp: SPFI, canBatch: boolean, unbatched: SPFI): CaseStore {
  const gateway = (key: ListKey): ListGateway => new ListGateway(sp, listDefinition(key));
  const gateways = {
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
  const letters = new SpLetterRepository(sp, gateways.letters);
  const personsOn = (on: SPFI): SpPersonRepository =>
    new SpPersonRepository(gateway('persons').bind(on), gateway('personNameKeys').bind(on), gateway('personDetails').bind(on));
  const persons = personsOn(sp);
  const incidents = new SpIncidentRepository(gateway('incidents'), incidentMapper, gateway('incidents').bind(unbatched));
  const restrictionAlerts = new SpRestrictionAlertRepository(gateway('restrictionAlerts'), restrictionAlertMapper);
  const warningMarkers = new SpWarningMarkerRepository(gateway('warningMarkers'), warningMarkerMapper);
  const ownCases = new SpCaseRepository(sp, gateways, CHILD_MAPPERS, (letter, caseId) => letters.create(letter, caseId));
  const cases = canBatch ? ownCases : casesJoiningBatch(ownCases, sp, gateways, CHILD_MAPPERS);

  async function loadCaseScreen(caseId: string, knownPersonId?: string): Promise<CaseScreenData> {
    // The person's other records are shown only to those whose groups open their lists (the
    // auditor reads cases but not other people's incident reports): a refusal hides that part,
    // never the case.
    const unreadable: CaseScreenData['unreadable'] = [];
    // The case screens need the person's needs and circumstances (BR-13, BR-28, BR-29, BR-31).
    // Every group that reads cases reads them; should one not, the person is shown without them
    // and that part marked as not theirs to see, never as "nothing recorded".
    const personWithDetails = async (repository: SpPersonRepository, id: string): Promise<CaseScreenData['person']> => {
      const { stored, detailsRefused } = await repository.readWithDetails(id);
      if (detailsRefused) unreadable.push('personDetails');
      return stored;
    };
    const unlessRefused = <T>(part: CaseScreenData['unreadable'][number], read: Promise<T[]>): Promise<T[]> =>
      read.catch((error: unknown) => {
        if (!(error instanceof ForbiddenError)) throw error;
        unreadable.push(part);
        return [];
      });
    // The case list already knows the person, so normally this is ONE $batch round trip;
    // without it, the person's records need a second.
    let personId = knownPersonId;
    const [batched, execute] = sp.batched();
    const caseRows = readCaseRows(gateways, batched, caseId);
    const personReads = (
      id: string,
      on: SPFI
    ): Promise<[CaseScreenData['person'], CaseScreenData['incidents'], CaseScreenData['alerts'], CaseScreenData['markers']]> =>
      Promise.all([
        personWithDetails(personsOn(on), id),
        unlessRefused('incidents', new SpIncidentRepository(gateway('incidents').bind(on), incidentMapper).listByPerson(id)),
        unlessRefused(
          'alerts',
          new SpRestrictionAlertRepository(gateway('restrictionAlerts').bind(on), restrictionAlertMapper).listActiveForPerson(id)
        ),
        unlessRefused('markers', new SpWarningMarkerRepository(gateway('warningMarkers').bind(on), warningMarkerMapper).listByPerson(id))
      ]);
    const early = personId ? personReads(personId, batched) : undefined;
    await execute();
    const stored = assembleCase(await caseRows, CHILD_MAPPERS);
    if (!stored) {
      throw new NotFoundError(`No case ${caseId}.`);
    }
    personId = stored.value.personId;
    let reads = early;
    if (!reads || knownPersonId !== personId) {
      const [second, executeSecond] = sp.batched();
      reads = personReads(personId, second);
      await executeSecond();
    }
    const [person, incidentsOfPerson, alerts, markers] = await reads;
    return { case: stored, person, incidents: incidentsOfPerson, alerts, markers, unreadable };
  }

  async function readTogether<T>(reads: (store: CaseStore) => Promise<T>): Promise<T> {
    // PnPjs splits a batch into $batch requests of 20 by default and sends them one after
    // another; SharePoint takes up to 100 operations in one $batch, so ask for that.
    const [batched, execute] = sp.batched({ maxRequests: SHAREPOINT_BATCH_LIMIT });
    // Calling `reads` registers each read it starts with the batch (PnPjs does so when a
    // request is invoked); execute() then sends them all in one $batch and settles each.
    const result = reads(buildCaseStore(batched, false, sp));
    // Observe a failure now: the caller sees it below, after the batch has settled.
    result.catch(() => undefined);
    await execute();
    return result;
  }

  return {
    persons,
    incidents,
    cases,
    sanctions: new SpSanctionRepository(gateways.sanctions, sanctionMapper),
    decisions: new SpDecisionRepository(gateways.decisions, decisionMapper),
    invocationDecisions: new SpCaseChildRepository(gateways.invocationDecisions, invocationDecisionMapper),
    reviews: new SpReviewRepository(gateways.reviews, reviewMapper),
    appeals: new SpCaseChildRepository(gateways.appeals, appealMapper),
    contactLog: new SpCaseChildRepository(gateways.contactLog, contactLogMapper),
    letters,
    letterFiles: letters.asDocumentStore(),
    restrictionAlerts,
    guidance: new SpGuidanceRepository(gateway('guidance'), guidanceMapper),
    auditLog: new SpAuditLogRepository(gateway('auditLog')),
    settings: new SpSettingsRepository(gateway('settings')),
    memberReferrals: new SpMemberReferralRepository(gateway('memberReferrals'), memberReferralMapper),
    foiAssessments: new SpFoiAssessmentRepository(gateway('foiAssessments'), foiAssessmentMapper),
    warningMarkers,
    markerFlags: new SpMarkerFlagRepository(gateway('markerFlags'), markerFlagMapper),
    tasks: new SpTaskRepository(gateways.tasks, taskMapper),
    approvalRequests: new SpApprovalRequestRepository(gateway('approvalRequests'), approvalRequestMapper),
    loadCaseScreen,
    ...(canBatch ? { readTogether } : {})
  };
}
