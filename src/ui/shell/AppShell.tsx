import * as React from 'react';
import { Button } from '@fluentui/react-components';
import type { HostInfo } from '../host/hostInfo';
import { LoadingState } from '../components/LoadingState';
import { EmptyState } from '../components/EmptyState';
import { useAppServices } from '../services/AppServices';
import { ArrivalFocusContext, createArrivalFocus } from '../navigation/arrivalFocus';
import { NavigationContext, useNavigationState, type Location } from '../navigation/navigation';
import { findRoute, ROUTES, routeVisibleTo, visibleRoutes, type RouteDefinition } from './routes';
import { ScreenErrorBoundary } from './ScreenErrorBoundary';
import { ShellHeader } from './ShellHeader';
import { useAppShellStyles } from './useAppShellStyles';

export interface AppShellProps {
  host: HostInfo;
  routes?: readonly RouteDefinition[];
}

/** A deep link (Teams subEntityId or ?case=) opens that case; otherwise the first screen of the mode. */
export function initialLocation(host: HostInfo, routes: readonly RouteDefinition[]): Location {
  if (host.mode === 'app' && host.deepLink?.caseId) return { screen: 'case', params: { caseId: host.deepLink.caseId } };
  const first = routes.filter((route) => route.modes.indexOf(host.mode) >= 0)[0];
  return { screen: first ? first.id : 'home', params: {} };
}

/** Header, role-aware navigation and the current screen (lazy, with loading and error states). */
export function AppShell({ host, routes = ROUTES }: AppShellProps): React.ReactElement {
  const styles = useAppShellStyles();
  const { roles } = useAppServices();
  const navigation = useNavigationState(initialLocation(host, routes));
  const { location } = navigation;
  const menu = visibleRoutes(roles, host.mode, routes).filter((route) => route.inMenu);
  const route = findRoute(location.screen, routes);
  const allowed = route !== undefined && routeVisibleTo(route, roles, host.mode);

  // Move focus to the new screen's heading so keyboard and screen-reader users land on it. A
  // screen already on the page (same screen, new parameters) is focused here; one still
  // loading in its lazy chunk claims the request when its heading mounts (ScreenLayout).
  const arrival = React.useMemo(createArrivalFocus, []);
  const firstRender = React.useRef(true);
  React.useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    arrival.request();
    const timer = window.setTimeout(() => {
      const heading = document.getElementById('screen-title');
      if (heading && arrival.claim()) heading.focus();
    }, 0);
    return () => window.clearTimeout(timer);
  }, [location, arrival]);

  return (
    <ArrivalFocusContext.Provider value={arrival}>
      <NavigationContext.Provider value={navigation}>
        <div className={styles.root}>
          <ShellHeader host={host} />
          {menu.length > 1 ? (
            <nav aria-label="Main" className={styles.nav}>
              <ul className={styles.navList}>
                {menu.map((item) => (
                  <li key={item.id}>
                    <Button
                      appearance={item.id === location.screen ? 'primary' : 'subtle'}
                      size="small"
                      aria-current={item.id === location.screen ? 'page' : undefined}
                      onClick={() => navigation.navigate(item.id)}
                    >
                      {item.title}
                    </Button>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          <main className={styles.main}>
            <ScreenErrorBoundary resetKey={`${location.screen}:${JSON.stringify(location.params)}`}>
              {route && allowed ? (
                <React.Suspense fallback={<LoadingState label={`Opening ${route.title.toLowerCase()}…`} />}>
                  <route.component key={`${location.screen}:${JSON.stringify(location.params)}`} params={location.params} />
                </React.Suspense>
              ) : (
                <EmptyState title="You do not have access to this page">
                  This page is for other roles. If your role needs it, ask the site owner to add you to the CCM group for your role.
                </EmptyState>
              )}
            </ScreenErrorBoundary>
          </main>
        </div>
      </NavigationContext.Provider>
    </ArrivalFocusContext.Provider>
  );
}
