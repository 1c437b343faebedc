// Which letters each role writes. The case team writes case letters, the FOI officer FOI
// notices, health and safety the marker notification, councillors their own first letter.
import type { LetterType, Role } from '../../../domain';

const LETTERS_BY_ROLE: Readonly<Partial<Record<Role, readonly LetterType[]>>> = {
  customerRelationsOfficer: ['MonitoringWarning', 'RestrictionDecision', 'ReviewOutcome', 'RestrictionEnded'],
  alternateOfficer: ['MonitoringWarning', 'RestrictionDecision', 'ReviewOutcome', 'RestrictionEnded'],
  customerIctBusinessManager: ['MonitoringWarning', 'RestrictionDecision', 'ReviewOutcome', 'RestrictionEnded'],
  appealReviewer: ['AppealOutcome'],
  foiOfficer: ['FoiRefusal', 'FoiWarning'],
  healthSafetyAdviser: ['MarkerNotification'],
  councillor: ['MemberInformal']
};

const ORDER: readonly LetterType[] = [
  'MonitoringWarning',
  'RestrictionDecision',
  'ReviewOutcome',
  'AppealOutcome',
  'RestrictionEnded',
  'MemberInformal',
  'FoiRefusal',
  'FoiWarning',
  'MarkerNotification'
];

export function lettersForRoles(roles: readonly Role[]): LetterType[] {
  const allowed = new Set<LetterType>();
  for (const role of roles) {
    for (const type of LETTERS_BY_ROLE[role] ?? []) {
      allowed.add(type);
    }
  }
  return ORDER.filter((type) => allowed.has(type));
}
