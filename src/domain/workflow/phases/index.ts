import type { HandlerMap } from '../transitionRun';
import { APPEAL_HANDLERS } from './appeal';
import { CASE_OFFICER_HANDLERS } from './caseOfficer';
import { CONTACT_LOG_HANDLERS } from './contactLog';
import { MONITORING_HANDLERS } from './monitoring';
import { OMBUDSMAN_HANDLERS } from './ombudsman';
import { PANEL_DECISION_HANDLERS } from './panelDecision';
import { PERSON_REQUESTED_REVIEW_HANDLERS } from './personRequestedReview';
import { REFERRAL_HANDLERS } from './referral';
import { RESTRICTION_END_HANDLERS } from './restrictionEnd';
import { REVIEW_HANDLERS } from './review';
import { SANCTION_APPROVAL_HANDLERS } from './sanctionApproval';
import { SANCTION_PROPOSAL_HANDLERS } from './sanctionProposal';

/**
 * The engine's phases in the order of a case's life (spec §5.4), each with the handlers of its
 * own actions. An action belongs to exactly one phase (phases.test.ts holds that).
 */
export const PHASES: Readonly<Record<string, Partial<HandlerMap>>> = {
  referral: REFERRAL_HANDLERS,
  caseOfficer: CASE_OFFICER_HANDLERS,
  panelDecision: PANEL_DECISION_HANDLERS,
  monitoring: MONITORING_HANDLERS,
  sanctionProposal: SANCTION_PROPOSAL_HANDLERS,
  sanctionApproval: SANCTION_APPROVAL_HANDLERS,
  contactLog: CONTACT_LOG_HANDLERS,
  appeal: APPEAL_HANDLERS,
  review: REVIEW_HANDLERS,
  personRequestedReview: PERSON_REQUESTED_REVIEW_HANDLERS,
  restrictionEnd: RESTRICTION_END_HANDLERS,
  ombudsman: OMBUDSMAN_HANDLERS
};

/** The whole handler table; the compiler checks that every action has its handler. */
export const HANDLERS: HandlerMap = {
  ...REFERRAL_HANDLERS,
  ...CASE_OFFICER_HANDLERS,
  ...PANEL_DECISION_HANDLERS,
  ...MONITORING_HANDLERS,
  ...SANCTION_PROPOSAL_HANDLERS,
  ...SANCTION_APPROVAL_HANDLERS,
  ...CONTACT_LOG_HANDLERS,
  ...APPEAL_HANDLERS,
  ...REVIEW_HANDLERS,
  ...PERSON_REQUESTED_REVIEW_HANDLERS,
  ...RESTRICTION_END_HANDLERS,
  ...OMBUDSMAN_HANDLERS
};
