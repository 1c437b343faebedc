import {
  APPEAL_GROUNDS,
  APPEAL_OUTCOMES,
  APPROVAL_OUTCOMES,
  AUDITED_ENTITY_TYPES,
  BEHAVIOUR_CATEGORY_CODES,
  CASE_ROUTES,
  CASE_STATUSES,
  CLOSURE_REASONS,
  CONTACT_CHANNEL_KINDS,
  FOI_GROUNDS,
  FOI_REGIMES,
  IMMEDIATE_ACTIONS,
  INCIDENT_CHANNELS,
  INCIDENT_STATUSES,
  INVOCATION_OUTCOMES,
  isAssignableRole,
  LETTER_CHANNELS,
  LETTER_TYPES,
  MARKER_STATUSES,
  REVIEW_OUTCOMES,
  ROLES,
  SANCTION_STATUSES,
  SANCTION_TYPE_CODES,
  VULNERABILITY_FLAGS
} from '../../domain/model';
import { bool, choice, clientRequestKey, date, instant, json, multiChoice, note, num, ref, text, user } from './fields';
import type { ListDefinition } from './types';

/*
 * Decision: the §2.3 checklist is stored as JSON on the case (Cases.ChecklistJson), not in
 * a list of its own. It has 13 fixed items, is always read and saved together with its case,
 * and must change under the case's etag: one item, one version, one conflict check. A
 * separate list would add a write per answer and a second etag to reconcile.
 */

/*
 * Decision: a person is two lists. Persons holds who they are and how to reach them (names,
 * aliases, addresses, contact channels): staff need it to find the right customer and to add
 * one when they record an incident, and SharePoint lets whoever may read a list read every
 * column of every item (no item-level or column-level permissions). What the policy records
 * about their needs and circumstances (reasonable adjustments, health conditions among them;
 * vulnerability and safeguarding flags; representatives; people they care for; statutory roles)
 * is special category or third-party data, so it lives in PersonDetails, one item per person,
 * which only those who may read the whole case can open (BR-22). Provisioning moves it out of
 * Persons on a site set up before the split (src/data/sharepoint/movePersonDetails.ts).
 */
const PERSONS: ListDefinition = {
  key: 'persons',
  title: 'Persons',
  description: 'Customers and members of the public the CCM cases are about: names and how to reach them.',
  template: 'GenericList',
  titleField: { displayName: 'Display name', required: true },
  fields: [
    clientRequestKey(),
    text('GivenName', 'Given name'),
    text('FamilyName', 'Family name', { indexed: true }),
    json('AliasesJson', 'Aliases'),
    json('AddressesJson', 'Addresses'),
    json('ContactChannelsJson', 'Contact channels')
  ],
  readSecurity: 1,
  writeSecurity: 1,
  enableVersioning: true,
  // Staff find the customer (or add a new one) when they record an incident: add and view, never edit or delete.
  grants: {
    staff: 'appendOnly',
    caseTeam: 'contribute',
    managers: 'contribute',
    monitoring: 'read',
    foiOfficers: 'read',
    auditors: 'read',
    serviceAccounts: 'contribute',
    dataProtection: 'read'
  }
};

/*
 * Decision: a person is found by equality on an indexed search key, one row per way their
 * name may be typed (domain/people/nameSearchKey.ts), not by a prefix on the Persons list.
 * Equality on an indexed column is the one query SharePoint answers from the index on a list
 * of any size; the keys of aliases and previous names need rows of their own. Rows are only
 * added, never removed: a renamed person stays findable under the name staff knew.
 */
const PERSON_NAME_KEYS: ListDefinition = {
  key: 'personNameKeys',
  title: 'PersonNameKeys',
  description: 'How to find a person however the name is typed: one search key per name form.',
  template: 'GenericList',
  titleField: { displayName: 'Name as recorded', required: true },
  fields: [clientRequestKey(), text('NameKey', 'Search key', { indexed: true }), ref('PersonRef', 'Person', { required: true })],
  readSecurity: 1,
  writeSecurity: 1,
  enableVersioning: false,
  // Whoever may add a person adds the keys with it; nobody edits or deletes one by hand.
  grants: {
    staff: 'appendOnly',
    caseTeam: 'appendOnly',
    managers: 'appendOnly',
    monitoring: 'read',
    foiOfficers: 'read',
    auditors: 'read',
    serviceAccounts: 'contribute',
    dataProtection: 'read'
  }
};

/** A person's needs and circumstances, apart from Persons so that staff cannot read them (see PERSONS). */
const PERSON_DETAILS: ListDefinition = {
  key: 'personDetails',
  title: 'PersonDetails',
  description: 'What is recorded about a customer’s needs and circumstances. Case team, managers, monitoring and auditors only.',
  template: 'GenericList',
  // Nothing identifying in the title: the item is found by its person's id (ClientRequestKey).
  titleField: { displayName: 'Title', required: false },
  fields: [
    // The person's id: one item per person, and a retried create finds it.
    clientRequestKey(),
    json('RepresentativesJson', 'Representatives'),
    json('AdjustmentsJson', 'Reasonable adjustments'),
    multiChoice('VulnerabilityFlags', 'Vulnerability flags', VULNERABILITY_FLAGS),
    json('StatutoryRolesJson', 'Statutory roles'),
    json('CaredForJson', 'Carer or representative for')
  ],
  readSecurity: 1,
  writeSecurity: 1,
  enableVersioning: true,
  // Whoever may read the whole case (domain can(): case.readFull) and no one else: not staff,
  // FOI officers or councillors, who find and name customers through Persons.
  grants: {
    caseTeam: 'contribute',
    managers: 'contribute',
    monitoring: 'read',
    auditors: 'read',
    serviceAccounts: 'contribute',
    // Issue 17: the adviser checks a marker's handling instructions against recorded adjustments.
    healthSafety: 'read',
    dataProtection: 'read'
  }
};

const INCIDENTS: ListDefinition = {
  key: 'incidents',
  title: 'Incidents',
  description: 'Behaviour reports recorded by staff. Staff see only the reports they created.',
  template: 'GenericList',
  titleField: { displayName: 'Summary', required: false },
  fields: [
    clientRequestKey(),
    ref('PersonRef', 'Person'),
    user('ReporterId', 'Reporter', { indexed: true, required: true }),
    instant('OccurredAt', 'Occurred at', { indexed: true, required: true }),
    choice('Channel', 'Channel', INCIDENT_CHANNELS, { required: true }),
    text('Service', 'Service', { indexed: true }),
    note('Narrative', 'What happened (factual, quoted words)'),
    multiChoice('Categories', 'Behaviour categories', BEHAVIOUR_CATEGORY_CODES),
    choice('ImmediateAction', 'Immediate action taken', IMMEDIATE_ACTIONS),
    note('ImmediateActionDetail', 'Immediate action detail'),
    json('WitnessesJson', 'Witnesses'),
    text('PoliceReference', 'Police reference', { maxLength: 64 }),
    json('AttachmentsJson', 'Attachments'),
    bool('HealthAndSafetyFlag', 'Health and safety (RIDDOR) reportable'),
    choice('Status', 'Status', INCIDENT_STATUSES, { indexed: true, required: true }),
    instant('SubmittedAt', 'Submitted at'),
    instant('AcknowledgedAt', 'Acknowledged at'),
    user('AcknowledgedBy', 'Acknowledged by')
  ],
  readSecurity: 2,
  writeSecurity: 2,
  enableVersioning: true,
  grants: { staff: 'contribute', caseTeam: 'edit', managers: 'edit', serviceAccounts: 'contribute', dataProtection: 'readAllItems' }
};

const CASES: ListDefinition = {
  key: 'cases',
  title: 'Cases',
  description: 'CCM cases: route, status, case officer, checklist and monitoring period.',
  template: 'GenericList',
  titleField: { displayName: 'Case reference', required: false },
  fields: [
    clientRequestKey(),
    choice('Route', 'Route', CASE_ROUTES, { indexed: true, required: true }),
    // Unique, so two officers opening cases at once cannot both take the same number.
    text('CaseReference', 'Case reference (CCM-yyyy-nnnn)', { indexed: true, unique: true }),
    ref('PersonRef', 'Person', { required: true }),
    json('IncidentIdsJson', 'Originating incidents'),
    ref('MemberReferralRef', 'Member referral'),
    text('LeadService', 'Lead service', { indexed: true }),
    user('CreatedById', 'Created by', { indexed: true }),
    user('LineManagerId', 'Line manager', { indexed: true }),
    user('CaseOfficerId', 'Case officer', { indexed: true }),
    json('ConflictsJson', 'Conflict declarations'),
    choice('Status', 'Status', CASE_STATUSES, { indexed: true, required: true }),
    choice('ClosureReason', 'Closure reason', CLOSURE_REASONS),
    json('ChecklistJson', 'Consider-before-restricting checklist'),
    json('MonitoringPeriodJson', 'Monitoring period'),
    date('MonitoringEndDate', 'Monitoring period ends', { indexed: true }),
    json('NoReplyJson', 'No-reply instructions'),
    // Issue 16 item 8: Ombudsman enquiries, decisions, remedies and the letters copied to them.
    json('OmbudsmanJson', 'Ombudsman enquiries'),
    instant('OpenedAt', 'Opened at', { indexed: true }),
    instant('UpdatedAt', 'Updated at', { indexed: true }),
    num('Revision', 'Revision')
  ],
  readSecurity: 1,
  writeSecurity: 1,
  enableVersioning: true,
  grants: {
    caseTeam: 'contribute',
    managers: 'contribute',
    monitoring: 'read',
    auditors: 'read',
    serviceAccounts: 'contribute',
    dataProtection: 'read'
  }
};

const SANCTIONS: ListDefinition = {
  key: 'sanctions',
  title: 'Sanctions',
  description: 'Restrictions proposed or applied on a case, one item per version.',
  template: 'GenericList',
  titleField: { displayName: 'Summary', required: false },
  fields: [
    clientRequestKey(),
    ref('CaseRef', 'Case', { required: true }),
    ref('SubjectPersonRef', 'Subject person', { required: true }),
    num('SanctionVersion', 'Version'),
    json('RestrictionsJson', 'Restrictions'),
    multiChoice('RestrictionTypes', 'Restriction types', SANCTION_TYPE_CODES),
    choice('ScopeKind', 'Scope', ['person', 'team', 'service', 'councilWide', 'premisesExclusion', 'publicMeetingExclusion']),
    json('ScopeJson', 'Scope detail'),
    date('StartDate', 'Start date', { indexed: true }),
    date('EndDate', 'End date', { indexed: true }),
    date('ReviewDate', 'Review date', { indexed: true }),
    json('SpocJson', 'Single point of contact'),
    note('NecessaryContactArrangements', 'Arrangements for necessary contact'),
    note('ProportionalityReasons', 'Proportionality reasons'),
    note('AdjustmentOverrideReason', 'Adjustment conflict override reason'),
    json('ContinuityPlanJson', 'Continuity plan'),
    user('ProposedBy', 'Proposed by', { indexed: true }),
    instant('ProposedAt', 'Proposed at'),
    choice('Status', 'Status', SANCTION_STATUSES, { indexed: true, required: true }),
    date('CustomerNotifiedOn', 'Customer notified on'),
    date('ServicesNotifiedOn', 'Services notified on'),
    ref('SupersedesSanctionRef', 'Supersedes sanction')
  ],
  readSecurity: 1,
  writeSecurity: 1,
  enableVersioning: true,
  grants: {
    caseTeam: 'contribute',
    managers: 'contribute',
    monitoring: 'read',
    auditors: 'read',
    serviceAccounts: 'contribute',
    dataProtection: 'read'
  }
};

const DECISIONS: ListDefinition = {
  key: 'decisions',
  title: 'Decisions',
  description: 'Approval decisions on sanctions. Written only by the case service.',
  template: 'GenericList',
  titleField: { displayName: 'Summary', required: false },
  fields: [
    clientRequestKey(),
    ref('SanctionRef', 'Sanction', { required: true }),
    ref('CaseRef', 'Case', { required: true }),
    user('ApproverId', 'Approver', { indexed: true, required: true }),
    choice('ApproverRole', 'Approver role', ROLES.filter(isAssignableRole)),
    choice('Outcome', 'Outcome', APPROVAL_OUTCOMES, { required: true }),
    note('Reasons', 'Reasons'),
    instant('DecidedAt', 'Decided at', { indexed: true }),
    bool('ContinuityPlanConfirmed', 'Continuity plan confirmed'),
    bool('ChannelConfirmed', 'Channel confirmed for the person')
  ],
  readSecurity: 1,
  writeSecurity: 1,
  enableVersioning: true,
  grants: {
    caseTeam: 'read',
    managers: 'read',
    monitoring: 'read',
    auditors: 'read',
    serviceAccounts: 'contribute',
    dataProtection: 'read'
  }
};

const INVOCATION_DECISIONS: ListDefinition = {
  key: 'invocationDecisions',
  title: 'InvocationDecisions',
  description: 'Panel decisions on whether to invoke the policy.',
  template: 'GenericList',
  titleField: { displayName: 'Summary', required: false },
  fields: [
    clientRequestKey(),
    ref('CaseRef', 'Case', { required: true }),
    date('MeetingDate', 'Meeting date', { indexed: true }),
    json('AttendeesJson', 'Attendees'),
    json('DocumentsReviewedJson', 'Documents reviewed'),
    choice('Outcome', 'Decision', INVOCATION_OUTCOMES, { required: true }),
    note('Reasons', 'Reasons'),
    num('MonitoringMonths', 'Monitoring period (months)'),
    user('SpocUserId', 'Single point of contact'),
    json('BypassJson', 'Bypass of the monitoring period'),
    user('RecordedBy', 'Recorded by'),
    instant('RecordedAt', 'Recorded at')
  ],
  readSecurity: 1,
  writeSecurity: 1,
  enableVersioning: true,
  grants: {
    caseTeam: 'contribute',
    managers: 'contribute',
    monitoring: 'read',
    auditors: 'read',
    serviceAccounts: 'contribute',
    dataProtection: 'read'
  }
};

const REVIEWS: ListDefinition = {
  key: 'reviews',
  title: 'Reviews',
  description: 'Scheduled and person-requested reviews of sanctions.',
  template: 'GenericList',
  titleField: { displayName: 'Summary', required: false },
  fields: [
    clientRequestKey(),
    ref('CaseRef', 'Case', { required: true }),
    ref('SanctionRef', 'Sanction', { required: true }),
    choice('ReviewKind', 'Kind', ['Scheduled', 'PersonRequested'], { required: true }),
    date('DueDate', 'Due date', { indexed: true, required: true }),
    date('RequestedOn', 'Requested on'),
    note('RequestText', 'Request'),
    user('AssignedTo', 'Assigned to', { indexed: true }),
    date('HeldOn', 'Held on'),
    json('ReviewersJson', 'Reviewers'),
    note('Evidence', 'Evidence'),
    choice('Outcome', 'Outcome', REVIEW_OUTCOMES, { indexed: true }),
    note('Reasons', 'Reasons'),
    date('NextReviewDate', 'Next review date'),
    date('NewEndDate', 'New end date'),
    ref('LetterRef', 'Letter'),
    instant('AnsweredAt', 'Answered at')
  ],
  readSecurity: 1,
  writeSecurity: 1,
  enableVersioning: true,
  grants: {
    caseTeam: 'contribute',
    managers: 'contribute',
    monitoring: 'read',
    auditors: 'read',
    serviceAccounts: 'contribute',
    dataProtection: 'read'
  }
};

const APPEALS: ListDefinition = {
  key: 'appeals',
  title: 'Appeals',
  description: 'Appeals against sanctions.',
  template: 'GenericList',
  titleField: { displayName: 'Summary', required: false },
  fields: [
    clientRequestKey(),
    ref('CaseRef', 'Case', { required: true }),
    ref('SanctionRef', 'Sanction', { required: true }),
    date('ReceivedOn', 'Received on', { indexed: true, required: true }),
    bool('WithinDeadline', 'Within deadline'),
    multiChoice('Grounds', 'Grounds', APPEAL_GROUNDS),
    note('Statement', 'Statement'),
    user('ReviewerId', 'Reviewer', { indexed: true }),
    choice('Outcome', 'Outcome', APPEAL_OUTCOMES, { indexed: true }),
    note('DecisionReasons', 'Decision reasons'),
    instant('DecidedAt', 'Decided at'),
    ref('DecisionLetterRef', 'Decision letter')
  ],
  readSecurity: 1,
  writeSecurity: 1,
  enableVersioning: true,
  grants: {
    caseTeam: 'contribute',
    managers: 'contribute',
    monitoring: 'read',
    auditors: 'read',
    serviceAccounts: 'contribute',
    dataProtection: 'read'
  }
};

const CONTACT_LOG: ListDefinition = {
  key: 'contactLog',
  title: 'ContactLog',
  description: 'Contacts received during monitoring or a restriction.',
  template: 'GenericList',
  titleField: { displayName: 'Summary', required: false },
  fields: [
    clientRequestKey(),
    ref('CaseRef', 'Case', { required: true }),
    instant('ReceivedAt', 'Received at', { indexed: true, required: true }),
    choice('Channel', 'Channel', CONTACT_CHANNEL_KINDS),
    bool('ViaSpoc', 'Via single point of contact'),
    note('Summary', 'Summary'),
    bool('NewIssue', 'New issue'),
    bool('SafeguardingConcern', 'Safeguarding concern'),
    bool('BreachOfRestriction', 'Breach of restriction'),
    user('LoggedBy', 'Logged by', { indexed: true }),
    user('ReviewedBy', 'Reviewed by'),
    // BR-16: a request for information, passed to the FOI officer under this regime.
    choice('InformationRequest', 'Request for information', FOI_REGIMES)
  ],
  readSecurity: 1,
  writeSecurity: 1,
  enableVersioning: true,
  grants: {
    caseTeam: 'contribute',
    managers: 'contribute',
    monitoring: 'read',
    auditors: 'read',
    serviceAccounts: 'contribute',
    dataProtection: 'read'
  }
};

const LETTERS: ListDefinition = {
  key: 'letters',
  title: 'Letters',
  description: 'Letters to customers with their mandatory content fields.',
  template: 'DocumentLibrary',
  titleField: { displayName: 'Title', required: false },
  fields: [
    // Not required here: a file is uploaded first and its metadata set straight after.
    clientRequestKey({ required: false }),
    ref('CaseRef', 'Case'),
    choice('LetterType', 'Letter type', LETTER_TYPES, { indexed: true }),
    text('TemplateVersion', 'Template version', { maxLength: 32 }),
    choice('LetterChannel', 'Channel', LETTER_CHANNELS),
    json('FieldsJson', 'Mandatory content'),
    date('SentOn', 'Sent on', { indexed: true }),
    user('SentBy', 'Sent by'),
    note('DeliveryEvidence', 'Delivery evidence')
  ],
  readSecurity: 1,
  writeSecurity: 1,
  enableVersioning: true,
  grants: {
    caseTeam: 'contribute',
    managers: 'contribute',
    monitoring: 'read',
    auditors: 'read',
    serviceAccounts: 'contribute',
    dataProtection: 'read'
  }
};

const RESTRICTION_ALERTS: ListDefinition = {
  key: 'restrictionAlerts',
  title: 'RestrictionAlerts',
  description: 'The minimum every member of staff needs to see: who is restricted, how to make contact.',
  template: 'GenericList',
  titleField: { displayName: 'Person name', required: true },
  fields: [
    clientRequestKey(),
    ref('PersonRef', 'Person', { required: true }),
    text('PersonNameKey', 'Person name (search key)', { indexed: true }),
    ref('SanctionRef', 'Sanction'),
    ref('CaseRef', 'Case'),
    multiChoice('RestrictionTypes', 'Restriction types', SANCTION_TYPE_CODES),
    note('RestrictionSummary', 'What the restriction means'),
    text('ScopeSummary', 'Applies to'),
    text('SpocName', 'Single point of contact'),
    text('SpocChannel', 'Contact channel'),
    text('SpocCover', 'Cover for the single point of contact'),
    note('ContactArrangements', 'Arrangements for necessary contact'),
    // BR-31 (issue 16 item 6): the communication needs staff must respect, as instructions.
    json('CommunicationNeedsJson', 'Communication needs to respect'),
    date('ActiveFrom', 'Active from'),
    date('ActiveUntil', 'Active until', { indexed: true }),
    bool('IsActive', 'Active', { indexed: true })
  ],
  readSecurity: 1,
  writeSecurity: 1,
  enableVersioning: false,
  // Written only as a consequence of a sanction's transition, by whoever applies it as
  // themselves (the case team; managers who hear reviews and appeals), and by the case
  // service's identity (expiry, reconciliation). Everyone else reads. See README, security.
  grants: {
    staff: 'read',
    caseTeam: 'contribute',
    managers: 'contribute',
    monitoring: 'read',
    foiOfficers: 'read',
    auditors: 'read',
    serviceAccounts: 'contribute',
    dataProtection: 'read'
  }
};

const GUIDANCE: ListDefinition = {
  key: 'guidance',
  title: 'Guidance',
  description: 'Policy guidance shown beside the forms, versioned with an effective date.',
  template: 'GenericList',
  titleField: { displayName: 'Heading', required: true },
  fields: [
    clientRequestKey(),
    text('SectionKey', 'Section key', { indexed: true, required: true }),
    choice('Audience', 'Audience', ['staff', 'member', 'foi'], { indexed: true, required: true }),
    json('ContextKeysJson', 'Where it is shown'),
    note('Body', 'Text'),
    num('GuidanceVersion', 'Version', { required: true }),
    date('EffectiveFrom', 'Effective from', { indexed: true, required: true }),
    json('SourceRefsJson', 'Sources')
  ],
  readSecurity: 1,
  writeSecurity: 1,
  enableVersioning: true,
  // The administrators publish new versions from the administration screen; everyone else reads.
  grants: {
    staff: 'read',
    caseTeam: 'read',
    managers: 'read',
    monitoring: 'read',
    members: 'read',
    foiOfficers: 'read',
    auditors: 'read',
    administrators: 'fullControl',
    serviceAccounts: 'contribute',
    dataProtection: 'read'
  }
};

const AUDIT_LOG: ListDefinition = {
  key: 'auditLog',
  title: 'AuditLog',
  description: 'Append-only business events; each entry chains the SHA-256 of the one before.',
  template: 'GenericList',
  titleField: { displayName: 'Summary', required: false },
  fields: [
    clientRequestKey(),
    // Unique sequence and previous-hash columns make two concurrent appends collide
    // instead of forking the chain: the loser re-reads the tail and tries again.
    num('Sequence', 'Sequence', { indexed: true, unique: true, required: true }),
    instant('EventAt', 'Event at', { indexed: true, required: true }),
    user('ActorId', 'Actor', { indexed: true, required: true }),
    text('Action', 'Action', { indexed: true, required: true }),
    choice('EntityType', 'Entity type', AUDITED_ENTITY_TYPES, { indexed: true }),
    ref('EntityRef', 'Entity'),
    json('BeforeJson', 'Before'),
    json('AfterJson', 'After'),
    text('Rule', 'Business rule', { maxLength: 32 }),
    note('AuditNote', 'Note'),
    text('PreviousHash', 'Previous entry hash', { maxLength: 64, indexed: true, unique: true, required: true }),
    text('EntryHash', 'Entry hash', { maxLength: 64, indexed: true, required: true })
  ],
  readSecurity: 1,
  writeSecurity: 1,
  enableVersioning: true,
  grants: {
    staff: 'appendOnly',
    caseTeam: 'appendOnly',
    managers: 'appendOnly',
    monitoring: 'appendOnly',
    members: 'appendOnly',
    foiOfficers: 'appendOnly',
    auditors: 'read',
    // Every change made on the administration screen is audited as its administrator.
    administrators: 'appendOnly',
    serviceAccounts: 'appendOnly',
    healthSafety: 'appendOnly',
    dataProtection: 'appendOnly'
  }
};

const SETTINGS: ListDefinition = {
  key: 'settings',
  title: 'Settings',
  description: 'Configuration: role holders, durations, review intervals, retention.',
  template: 'GenericList',
  titleField: { displayName: 'Name', required: false },
  fields: [
    clientRequestKey(),
    text('SettingKey', 'Key', { indexed: true, unique: true, required: true }),
    json('ValueJson', 'Value'),
    note('SettingDescription', 'Description')
  ],
  readSecurity: 1,
  writeSecurity: 1,
  enableVersioning: true,
  // Issue 18: configuration decides who may approve and every deadline, so only the site's
  // administrators (and the service, which seeds the defaults) write it; everyone else reads
  // what their start-up needs. Managers no longer write it: nothing they do needs to.
  grants: {
    staff: 'read',
    caseTeam: 'read',
    managers: 'read',
    monitoring: 'read',
    foiOfficers: 'read',
    auditors: 'read',
    administrators: 'fullControl',
    serviceAccounts: 'contribute',
    dataProtection: 'read'
  }
};

const MEMBER_REFERRALS: ListDefinition = {
  key: 'memberReferrals',
  title: 'MemberReferrals',
  description: 'Councillors’ referrals. Members see only the referrals they created.',
  template: 'GenericList',
  titleField: { displayName: 'Person name', required: true },
  fields: [
    clientRequestKey(),
    user('CouncillorId', 'Councillor', { indexed: true, required: true }),
    ref('PersonRef', 'Person'),
    note('PersonContactDetails', 'Person’s contact details'),
    date('CouncillorLetterDate', 'Date of the councillor’s letter'),
    text('CouncillorLetterUrl', 'Councillor’s letter (link)'),
    user('GroupLeaderId', 'Group leader', { indexed: true }),
    date('GroupLeaderConsultedOn', 'Group leader consulted on'),
    note('GroupLeaderAdvice', 'Group leader’s advice'),
    note('OverrideReason', 'Reason for not writing first'),
    note('AccountOfContacts', 'Account of contacts and behaviour'),
    date('ReferredOn', 'Referred to the Monitoring Officer on', { indexed: true, required: true }),
    ref('CaseRef', 'Case'),
    instant('SubmittedAt', 'Submitted at', { indexed: true })
  ],
  readSecurity: 2,
  writeSecurity: 2,
  enableVersioning: true,
  // The DPO reads every referral about a person for subject access (BR-23): members see only
  // their own, so reading them all needs Override List Behaviors (readAllItems), never a write.
  grants: { members: 'contribute', caseTeam: 'edit', managers: 'edit', serviceAccounts: 'contribute', dataProtection: 'readAllItems' }
};

const FOI_ASSESSMENTS: ListDefinition = {
  key: 'foiAssessments',
  title: 'FoiAssessments',
  description: 'FOI and EIR vexatious or manifestly unreasonable request assessments.',
  template: 'GenericList',
  titleField: { displayName: 'Request reference', required: false },
  fields: [
    clientRequestKey(),
    choice('Regime', 'Regime', FOI_REGIMES, { required: true }),
    ref('PersonRef', 'Person'),
    date('ReceivedOn', 'Received on', { indexed: true, required: true }),
    date('StatutoryDueDate', 'Statutory due date', { indexed: true }),
    choice('Ground', 'Ground', FOI_GROUNDS),
    user('HandlerId', 'Request handler', { indexed: true, required: true }),
    user('DecisionMakerId', 'Decision-maker'),
    date('RefusalNoticeDate', 'Refusal notice date'),
    ref('LinkedCaseRef', 'Linked case'),
    json('AssessmentJson', 'Assessment')
  ],
  readSecurity: 1,
  writeSecurity: 1,
  enableVersioning: true,
  // The DPO reads the requests a person made for subject access (BR-23); FOI stays apart from cases.
  grants: { foiOfficers: 'contribute', auditors: 'read', serviceAccounts: 'contribute', dataProtection: 'read' }
};

const WARNING_MARKERS: ListDefinition = {
  key: 'warningMarkers',
  title: 'WarningMarkers',
  description: 'Potentially violent persons register (health and safety owned).',
  template: 'GenericList',
  titleField: { displayName: 'Summary', required: false },
  fields: [
    clientRequestKey(),
    ref('PersonRef', 'Person', { required: true }),
    json('IncidentIdsJson', 'Linked incidents'),
    note('RiskDescription', 'Risk'),
    note('Precautions', 'Precautions'),
    user('ProposedBy', 'Proposed by'),
    user('ApprovedBy', 'Approved by'),
    instant('ApprovedAt', 'Approved at'),
    date('NotifiedOn', 'Person notified on'),
    note('NotNotifiedReason', 'Reason the person was not told'),
    date('ReviewDate', 'Review date', { indexed: true, required: true }),
    date('RemovedOn', 'Removed on'),
    note('RemovalReason', 'Removal reason'),
    json('ChallengesJson', 'Challenges'),
    choice('Status', 'Status', MARKER_STATUSES, { indexed: true, required: true }),
    json('ReviewsJson', 'Reviews'),
    note('HandlingCheck', 'Handling instructions checked against adjustments'),
    user('RemovedBy', 'Removed by'),
    date('RemovalToldOn', 'Person told of removal on'),
    // BR-33: the letters sent to the person about the marker, kept on the marker (markerLetters.ts).
    json('LettersJson', 'Letters to the person'),
    // BR-33: removed and the person not yet told. Derived from the marker on every save, and
    // indexed so the register lists what is owed without reading every removed marker. Items
    // saved before the column existed leave it empty, and rightly: removal then required the
    // told date, so none of them owes a letter.
    bool('AwaitingRemovalLetter', 'Person not yet told of removal', { indexed: true })
  ],
  readSecurity: 1,
  writeSecurity: 1,
  enableVersioning: true,
  // Issue 17: case officers propose, review, record challenges and remove; the H&S advisers approve
  // and keep the register. Staff cannot open it (403): they see MarkerFlags, never the narrative.
  grants: {
    managers: 'contribute',
    caseTeam: 'contribute',
    monitoring: 'read',
    auditors: 'read',
    serviceAccounts: 'contribute',
    healthSafety: 'contribute',
    dataProtection: 'read'
  }
};

/*
 * Decision (issue 17): staff learn of a warning marker from a derived flag in a list of its own,
 * not from WarningMarkers. SharePoint lets a list's readers read every column of every item, so
 * staff may not read the register (risk narrative, incidents, challenges), yet whoever checks a
 * customer must know to take care. A flag holds only the person, the handling instructions and
 * whom to ask (domain/markers/markerFlag.ts). It is written by the use case that changes its
 * marker (src/app/markers/saveMarkerChange.ts), in the same action as the marker.
 */
const MARKER_FLAGS: ListDefinition = {
  key: 'markerFlags',
  title: 'MarkerFlags',
  description: 'Need-to-know safety flags staff see when they check a customer: handling instructions and whom to ask.',
  template: 'GenericList',
  titleField: { displayName: 'Summary', required: false },
  fields: [
    clientRequestKey(),
    ref('PersonRef', 'Person', { required: true }),
    note('HandlingInstructions', 'Handling instructions'),
    user('ContactId', 'Whom to ask'),
    bool('IsOpen', 'Open', { indexed: true })
  ],
  readSecurity: 1,
  writeSecurity: 1,
  enableVersioning: true,
  grants: {
    staff: 'read',
    caseTeam: 'contribute',
    managers: 'contribute',
    monitoring: 'read',
    auditors: 'read',
    serviceAccounts: 'contribute',
    healthSafety: 'contribute',
    dataProtection: 'read'
  }
};

const TASKS: ListDefinition = {
  key: 'tasks',
  title: 'Tasks',
  description: 'Reminders and escalations created by the rules and the scheduled sweep.',
  template: 'GenericList',
  titleField: { displayName: 'Summary', required: false },
  fields: [
    clientRequestKey(),
    choice('TaskKind', 'Kind', [
      'sendRestrictionEndedLetter',
      'reviewFlaggedItem',
      'answerPersonRequestedReview',
      'reviewOverdue',
      // BR-16: an FOI or EIR request in the FOI officer's queue (no case reference).
      'informationRequest',
      // Issue 16 item 8: a remedy an Ombudsman ordered, for the case officer.
      'ombudsmanRemedy'
    ]),
    ref('CaseRef', 'Case'),
    json('AssigneesJson', 'Assignees'),
    // The engine gives each person their own task, so this one column finds a user's work.
    user('PrimaryAssignee', 'Assigned to', { indexed: true }),
    // Whom the task is about and the record it concerns, so a to-do list needs no other read.
    text('PersonName', 'About'),
    text('RecordRef', 'Record', { maxLength: 64 }),
    text('Service', 'Service', { indexed: true }),
    date('DueDate', 'Due date', { indexed: true }),
    instant('TaskCreatedAt', 'Created at'),
    note('Detail', 'Detail'),
    bool('Done', 'Done', { indexed: true })
  ],
  readSecurity: 1,
  writeSecurity: 1,
  enableVersioning: false,
  grants: {
    caseTeam: 'contribute',
    managers: 'contribute',
    monitoring: 'contribute',
    foiOfficers: 'contribute',
    // BR-22: the auditor / DPO reads all case data, and a case's tasks are part of it.
    auditors: 'read',
    serviceAccounts: 'contribute',
    dataProtection: 'read'
  }
};

const APPROVAL_REQUESTS: ListDefinition = {
  key: 'approvalRequests',
  title: 'ApprovalRequests',
  description: 'Approval cards the bot has sent: conversation and activity ids, so cards can be updated.',
  template: 'GenericList',
  titleField: { displayName: 'Summary', required: false },
  fields: [
    clientRequestKey(),
    ref('SanctionRef', 'Sanction', { required: true }),
    ref('CaseRef', 'Case', { required: true }),
    user('ApproverId', 'Approver', { indexed: true, required: true }),
    text('ConversationId', 'Conversation id'),
    text('ActivityId', 'Activity id'),
    text('ServiceUrl', 'Bot service URL'),
    num('CardVersion', 'Card version'),
    choice('RequestStatus', 'Status', ['Pending', 'Decided', 'Cancelled'], { indexed: true, required: true }),
    instant('SentAt', 'Sent at', { indexed: true }),
    instant('DecidedAt', 'Decided at')
  ],
  readSecurity: 1,
  writeSecurity: 1,
  enableVersioning: false,
  grants: { caseTeam: 'read', managers: 'read', serviceAccounts: 'contribute' }
};

/** Every list and library, in provisioning order. */
export const LISTS: readonly ListDefinition[] = [
  PERSONS,
  PERSON_DETAILS,
  PERSON_NAME_KEYS,
  INCIDENTS,
  CASES,
  SANCTIONS,
  DECISIONS,
  INVOCATION_DECISIONS,
  REVIEWS,
  APPEALS,
  CONTACT_LOG,
  LETTERS,
  RESTRICTION_ALERTS,
  GUIDANCE,
  AUDIT_LOG,
  SETTINGS,
  MEMBER_REFERRALS,
  FOI_ASSESSMENTS,
  WARNING_MARKERS,
  TASKS,
  APPROVAL_REQUESTS,
  MARKER_FLAGS
];
