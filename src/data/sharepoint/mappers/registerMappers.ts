import type { FoiGround, FoiRegime, FoiRequestAssessment, MarkerStatus, MemberReferral, WarningMarker } from '../../../domain/model';
import { personNotYetToldOfRemoval } from '../../../domain/markers/markerLetters';
import { nameSearchKey } from '../../../domain/people/nameSearchKey';
import type { ApprovalRequest, MarkerFlag, RestrictionAlert } from '../../ports/repositories';
import {
  bool,
  choices,
  fromJson,
  fromSharePointDate,
  fromSharePointInstant,
  num,
  optionalText,
  requiredDate,
  requiredInstant,
  text,
  toJson,
  toSharePointDate,
  toSharePointInstant
} from '../values';
import type { RowMapper } from './rowMapper';
import { idFromRow } from './rowMapper';

export const restrictionAlertMapper: RowMapper<RestrictionAlert> = {
  list: 'restrictionAlerts',
  idOf: (value) => value.id,
  toFields: (value) => ({
    Title: value.personName.slice(0, 255),
    PersonRef: value.personId,
    PersonNameKey: nameSearchKey(value.personName),
    SanctionRef: value.sanctionId,
    CaseRef: value.caseId,
    RestrictionTypes: [...value.restrictionTypes],
    RestrictionSummary: value.summary,
    ScopeSummary: value.scopeSummary.slice(0, 255),
    SpocName: value.spocName,
    SpocChannel: value.spocChannel,
    SpocCover: value.spocCover,
    ContactArrangements: value.contactArrangements,
    CommunicationNeedsJson: value.communicationNeeds !== undefined ? toJson(value.communicationNeeds) : undefined,
    ActiveFrom: toSharePointDate(value.activeFrom),
    ActiveUntil: toSharePointDate(value.activeUntil),
    IsActive: value.isActive
  }),
  fromRow: (row) => ({
    id: idFromRow(row),
    personId: text(row.PersonRef),
    personName: text(row.Title),
    sanctionId: optionalText(row.SanctionRef),
    caseId: optionalText(row.CaseRef),
    restrictionTypes: choices<string>(row.RestrictionTypes),
    summary: text(row.RestrictionSummary),
    scopeSummary: text(row.ScopeSummary),
    spocName: text(row.SpocName),
    spocChannel: text(row.SpocChannel),
    spocCover: optionalText(row.SpocCover),
    contactArrangements: text(row.ContactArrangements),
    communicationNeeds: fromJson<readonly string[] | undefined>(row.CommunicationNeedsJson, undefined),
    activeFrom: fromSharePointDate(row.ActiveFrom),
    activeUntil: fromSharePointDate(row.ActiveUntil),
    isActive: bool(row.IsActive)
  })
};

export const memberReferralMapper: RowMapper<MemberReferral> = {
  list: 'memberReferrals',
  idOf: (value) => value.id,
  toFields: (value) => ({
    Title: value.personName.slice(0, 255),
    CouncillorId: value.councillorId,
    PersonRef: value.personId,
    PersonContactDetails: value.personContactDetails,
    CouncillorLetterDate: toSharePointDate(value.councillorLetterDate),
    CouncillorLetterUrl: value.councillorLetterUploadUrl,
    GroupLeaderId: value.groupLeaderId,
    GroupLeaderConsultedOn: toSharePointDate(value.groupLeaderConsultedOn),
    GroupLeaderAdvice: value.groupLeaderAdvice,
    OverrideReason: value.overrideReason,
    AccountOfContacts: value.accountOfContacts,
    ReferredOn: toSharePointDate(value.referredToMonitoringOfficerOn),
    CaseRef: value.caseId,
    SubmittedAt: toSharePointInstant(value.createdAt)
  }),
  fromRow: (row) => ({
    id: idFromRow(row),
    councillorId: text(row.CouncillorId),
    personId: optionalText(row.PersonRef),
    personName: text(row.Title),
    personContactDetails: text(row.PersonContactDetails),
    councillorLetterDate: fromSharePointDate(row.CouncillorLetterDate),
    councillorLetterUploadUrl: optionalText(row.CouncillorLetterUrl),
    groupLeaderId: optionalText(row.GroupLeaderId),
    groupLeaderConsultedOn: fromSharePointDate(row.GroupLeaderConsultedOn),
    groupLeaderAdvice: optionalText(row.GroupLeaderAdvice),
    overrideReason: optionalText(row.OverrideReason),
    accountOfContacts: text(row.AccountOfContacts),
    referredToMonitoringOfficerOn: requiredDate(row.ReferredOn, 'ReferredOn'),
    caseId: optionalText(row.CaseRef),
    createdAt: requiredInstant(row.SubmittedAt ?? row.Created, 'SubmittedAt')
  })
};

type FoiRest = Omit<
  FoiRequestAssessment,
  | 'id'
  | 'regime'
  | 'personId'
  | 'receivedOn'
  | 'statutoryDueDate'
  | 'ground'
  | 'handlerId'
  | 'decisionMakerId'
  | 'refusalNoticeDate'
  | 'linkedCaseId'
>;

export const foiAssessmentMapper: RowMapper<FoiRequestAssessment> = {
  list: 'foiAssessments',
  idOf: (value) => value.id,
  toFields: (value) => {
    const {
      regime,
      personId,
      receivedOn,
      statutoryDueDate,
      ground,
      handlerId,
      decisionMakerId,
      refusalNoticeDate,
      linkedCaseId,
      ...withId
    } = value;
    const rest: Partial<FoiRequestAssessment> = { ...withId };
    delete rest.id;
    return {
      Title: `${regime} request received ${receivedOn}`,
      Regime: regime,
      PersonRef: personId,
      ReceivedOn: toSharePointDate(receivedOn),
      StatutoryDueDate: toSharePointDate(statutoryDueDate),
      Ground: ground,
      HandlerId: handlerId,
      DecisionMakerId: decisionMakerId,
      RefusalNoticeDate: toSharePointDate(refusalNoticeDate),
      LinkedCaseRef: linkedCaseId,
      // The id is the client request key, so it stays out of the JSON (one source of truth).
      AssessmentJson: toJson(rest)
    };
  },
  fromRow: (row) => {
    const rest = fromJson<FoiRest>(row.AssessmentJson, {
      clarificationPauses: [],
      indicatorsConsidered: [],
      conciliatorySteps: [],
      handlerHeavilyInvolved: false
    });
    return {
      ...rest,
      id: idFromRow(row),
      regime: text(row.Regime) as FoiRegime,
      personId: optionalText(row.PersonRef),
      receivedOn: requiredDate(row.ReceivedOn, 'ReceivedOn'),
      statutoryDueDate: fromSharePointDate(row.StatutoryDueDate),
      ground: optionalText(row.Ground) as FoiGround | undefined,
      handlerId: text(row.HandlerId),
      decisionMakerId: optionalText(row.DecisionMakerId),
      refusalNoticeDate: fromSharePointDate(row.RefusalNoticeDate),
      linkedCaseId: optionalText(row.LinkedCaseRef)
    };
  }
};

export const warningMarkerMapper: RowMapper<WarningMarker> = {
  list: 'warningMarkers',
  idOf: (value) => value.id,
  toFields: (value) => ({
    Title: `Marker (${value.status})`,
    PersonRef: value.personId,
    IncidentIdsJson: toJson(value.incidentIds),
    RiskDescription: value.riskDescription,
    Precautions: value.precautions,
    ProposedBy: value.proposedBy,
    ApprovedBy: value.approvedBy,
    ApprovedAt: toSharePointInstant(value.approvedAt),
    NotifiedOn: toSharePointDate(value.notifiedOn),
    NotNotifiedReason: value.notNotifiedReason,
    ReviewDate: toSharePointDate(value.reviewDate),
    RemovedOn: toSharePointDate(value.removedOn),
    RemovalReason: value.removalReason,
    ChallengesJson: toJson(value.challenges),
    Status: value.status,
    ReviewsJson: toJson(value.reviews ?? []),
    HandlingCheck: value.handlingCheck,
    RemovedBy: value.removedBy,
    RemovalToldOn: toSharePointDate(value.removalToldOn),
    LettersJson: toJson(value.letters ?? []),
    AwaitingRemovalLetter: personNotYetToldOfRemoval(value)
  }),
  fromRow: (row) => ({
    id: idFromRow(row),
    personId: text(row.PersonRef),
    incidentIds: fromJson(row.IncidentIdsJson, []),
    riskDescription: text(row.RiskDescription),
    precautions: text(row.Precautions),
    proposedBy: text(row.ProposedBy),
    approvedBy: optionalText(row.ApprovedBy),
    approvedAt: fromSharePointInstant(row.ApprovedAt),
    notifiedOn: fromSharePointDate(row.NotifiedOn),
    notNotifiedReason: optionalText(row.NotNotifiedReason),
    reviewDate: requiredDate(row.ReviewDate, 'ReviewDate'),
    removedOn: fromSharePointDate(row.RemovedOn),
    removalReason: optionalText(row.RemovalReason),
    challenges: fromJson(row.ChallengesJson, []),
    status: text(row.Status) as MarkerStatus,
    reviews: fromJson(row.ReviewsJson, []),
    handlingCheck: optionalText(row.HandlingCheck),
    removedBy: optionalText(row.RemovedBy),
    removalToldOn: fromSharePointDate(row.RemovalToldOn),
    letters: fromJson(row.LettersJson, [])
  })
};

/** Issue 17: a staff flag carries no name in its title, and nothing of the narrative. */
export const markerFlagMapper: RowMapper<MarkerFlag> = {
  list: 'markerFlags',
  idOf: (value) => value.id,
  toFields: (value) => ({
    Title: 'Safety flag',
    PersonRef: value.personId,
    HandlingInstructions: value.handlingInstructions,
    ContactId: value.contactId,
    IsOpen: value.open
  }),
  fromRow: (row) => ({
    id: idFromRow(row),
    personId: text(row.PersonRef),
    handlingInstructions: text(row.HandlingInstructions),
    contactId: text(row.ContactId),
    open: bool(row.IsOpen)
  })
};

export const approvalRequestMapper: RowMapper<ApprovalRequest> = {
  list: 'approvalRequests',
  idOf: (value) => value.id,
  toFields: (value) => ({
    Title: `Approval card for ${value.approverId}`.slice(0, 255),
    SanctionRef: value.sanctionId,
    CaseRef: value.caseId,
    ApproverId: value.approverId,
    ConversationId: value.conversationId,
    ActivityId: value.activityId,
    ServiceUrl: value.serviceUrl,
    CardVersion: value.cardVersion,
    RequestStatus: value.status,
    SentAt: toSharePointInstant(value.sentAt),
    DecidedAt: toSharePointInstant(value.decidedAt)
  }),
  fromRow: (row) => ({
    id: idFromRow(row),
    sanctionId: text(row.SanctionRef),
    caseId: text(row.CaseRef),
    approverId: text(row.ApproverId),
    conversationId: text(row.ConversationId),
    activityId: text(row.ActivityId),
    serviceUrl: text(row.ServiceUrl),
    cardVersion: num(row.CardVersion, 1),
    status: text(row.RequestStatus) as ApprovalRequest['status'],
    sentAt: fromSharePointInstant(row.SentAt) ?? '',
    decidedAt: fromSharePointInstant(row.DecidedAt)
  })
};
