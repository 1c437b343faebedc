/**
 * Identifier aliases. They are plain strings (SharePoint item ids and Entra object ids
 * arrive as text); the aliases document intent at every call site.
 */
export type UserId = string;
export type PersonId = string;
export type IncidentId = string;
export type CaseId = string;
export type SanctionId = string;
export type DecisionId = string;
export type ReviewId = string;
export type AppealId = string;
export type LetterId = string;
export type ReferralId = string;
export type MarkerId = string;
export type FoiRequestId = string;
export type AuditEventId = string;
export type ContactLogEntryId = string;
export type TaskId = string;
/** Name of a council service/department, e.g. 'Housing'. Configuration, not an enum. */
export type ServiceName = string;
