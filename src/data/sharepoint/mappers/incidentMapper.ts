import type { BehaviourCategoryCode, ImmediateAction, IncidentChannel, IncidentReport, IncidentStatus } from '../../../domain/model';
import {
  bool,
  choices,
  fromJson,
  fromSharePointInstant,
  optionalText,
  requiredInstant,
  text,
  toJson,
  toSharePointInstant
} from '../values';
import type { RowMapper } from './rowMapper';
import { idFromRow } from './rowMapper';

export const incidentMapper: RowMapper<IncidentReport> = {
  list: 'incidents',
  idOf: (incident) => incident.id,
  toFields: (incident) => ({
    Title: `${incident.channel} incident, ${incident.service}`.slice(0, 255),
    PersonRef: incident.personId,
    ReporterId: incident.reporterId,
    OccurredAt: toSharePointInstant(incident.occurredAt),
    Channel: incident.channel,
    Service: incident.service,
    Narrative: incident.narrative,
    Categories: [...incident.categories],
    ImmediateAction: incident.immediateAction,
    ImmediateActionDetail: incident.immediateActionDetail,
    WitnessesJson: toJson(incident.witnesses),
    PoliceReference: incident.policeReference,
    AttachmentsJson: toJson(incident.attachments),
    HealthAndSafetyFlag: incident.healthAndSafetyFlag,
    Status: incident.status,
    SubmittedAt: toSharePointInstant(incident.submittedAt),
    AcknowledgedAt: toSharePointInstant(incident.acknowledgedAt),
    AcknowledgedBy: incident.acknowledgedBy
  }),
  fromRow: (row) => ({
    id: idFromRow(row),
    personId: text(row.PersonRef),
    reporterId: text(row.ReporterId),
    occurredAt: requiredInstant(row.OccurredAt, 'OccurredAt'),
    channel: text(row.Channel) as IncidentChannel,
    service: text(row.Service),
    narrative: text(row.Narrative),
    categories: choices<BehaviourCategoryCode>(row.Categories),
    immediateAction: (optionalText(row.ImmediateAction) ?? 'none') as ImmediateAction,
    immediateActionDetail: optionalText(row.ImmediateActionDetail),
    witnesses: fromJson(row.WitnessesJson, []),
    policeReference: optionalText(row.PoliceReference),
    attachments: fromJson(row.AttachmentsJson, []),
    healthAndSafetyFlag: bool(row.HealthAndSafetyFlag),
    status: text(row.Status) as IncidentStatus,
    submittedAt: fromSharePointInstant(row.SubmittedAt),
    acknowledgedAt: fromSharePointInstant(row.AcknowledgedAt),
    acknowledgedBy: optionalText(row.AcknowledgedBy)
  })
};
