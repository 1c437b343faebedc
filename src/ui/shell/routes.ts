import * as React from 'react';
import type { Role } from '../../domain';
import type { AppMode } from '../host/hostInfo';
import type { ScreenProps } from '../navigation/screenProps';
import {
  findRoute as findIn,
  ROUTE_TABLE,
  routeVisibleTo,
  visibleRoutes as visibleIn,
  type RouteInfo,
  type ScreenId
} from '../navigation/routeTable';

export { routeVisibleTo };

export interface RouteDefinition extends RouteInfo {
  /** Lazy so each screen is its own chunk: React.lazy(() => import(/* webpackChunkName: 'ccm-xxx' *\/ ...)). */
  component: React.LazyExoticComponent<React.ComponentType<ScreenProps>>;
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

/** Each screen of the route table (routeTable.ts) with its chunk: one entry each, none missing (the type says so). */
const SCREENS: Record<ScreenId, RouteDefinition['component']> = {
  home: React.lazy(loadHomeScreen),
  'record-incident': React.lazy(
    () => import(/* webpackChunkName: 'ccm-record-incident' */ '../screens/recordIncident/RecordIncidentScreen')
  ),
  'check-customer': React.lazy(() => import(/* webpackChunkName: 'ccm-check-customer' */ '../screens/checkCustomer/CheckCustomerScreen')),
  'my-reports': React.lazy(() => import(/* webpackChunkName: 'ccm-my-reports' */ '../screens/myReports/MyReportsScreen')),
  triage: React.lazy(() => import(/* webpackChunkName: 'ccm-triage' */ '../screens/triage/TriageScreen')),
  'member-referrals': React.lazy(
    () => import(/* webpackChunkName: 'ccm-member-referrals' */ '../screens/memberReferrals/MemberReferralsScreen')
  ),
  cases: React.lazy(() => import(/* webpackChunkName: 'ccm-cases' */ '../screens/cases/CaseListScreen')),
  case: React.lazy(() => import(/* webpackChunkName: 'ccm-case' */ '../screens/caseView/CaseViewScreen')),
  invocation: React.lazy(() => import(/* webpackChunkName: 'ccm-invocation' */ '../screens/invocation/InvocationScreen')),
  checklist: React.lazy(() => import(/* webpackChunkName: 'ccm-checklist' */ '../screens/checklist/ChecklistScreen')),
  'case-monitoring': React.lazy(
    () => import(/* webpackChunkName: 'ccm-case-monitoring' */ '../screens/caseMonitoring/CaseMonitoringScreen')
  ),
  person: React.lazy(() => import(/* webpackChunkName: 'ccm-person' */ '../screens/person/PersonDetailsScreen')),
  'propose-sanction': React.lazy(
    () => import(/* webpackChunkName: 'ccm-propose-sanction' */ '../screens/proposeSanction/ProposeSanctionScreen')
  ),
  review: React.lazy(() => import(/* webpackChunkName: 'ccm-review' */ '../screens/review/ReviewScreen')),
  appeal: React.lazy(() => import(/* webpackChunkName: 'ccm-appeal' */ '../screens/appeal/AppealScreen')),
  approvals: React.lazy(() => import(/* webpackChunkName: 'ccm-approvals' */ '../screens/approvals/ApprovalsScreen')),
  monitoring: React.lazy(() => import(/* webpackChunkName: 'ccm-monitoring' */ '../screens/monitoring/MonitoringScreen')),
  letters: React.lazy(() => import(/* webpackChunkName: 'ccm-letters' */ '../screens/letters/LettersScreen')),
  foi: React.lazy(() => import(/* webpackChunkName: 'ccm-foi' */ '../screens/foi/FoiScreen')),
  admin: React.lazy(() => import(/* webpackChunkName: 'ccm-admin' */ '../screens/admin/AdminScreen')),
  retention: React.lazy(() => import(/* webpackChunkName: 'ccm-retention' */ '../screens/retention/RetentionScreen')),
  'subject-access': React.lazy(() => import(/* webpackChunkName: 'ccm-subject-access' */ '../screens/subjectAccess/SubjectAccessScreen')),
  'members-guidance': React.lazy(() => import(/* webpackChunkName: 'ccm-members-guidance' */ '../screens/members/MembersGuidanceScreen')),
  'warning-markers': React.lazy(() => import(/* webpackChunkName: 'ccm-warning-markers' */ '../screens/markers/MarkersScreen'))
};

/** The route table with its screens, in the table's order (the menu's and home tiles' order). */
export const ROUTES: readonly RouteDefinition[] = ROUTE_TABLE.map((route) => ({ ...route, component: SCREENS[route.id] }));

export function findRoute(id: string, routes: readonly RouteDefinition[] = ROUTES): RouteDefinition | undefined {
  return findIn(id, routes);
}

export function visibleRoutes(roles: readonly Role[], mode: AppMode, routes: readonly RouteDefinition[] = ROUTES): RouteDefinition[] {
  return visibleIn(roles, mode, routes);
}
