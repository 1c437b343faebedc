import type { Case, CaseRoute, CaseStatus, ClosureReason, MonitoringPeriod } from '../../../domain/model';
import { caseLabel } from '../../../domain/model/caseReference';
import { fromJson, num, optionalText, requiredInstant, text, toJson, toSharePointDate, toSharePointInstant } from '../values';
import type { RowMapper } from './rowMapper';
import { idFromRow } from './rowMapper';

/**
 * The Cases row holds the root of the aggregate. Children (sanctions, reviews, …) live in
 * their own lists and are attached by the case repository; here they start empty.
 */
export const caseMapper: RowMapper<Case> = {
  list: 'cases',
  idOf: (value) => value.id,
  toFields: (value) => ({
    Title: caseLabel(value),
    Route: value.route,
    CaseReference: value.reference,
    PersonRef: value.personId,
    IncidentIdsJson: toJson(value.incidentIds),
    MemberReferralRef: value.memberReferralId,
    LeadService: value.leadService,
    CreatedById: value.createdBy,
    LineManagerId: value.lineManagerId,
    CaseOfficerId: value.caseOfficerId,
    ConflictsJson: toJson(value.conflictDeclarations),
    Status: value.status,
    ClosureReason: value.closureReason,
    ChecklistJson: toJson(value.checklist),
    MonitoringPeriodJson: toJson(value.monitoringPeriod),
    MonitoringEndDate: toSharePointDate(value.monitoringPeriod?.endedOn ?? value.monitoringPeriod?.plannedEndDate),
    NoReplyJson: toJson(value.noReplyInstructions),
    OmbudsmanJson: toJson(value.ombudsmanEnquiries ?? []),
    OpenedAt: toSharePointInstant(value.createdAt),
    UpdatedAt: toSharePointInstant(value.updatedAt),
    Revision: value.revision
  }),
  fromRow: (row) => ({
    id: idFromRow(row),
    route: text(row.Route) as CaseRoute,
    personId: text(row.PersonRef),
    incidentIds: fromJson(row.IncidentIdsJson, []),
    memberReferralId: optionalText(row.MemberReferralRef),
    reference: optionalText(row.CaseReference),
    leadService: text(row.LeadService),
    createdBy: text(row.CreatedById),
    lineManagerId: optionalText(row.LineManagerId),
    caseOfficerId: optionalText(row.CaseOfficerId),
    conflictDeclarations: fromJson(row.ConflictsJson, []),
    status: text(row.Status) as CaseStatus,
    closureReason: optionalText(row.ClosureReason) as ClosureReason | undefined,
    checklist: fromJson(row.ChecklistJson, undefined),
    invocationDecision: undefined,
    monitoringPeriod: fromJson<MonitoringPeriod | undefined>(row.MonitoringPeriodJson, undefined),
    sanctions: [],
    reviews: [],
    appeals: [],
    letters: [],
    contactLog: [],
    tasks: [],
    noReplyInstructions: fromJson(row.NoReplyJson, []),
    ombudsmanEnquiries: fromJson(row.OmbudsmanJson, []),
    createdAt: requiredInstant(row.OpenedAt ?? row.Created, 'OpenedAt'),
    updatedAt: requiredInstant(row.UpdatedAt ?? row.Modified, 'UpdatedAt'),
    revision: num(row.Revision)
  })
};
