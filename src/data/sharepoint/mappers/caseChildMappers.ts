import type {
  Appeal,
  AppealGround,
  AppealOutcome,
  CaseTask,
  CaseTaskKind,
  ContactChannelKind,
  ContactLogEntry,
  FoiRegime,
  InvocationDecision,
  InvocationOutcome,
  Letter,
  LetterChannel,
  LetterType,
  Review,
  ReviewKind,
  ReviewOutcome
} from '../../../domain/model';
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

/** Children of a case carry the case's id in CaseRef; the domain child does not hold it. */
export interface CaseRefs {
  caseId: string;
}

export const invocationDecisionMapper: RowMapper<InvocationDecision, CaseRefs> = {
  list: 'invocationDecisions',
  idOf: (value) => value.id,
  toFields: (value, refs) => ({
    Title: `Panel decision: ${value.outcome}`,
    CaseRef: refs.caseId,
    MeetingDate: toSharePointDate(value.meetingDate),
    AttendeesJson: toJson(value.attendees),
    DocumentsReviewedJson: toJson(value.documentsReviewed),
    Outcome: value.outcome,
    Reasons: value.reasons,
    MonitoringMonths: value.monitoringPeriod?.lengthMonths,
    SpocUserId: value.spocUserId,
    BypassJson: toJson(value.bypass),
    RecordedBy: value.recordedBy,
    RecordedAt: toSharePointInstant(value.recordedAt)
  }),
  fromRow: (row) => ({
    id: idFromRow(row),
    meetingDate: requiredDate(row.MeetingDate, 'MeetingDate'),
    attendees: fromJson(row.AttendeesJson, []),
    documentsReviewed: fromJson(row.DocumentsReviewedJson, []),
    outcome: text(row.Outcome) as InvocationOutcome,
    reasons: text(row.Reasons),
    monitoringPeriod: typeof row.MonitoringMonths === 'number' ? { lengthMonths: row.MonitoringMonths } : undefined,
    spocUserId: optionalText(row.SpocUserId),
    bypass: fromJson(row.BypassJson, undefined),
    recordedBy: text(row.RecordedBy),
    recordedAt: requiredInstant(row.RecordedAt ?? row.Created, 'RecordedAt')
  })
};

export const reviewMapper: RowMapper<Review, CaseRefs> = {
  list: 'reviews',
  idOf: (value) => value.id,
  toFields: (value, refs) => ({
    Title: `${value.kind} review due ${value.dueDate}`,
    CaseRef: refs.caseId,
    SanctionRef: value.sanctionId,
    ReviewKind: value.kind,
    DueDate: toSharePointDate(value.dueDate),
    RequestedOn: toSharePointDate(value.requestedOn),
    RequestText: value.requestText,
    AssignedTo: value.assignedTo,
    HeldOn: toSharePointDate(value.heldOn),
    ReviewersJson: toJson(value.reviewers),
    Evidence: value.evidence,
    Outcome: value.outcome,
    Reasons: value.reasons,
    NextReviewDate: toSharePointDate(value.nextReviewDate),
    NewEndDate: toSharePointDate(value.newEndDate),
    LetterRef: value.letterId,
    AnsweredAt: toSharePointInstant(value.answeredAt)
  }),
  fromRow: (row) => ({
    id: idFromRow(row),
    kind: text(row.ReviewKind) as ReviewKind,
    sanctionId: text(row.SanctionRef),
    dueDate: requiredDate(row.DueDate, 'DueDate'),
    requestedOn: fromSharePointDate(row.RequestedOn),
    requestText: optionalText(row.RequestText),
    assignedTo: optionalText(row.AssignedTo),
    heldOn: fromSharePointDate(row.HeldOn),
    reviewers: fromJson(row.ReviewersJson, []),
    evidence: optionalText(row.Evidence),
    outcome: optionalText(row.Outcome) as ReviewOutcome | undefined,
    reasons: optionalText(row.Reasons),
    nextReviewDate: fromSharePointDate(row.NextReviewDate),
    newEndDate: fromSharePointDate(row.NewEndDate),
    letterId: optionalText(row.LetterRef),
    answeredAt: fromSharePointInstant(row.AnsweredAt)
  })
};

export const appealMapper: RowMapper<Appeal, CaseRefs> = {
  list: 'appeals',
  idOf: (value) => value.id,
  toFields: (value, refs) => ({
    Title: `Appeal received ${value.receivedOn}`,
    CaseRef: refs.caseId,
    SanctionRef: value.sanctionId,
    ReceivedOn: toSharePointDate(value.receivedOn),
    WithinDeadline: value.withinDeadline,
    Grounds: [...value.grounds],
    Statement: value.statement,
    ReviewerId: value.reviewerId,
    Outcome: value.outcome,
    DecisionReasons: value.decisionReasons,
    DecidedAt: toSharePointInstant(value.decidedAt),
    DecisionLetterRef: value.decisionLetterId
  }),
  fromRow: (row) => ({
    id: idFromRow(row),
    sanctionId: text(row.SanctionRef),
    receivedOn: requiredDate(row.ReceivedOn, 'ReceivedOn'),
    withinDeadline: bool(row.WithinDeadline),
    grounds: choices<AppealGround>(row.Grounds),
    statement: text(row.Statement),
    reviewerId: text(row.ReviewerId),
    outcome: optionalText(row.Outcome) as AppealOutcome | undefined,
    decisionReasons: optionalText(row.DecisionReasons),
    decidedAt: fromSharePointInstant(row.DecidedAt),
    decisionLetterId: optionalText(row.DecisionLetterRef)
  })
};

export const contactLogMapper: RowMapper<ContactLogEntry, CaseRefs> = {
  list: 'contactLog',
  idOf: (value) => value.id,
  toFields: (value, refs) => ({
    Title: `${value.channel} contact`,
    CaseRef: refs.caseId,
    ReceivedAt: toSharePointInstant(value.receivedAt),
    Channel: value.channel,
    ViaSpoc: value.viaSpoc,
    Summary: value.summary,
    NewIssue: value.newIssue,
    SafeguardingConcern: value.safeguardingConcern,
    BreachOfRestriction: value.breachOfRestriction,
    LoggedBy: value.loggedBy,
    ReviewedBy: value.reviewedBy,
    InformationRequest: value.informationRequest
  }),
  fromRow: (row) => ({
    id: idFromRow(row),
    receivedAt: requiredInstant(row.ReceivedAt, 'ReceivedAt'),
    channel: text(row.Channel) as ContactChannelKind,
    viaSpoc: bool(row.ViaSpoc),
    summary: text(row.Summary),
    newIssue: bool(row.NewIssue),
    safeguardingConcern: bool(row.SafeguardingConcern),
    breachOfRestriction: bool(row.BreachOfRestriction),
    loggedBy: text(row.LoggedBy),
    reviewedBy: optionalText(row.ReviewedBy),
    ...(optionalText(row.InformationRequest) ? { informationRequest: optionalText(row.InformationRequest) as FoiRegime } : {})
  })
};

export interface OptionalCaseRefs {
  caseId: string | undefined;
}

export const letterMapper: RowMapper<Letter, OptionalCaseRefs> = {
  list: 'letters',
  idOf: (value) => value.id,
  toFields: (value, refs) => ({
    Title: `${value.type} ${value.id.slice(0, 8)}`,
    CaseRef: refs.caseId ?? value.caseId,
    LetterType: value.type,
    TemplateVersion: value.templateVersion,
    LetterChannel: value.channel,
    FieldsJson: toJson(value.fields),
    SentOn: toSharePointDate(value.sentOn),
    SentBy: value.sentBy,
    DeliveryEvidence: value.deliveryEvidence
  }),
  fromRow: (row) => ({
    id: idFromRow(row),
    caseId: optionalText(row.CaseRef),
    type: text(row.LetterType) as LetterType,
    templateVersion: text(row.TemplateVersion),
    channel: (optionalText(row.LetterChannel) ?? 'letter') as LetterChannel,
    fields: fromJson(row.FieldsJson, {}),
    sentOn: fromSharePointDate(row.SentOn),
    sentBy: optionalText(row.SentBy),
    deliveryEvidence: optionalText(row.DeliveryEvidence)
  })
};

export const taskMapper: RowMapper<CaseTask, OptionalCaseRefs> = {
  list: 'tasks',
  idOf: (value) => value.id,
  toFields: (value, refs) => ({
    Title: value.detail.slice(0, 255),
    TaskKind: value.kind,
    CaseRef: refs.caseId ?? value.caseId,
    AssigneesJson: toJson(value.assignees),
    PrimaryAssignee: value.assignees[0],
    PersonName: value.personName,
    RecordRef: value.recordId,
    Service: value.service,
    DueDate: toSharePointDate(value.dueDate),
    TaskCreatedAt: toSharePointInstant(value.createdAt),
    Detail: value.detail,
    Done: value.done
  }),
  fromRow: (row) => ({
    id: idFromRow(row),
    kind: text(row.TaskKind) as CaseTaskKind,
    assignees: fromJson(row.AssigneesJson, []),
    caseId: optionalText(row.CaseRef),
    personName: optionalText(row.PersonName),
    recordId: optionalText(row.RecordRef),
    service: optionalText(row.Service),
    dueDate: fromSharePointDate(row.DueDate),
    createdAt: requiredInstant(row.TaskCreatedAt ?? row.Created, 'TaskCreatedAt'),
    detail: text(row.Detail),
    done: bool(row.Done)
  })
};

export function caseRefOf(row: Record<string, unknown>): string {
  return text(row.CaseRef);
}

export function numberOr(value: unknown, fallback: number): number {
  return num(value, fallback);
}
