import * as React from 'react';
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

/** What every screen receives. Services come from useAppServices(); navigation from useNavigation(). */
export interface ScreenProps {
  params: Readonly<Record<string, string>>;
}

export interface RouteDefinition {
  id: string;
  title: string;
  /** Lazy so each screen is its own chunk: React.lazy(() => import(/* webpackChunkName: 'ccm-xxx' *\/ ...)). */
  component: React.LazyExoticComponent<React.ComponentType<ScreenProps>>;
  /** Roles that see this screen. Empty means everyone in the listed modes. */
  roles: readonly Role[];
  modes: readonly AppMode[];
  /** False for screens reached from another screen (a case, a form for a case). */
  inMenu: boolean;
  /** Short line for the home tile. */
  description?: string;
}

/** The home screen's chunk, named once so the shell can start fetching it before it renders it. */
const loadHomeScreen = (): Promise<{ default: React.ComponentType<ScreenProps> }> =>
  import(/* webpackChunkName: 'ccm-home' */ '../screens/home/HomeScreen');

/** Screens whose chunk may be fetched ahead of time (today only home, the first screen of most loads). */
const PRELOADS: Readonly<Record<string, () => Promise<unknown>>> = { home: loadHomeScreen };

/**
 * Starts fetching a screen's chunk while the app is still starting, so the screen does not
 * wait for its script after the data it needs has arrived. A failed fetch is left to the
 * screen's own lazy load, which shows the error.
 */
export function preloadScreen(id: string): void {
  PRELOADS[id]?.().catch(() => undefined);
}

const APP: readonly AppMode[] = ['app'];
/**
 * The route table: one entry per screen. Kept as a plain array so another screen can be
 * added by appending an entry (order is the order of the menu and home tiles).
 */
export const ROUTES: RouteDefinition[] = [
  {
    id: 'home',
    title: 'Home',
    component: React.lazy(loadHomeScreen),
    roles: [],
    modes: APP,
    inMenu: true
  },
  {
    id: 'record-incident',
    title: 'Record an incident',
    description: 'Record what happened, factually, while it is fresh.',
    component: React.lazy(() => import(/* webpackChunkName: 'ccm-record-incident' */ '../screens/recordIncident/RecordIncidentScreen')),
    roles: STAFF_ROLES,
    modes: APP,
    inMenu: true
  },
  {
    id: 'check-customer',
    title: 'Check a customer',
    description: 'See whether a customer has a contact restriction before you reply.',
    component: React.lazy(() => import(/* webpackChunkName: 'ccm-check-customer' */ '../screens/checkCustomer/CheckCustomerScreen')),
    roles: STAFF_ROLES,
    modes: APP,
    inMenu: true
  },
  {
    id: 'my-reports',
    title: 'My reports',
    description: 'Incidents you have recorded.',
    component: React.lazy(() => import(/* webpackChunkName: 'ccm-my-reports' */ '../screens/myReports/MyReportsScreen')),
    roles: STAFF_ROLES,
    modes: APP,
    inMenu: true
  },
  {
    id: 'triage',
    title: 'Triage referrals',
    description: 'Referred incidents waiting for your decision.',
    component: React.lazy(() => import(/* webpackChunkName: 'ccm-triage' */ '../screens/triage/TriageScreen')),
    roles: TRIAGE_ROLES,
    modes: APP,
    inMenu: true
  },
  {
    id: 'member-referrals',
    title: 'Member referrals',
    description: 'Councillors\u2019 referrals waiting for a case to be opened.',
    component: React.lazy(() => import(/* webpackChunkName: 'ccm-member-referrals' */ '../screens/memberReferrals/MemberReferralsScreen')),
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
    component: React.lazy(() => import(/* webpackChunkName: 'ccm-cases' */ '../screens/cases/CaseListScreen')),
    roles: CASE_READER_ROLES,
    modes: APP,
    inMenu: true
  },
  {
    id: 'case',
    title: 'Case',
    component: React.lazy(() => import(/* webpackChunkName: 'ccm-case' */ '../screens/caseView/CaseViewScreen')),
    roles: CASE_READER_ROLES,
    modes: APP,
    inMenu: false
  },
  {
    id: 'invocation',
    title: 'Invocation decision',
    component: React.lazy(() => import(/* webpackChunkName: 'ccm-invocation' */ '../screens/invocation/InvocationScreen')),
    roles: PANEL_ROLES,
    modes: APP,
    inMenu: false
  },
  {
    id: 'checklist',
    title: 'Consider before restricting',
    component: React.lazy(() => import(/* webpackChunkName: 'ccm-checklist' */ '../screens/checklist/ChecklistScreen')),
    roles: CASE_OFFICER_ROLES,
    modes: APP,
    inMenu: false
  },
  {
    id: 'case-monitoring',
    title: 'Monitoring period',
    component: React.lazy(() => import(/* webpackChunkName: 'ccm-case-monitoring' */ '../screens/caseMonitoring/CaseMonitoringScreen')),
    roles: MONITORING_PERIOD_ROLES,
    modes: APP,
    inMenu: false
  },
  {
    id: 'person',
    title: "Customer's needs and details",
    component: React.lazy(() => import(/* webpackChunkName: 'ccm-person' */ '../screens/person/PersonDetailsScreen')),
    roles: PERSON_DETAILS_ROLES,
    modes: APP,
    inMenu: false
  },
  {
    id: 'propose-sanction',
    title: 'Propose a sanction',
    component: React.lazy(() => import(/* webpackChunkName: 'ccm-propose-sanction' */ '../screens/proposeSanction/ProposeSanctionScreen')),
    roles: CASE_OFFICER_ROLES,
    modes: APP,
    inMenu: false
  },
  {
    id: 'review',
    title: 'Record a review',
    component: React.lazy(() => import(/* webpackChunkName: 'ccm-review' */ '../screens/review/ReviewScreen')),
    roles: REVIEWER_ROLES,
    modes: APP,
    inMenu: false
  },
  {
    id: 'appeal',
    title: 'Record an appeal',
    component: React.lazy(() => import(/* webpackChunkName: 'ccm-appeal' */ '../screens/appeal/AppealScreen')),
    roles: APPEAL_ROLES,
    modes: APP,
    inMenu: false
  },
  {
    id: 'approvals',
    title: 'Approvals',
    description: 'Sanctions waiting for your decision.',
    component: React.lazy(() => import(/* webpackChunkName: 'ccm-approvals' */ '../screens/approvals/ApprovalsScreen')),
    roles: APPROVER_ROLES,
    modes: APP,
    inMenu: true
  },
  {
    id: 'monitoring',
    title: 'Monitoring',
    description: 'Active sanctions, reviews, expiries, appeals and the quarterly report.',
    component: React.lazy(() => import(/* webpackChunkName: 'ccm-monitoring' */ '../screens/monitoring/MonitoringScreen')),
    roles: REPORT_READER_ROLES,
    modes: APP,
    inMenu: true
  },
  {
    id: 'letters',
    title: 'Letters',
    description: 'Produce a letter as a Word document, with its mandatory content.',
    component: React.lazy(() => import(/* webpackChunkName: 'ccm-letters' */ '../screens/letters/LettersScreen')),
    roles: LETTER_WRITER_ROLES,
    modes: APP,
    inMenu: true
  },
  {
    id: 'foi',
    title: 'FOI and EIR assessments',
    description: 'Assess possibly vexatious, repeated or manifestly unreasonable information requests.',
    component: React.lazy(() => import(/* webpackChunkName: 'ccm-foi' */ '../screens/foi/FoiScreen')),
    roles: FOI_OFFICER_ROLES,
    modes: APP,
    inMenu: true
  },
  {
    id: 'admin',
    title: 'Administration',
    description: 'Role holders, council details, time frames, closure days, guidance and the site’s set-up: checked and audited.',
    component: React.lazy(() => import(/* webpackChunkName: 'ccm-admin' */ '../screens/admin/AdminScreen')),
    // The site's owners (CCM Administrators) only; SharePoint refuses anyone else's write to Settings.
    roles: ADMINISTRATOR_ROLES,
    modes: APP,
    inMenu: true
  },
  {
    id: 'retention',
    title: 'Retention and disposal',
    description: 'Records past their retention period: confirm each disposal, or hold it (BR-24).',
    component: React.lazy(() => import(/* webpackChunkName: 'ccm-retention' */ '../screens/retention/RetentionScreen')),
    // The Data Protection Officer (role holder in Settings); the case service checks the role again.
    roles: RETENTION_ROLES,
    modes: APP,
    inMenu: true
  },
  {
    id: 'subject-access',
    title: 'Subject access requests',
    description: 'Log a request, see when it is due, and export everything held about the person.',
    component: React.lazy(() => import(/* webpackChunkName: 'ccm-subject-access' */ '../screens/subjectAccess/SubjectAccessScreen')),
    // BR-23: the data protection officer (CCM Data Protection) only; SharePoint refuses anyone else the lists it reads.
    roles: SUBJECT_ACCESS_ROLES,
    modes: APP,
    inMenu: true
  },
  {
    id: 'members-guidance',
    title: 'Guidance for Members',
    description: 'The councillors\u2019 and staff policies, and the referral form.',
    component: React.lazy(() => import(/* webpackChunkName: 'ccm-members-guidance' */ '../screens/members/MembersGuidanceScreen')),
    roles: [],
    modes: ['guidance'],
    inMenu: true
  },
  // Issue 17: the warning-marker register (case officers propose; the H&S adviser approves and keeps it).
  {
    id: 'warning-markers',
    title: 'Warning markers',
    description: 'The staff safety register: propose, approve, review, challenge and remove markers.',
    component: React.lazy(() => import(/* webpackChunkName: 'ccm-warning-markers' */ '../screens/markers/MarkersScreen')),
    roles: WARNING_MARKER_ROLES,
    modes: APP,
    inMenu: true
  }
];

export function findRoute(id: string, routes: readonly RouteDefinition[] = ROUTES): RouteDefinition | undefined {
  return routes.filter((route) => route.id === id)[0];
}

/** Role-based visibility (the domain's can() still decides each action on the screen). */
export function routeVisibleTo(route: RouteDefinition, roles: readonly Role[], mode: AppMode): boolean {
  if (route.modes.indexOf(mode) < 0) return false;
  return route.roles.length === 0 || route.roles.some((role) => roles.indexOf(role) >= 0);
}

export function visibleRoutes(roles: readonly Role[], mode: AppMode, routes: readonly RouteDefinition[] = ROUTES): RouteDefinition[] {
  return routes.filter((route) => routeVisibleTo(route, roles, mode));
}
