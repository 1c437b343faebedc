import type { Sanction, SanctionScope, SanctionStatus } from '../../../domain/model';
import { sanctionTypes } from '../../../domain/model';
import {
  fromJson,
  fromSharePointDate,
  num,
  optionalText,
  requiredDate,
  requiredInstant,
  text,
  toJson,
  toSharePointDate,
  toSharePointInstant
} from '../values';
import type { CaseRefs } from './caseChildMappers';
import type { RowMapper } from './rowMapper';
import { idFromRow } from './rowMapper';

/** Approvals are not stored on the sanction row: they are Decisions, written by the service. */
/** Refs are ignored: a sanction carries its own caseId. */
export const sanctionMapper: RowMapper<Sanction, CaseRefs | undefined> = {
  list: 'sanctions',
  idOf: (value) => value.id,
  toFields: (value) => ({
    Title: `${sanctionTypes(value).join(', ')} v${value.version}`.slice(0, 255),
    CaseRef: value.caseId,
    SubjectPersonRef: value.subjectPersonId,
    SanctionVersion: value.version,
    RestrictionsJson: toJson(value.restrictions),
    RestrictionTypes: sanctionTypes(value),
    ScopeKind: value.scope.kind,
    ScopeJson: toJson(value.scope),
    StartDate: toSharePointDate(value.startDate),
    EndDate: toSharePointDate(value.endDate),
    ReviewDate: toSharePointDate(value.reviewDate),
    SpocJson: toJson(value.spoc),
    NecessaryContactArrangements: value.necessaryContactArrangements,
    ProportionalityReasons: value.proportionalityReasons,
    AdjustmentOverrideReason: value.adjustmentOverrideReason,
    ContinuityPlanJson: toJson(value.continuityPlan),
    ProposedBy: value.proposedBy,
    ProposedAt: toSharePointInstant(value.proposedAt),
    Status: value.status,
    CustomerNotifiedOn: toSharePointDate(value.customerNotifiedOn),
    ServicesNotifiedOn: toSharePointDate(value.servicesNotifiedOn),
    SupersedesSanctionRef: value.supersedesSanctionId
  }),
  fromRow: (row) => ({
    id: idFromRow(row),
    version: num(row.SanctionVersion, 1),
    caseId: text(row.CaseRef),
    subjectPersonId: text(row.SubjectPersonRef),
    restrictions: fromJson(row.RestrictionsJson, []),
    scope: fromJson<SanctionScope>(row.ScopeJson, { kind: 'service', service: '' }),
    startDate: requiredDate(row.StartDate, 'StartDate'),
    endDate: requiredDate(row.EndDate, 'EndDate'),
    reviewDate: requiredDate(row.ReviewDate, 'ReviewDate'),
    spoc: fromJson(row.SpocJson, { name: '', channel: 'email' as const }),
    necessaryContactArrangements: text(row.NecessaryContactArrangements),
    proportionalityReasons: text(row.ProportionalityReasons),
    adjustmentOverrideReason: optionalText(row.AdjustmentOverrideReason),
    continuityPlan: fromJson(row.ContinuityPlanJson, undefined),
    proposedBy: text(row.ProposedBy),
    proposedAt: requiredInstant(row.ProposedAt ?? row.Created, 'ProposedAt'),
    approvals: [],
    status: text(row.Status) as SanctionStatus,
    customerNotifiedOn: fromSharePointDate(row.CustomerNotifiedOn),
    servicesNotifiedOn: fromSharePointDate(row.ServicesNotifiedOn),
    supersedesSanctionId: optionalText(row.SupersedesSanctionRef)
  })
};
