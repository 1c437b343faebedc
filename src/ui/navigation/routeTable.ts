import {
  ADMINISTRATOR_ROLES,
  APPEAL_ROLES,
  APPROVER_ROLES,
  CASE_OFFICER_ROLES,
  CASE_READER_ROLES,
  FOI_OFFICER_ROLES,
  LETTER_WRITER_ROLES,
  MEMBER_REFERRAL_HANDLER_ROLES,
  MONITORING_PERIOD_ROLES,
  PANEL_ROLES,
  PERSON_DETAILS_ROLES,
  REPORT_READER_ROLES,
  RETENTION_ROLES,
  REVIEWER_ROLES,
  STAFF_ROLES,
  SUBJECT_ACCESS_ROLES,
  TRIAGE_ROLES,
  WARNING_MARKER_ROLES,
  type Role
} from '../../domain';
import type { AppMode } from '../host/hostInfo';

/**
 * What the shell and the screens know of a screen without loading it: its name, who sees it,
 * where it shows. Screens read this (home's tiles, a link only its readers see); the shell
 * pairs each entry with its lazily loaded component (routes.ts), so no screen imports another.
 */
export interface RouteInfo {
  id: string;
  title: string;
  /** Roles that see this screen. Empty means everyone in the listed modes. */
  roles: readonly Role[];
  modes: readonly AppMode[];
  /** False for screens reached from another screen (a case, a form for a case). */
  inMenu: boolean;
  /** Short line for the home tile. */
  description?: string;
}

const APP: readonly AppMode[] = ['app'];
/**
 * The route table: one entry per screen. Kept as a plain array so another screen can be
 * added by appending an entry (order is the order of the menu and home tiles); its component
 * is named in routes.ts, which the compiler holds to this list.
 */
export const ROUTE_TABLE = [
  {
    id: 'home',
    title: 'Home',
    roles: [],
    modes: APP,
    inMenu: true
  },
  {
    id: 'record-incident',
    title: 'Record an incident',
    description: 'Record what happened, factually, while it is fresh.',
    roles: STAFF_ROLES,
    modes: APP,
    inMenu: true
  },
  {
    id: 'check-customer',
    title: 'Check a customer',
    description: 'See whether a customer has a contact restriction before you reply.',
    roles: STAFF_ROLES,
    modes: APP,
    inMenu: true
  },
  {
    id: 'my-reports',
    title: 'My reports',
    description: 'Incidents you have recorded.',
    roles: STAFF_ROLES,
    modes: APP,
    inMenu: true
  },
  {
    id: 'triage',
    title: 'Triage referrals',
    description: 'Referred incidents waiting for your decision.',
    roles: TRIAGE_ROLES,
    modes: APP,
    inMenu: true
  },
  {
    id: 'member-referrals',
    title: 'Member referrals',
    description: 'Councillors\u2019 referrals waiting for a case to be opened.',
    // Spec 1.6 and 5.1 (M1): the Monitoring Officer receives referrals; the Customer and ICT
    // Services Business Manager sits on the councillors' panel. Both may read referrals (can()).
    roles: MEMBER_REFERRAL_HANDLER_ROLES,
    modes: APP,
    inMenu: true
  },
  {
    id: 'cases',
    title: 'Cases',
    description: 'Open cases and what is due.',
    roles: CASE_READER_ROLES,
    modes: APP,
    inMenu: true
  },
  {
    id: 'case',
    title: 'Case',
    roles: CASE_READER_ROLES,
    modes: APP,
    inMenu: false
  },
  {
    id: 'invocation',
    title: 'Invocation decision',
    roles: PANEL_ROLES,
    modes: APP,
    inMenu: false
  },
  {
    id: 'checklist',
    title: 'Consider before restricting',
    roles: CASE_OFFICER_ROLES,
    modes: APP,
    inMenu: false
  },
  {
    id: 'case-monitoring',
    title: 'Monitoring period',
    roles: MONITORING_PERIOD_ROLES,
    modes: APP,
    inMenu: false
  },
  {
    id: 'person',
    title: "Customer's needs and details",
    roles: PERSON_DETAILS_ROLES,
    modes: APP,
    inMenu: false
  },
  {
    id: 'propose-sanction',
    title: 'Propose a sanction',
    roles: CASE_OFFICER_ROLES,
    modes: APP,
    inMenu: false
  },
  {
    id: 'review',
    title: 'Record a review',
    roles: REVIEWER_ROLES,
    modes: APP,
    inMenu: false
  },
  {
    id: 'appeal',
    title: 'Record an appeal',
    roles: APPEAL_ROLES,
    modes: APP,
    inMenu: false
  },
  {
    id: 'approvals',
    title: 'Approvals',
    description: 'Sanctions waiting for your decision.',
    roles: APPROVER_ROLES,
    modes: APP,
    inMenu: true
  },
  {
    id: 'monitoring',
    title: 'Monitoring',
    description: 'Active sanctions, reviews, expiries, appeals and the quarterly report.',
    roles: REPORT_READER_ROLES,
    modes: APP,
    inMenu: true
  },
  {
    id: 'letters',
    title: 'Letters',
    description: 'Produce a letter as a Word document, with its mandatory content.',
    roles: LETTER_WRITER_ROLES,
    modes: APP,
    inMenu: true
  },
  {
    id: 'foi',
    title: 'FOI and EIR assessments',
    description: 'Assess possibly vexatious, repeated or manifestly unreasonable information requests.',
    roles: FOI_OFFICER_ROLES,
    modes: APP,
    inMenu: true
  },
  {
    id: 'admin',
    title: 'Administration',
    description: 'Role holders, council details, time frames, closure days, guidance and the site’s set-up: checked and audited.',
    // The site's owners (CCM Administrators) only; SharePoint refuses anyone else's write to Settings.
    roles: ADMINISTRATOR_ROLES,
    modes: APP,
    inMenu: true
  },
  {
    id: 'retention',
    title: 'Retention and disposal',
    description: 'Records past their retention period: confirm each disposal, or hold it (BR-24).',
    // The Data Protection Officer (role holder in Settings); the case service checks the role again.
    roles: RETENTION_ROLES,
    modes: APP,
    inMenu: true
  },
  {
    id: 'subject-access',
    title: 'Subject access requests',
    description: 'Log a request, see when it is due, and export everything held about the person.',
    // BR-23: the data protection officer (CCM Data Protection) only; SharePoint refuses anyone else the lists it reads.
    roles: SUBJECT_ACCESS_ROLES,
    modes: APP,
    inMenu: true
  },
  {
    id: 'members-guidance',
    title: 'Guidance for Members',
    description: 'The councillors\u2019 and staff policies, and the referral form.',
    roles: [],
    modes: ['guidance'],
    inMenu: true
  },
  // Issue 17: the warning-marker register (case officers propose; the H&S adviser approves and keeps it).
  {
    id: 'warning-markers',
    title: 'Warning markers',
    description: 'The staff safety register: propose, approve, review, challenge and remove markers.',
    roles: WARNING_MARKER_ROLES,
    modes: APP,
    inMenu: true
  }
] as const satisfies readonly RouteInfo[];

export type ScreenId = (typeof ROUTE_TABLE)[number]['id'];

export function findRoute<R extends RouteInfo>(id: string, routes: readonly R[]): R | undefined {
  return routes.filter((route) => route.id === id)[0];
}

/** Role-based visibility (the domain's can() still decides each action on the screen). */
export function routeVisibleTo(route: RouteInfo, roles: readonly Role[], mode: AppMode): boolean {
  if (route.modes.indexOf(mode) < 0) return false;
  return route.roles.length === 0 || route.roles.some((role) => roles.indexOf(role) >= 0);
}

export function visibleRoutes<R extends RouteInfo>(roles: readonly Role[], mode: AppMode, routes: readonly R[]): R[] {
  return routes.filter((route) => routeVisibleTo(route, roles, mode));
}
