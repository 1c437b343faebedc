export const PERMISSION_ACTIONS = [
  'guidance.read',
  'incident.create',
  'case.submit',
  'case.readFull',
  'case.readAlert',
  'case.lineManagerDecide',
  'case.manage',
  'invocation.record',
  'sanction.propose',
  'sanction.approve',
  'review.conduct',
  'appeal.decide',
  'memberReferral.create',
  'memberReferral.read',
  'memberReferral.openCase',
  'report.read',
  'audit.read',
  'foi.assess',
  'marker.approve',
  'settings.manage',
  'subjectAccess.export'
] as const;

export type PermissionAction = (typeof PERMISSION_ACTIONS)[number];
