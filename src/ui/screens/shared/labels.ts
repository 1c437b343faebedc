import type { CaseStatus, ImmediateAction, IncidentChannel } from '../../../domain';

/** Plain-words labels for codes stored in SharePoint. */
export const CHANNEL_LABELS: Readonly<Record<IncidentChannel, string>> = {
  phone: 'Telephone',
  faceToFace: 'Face to face',
  email: 'Email',
  letter: 'Letter',
  socialMedia: 'Social media',
  councillorSurgery: 'Councillor surgery',
  webForm: 'Web form',
  other: 'Other'
};

export const IMMEDIATE_ACTION_LABELS: Readonly<Record<ImmediateAction, string>> = {
  none: 'No action needed',
  endedCall: 'I ended the call',
  askedToLeave: 'I asked the person to leave',
  removedSelf: 'I left the situation',
  didNotReplyToAbusiveEmail: 'I did not reply to an abusive email',
  calledPolice: 'I called the police',
  other: 'Something else'
};

export const STATUS_LABELS: Readonly<Record<CaseStatus, string>> = {
  Draft: 'Draft',
  Referred: 'Referred to line manager',
  InformalAction: 'Informal action',
  AwaitingInvocationDecision: 'Awaiting panel decision',
  MonitoringLetterDraft: 'Monitoring letter to send',
  Monitoring: 'Monitoring',
  SanctionProposed: 'Sanction proposed',
  SanctionLetterDraft: 'Sanction letter to send',
  SanctionActive: 'Sanction in force',
  UnderAppeal: 'Under appeal',
  UnderReview: 'Under review',
  Closed: 'Closed'
};
