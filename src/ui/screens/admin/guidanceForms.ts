import type { GuidanceContextKey } from '../../../domain/guidance';

/** The screens a guidance form key is shown on, as people know them (spec 5.7 mapping). */
const FORM_NAMES: Readonly<Record<string, string>> = {
  incident: 'Record an incident',
  managerReview: 'Triage referrals',
  panelDecision: 'Panel decision',
  checklist: 'Consider before restricting',
  sanctionProposal: 'Propose a sanction, and Approvals',
  letterComposer: 'Letters',
  review: 'Record a review',
  appeal: 'Record an appeal',
  restrictionAlert: 'Check a customer',
  foiAssessment: 'FOI and EIR assessments',
  memberPortal: 'Guidance for Members',
  memberReferral: 'The Members’ referral form',
  markerForm: 'Warning markers',
  serviceRequest: 'New requests from a restricted customer'
};

/** The parts of a form a passage may sit beside, in the words the form uses; others show as written. */
const PART_NAMES: Readonly<Record<string, string>> = {
  narrative: 'What happened',
  categories: 'Behaviour categories',
  witnesses: 'Witnesses',
  immediateAction: 'Immediate protective action',
  informalWarning: 'Informal warning',
  monitoringPeriod: 'Monitoring period',
  bypass: 'Going straight to a sanction',
  scope: 'Where the restriction applies',
  spoc: 'Single point of contact',
  continuityPlan: 'How information and participation continue',
  personRequested: 'A review the person asks for',
  adjustments: 'Reasonable adjustments',
  askedAboutAdjustments: 'Asked about adjustments',
  independence: 'Independence',
  proportionate: 'Proportionate',
  safeguarding: 'Safeguarding',
  decisionMaker: 'Decision-maker',
  publicInterest: 'Public interest test',
  ground: 'Ground for refusal',
  refusalNotice: 'Refusal notice',
  councillorLetter: 'Your letter to the person',
  groupLeaderAdvice: 'Group leader’s advice',
  afterReferral: 'After a referral',
  behaviours: 'Unacceptable behaviour',
  escalation: 'Escalation',
  safety: 'Personal safety',
  challenge: 'Challenging a marker'
};

/** Where a passage is shown, in words: "Record an incident (beside “What happened”)". */
export function whereShown(keys: readonly GuidanceContextKey[]): string[] {
  const places: string[] = [];
  for (const key of keys) {
    const [kind, rest] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
    const [form, part] = rest.split('.');
    const name = FORM_NAMES[form] ?? form;
    if (kind === 'form') places.push(name);
    else if (kind === 'step' || kind === 'field') places.push(`${name} (beside “${PART_NAMES[part] ?? part}”)`);
  }
  return places;
}
