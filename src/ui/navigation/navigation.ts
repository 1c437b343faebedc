import * as React from 'react';

/**
 * In-app navigation. Hosts (a Teams tab, a SharePoint page) own the URL, so the UI keeps its
 * own location: a screen id plus string parameters (e.g. { caseId }). Deep links set the
 * first location.
 */
export interface Location {
  screen: string;
  params: Readonly<Record<string, string>>;
}

export interface Navigation {
  location: Location;
  navigate(screen: string, params?: Record<string, string>): void;
  back(): void;
}

export const NavigationContext = React.createContext<Navigation | undefined>(undefined);

export function useNavigation(): Navigation {
  const navigation = React.useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation() needs a NavigationContext provider (AppShell or test harness).');
  return navigation;
}

/** Keeps a small history so "Back" works in hosts without browser history (Teams mobile). */
export function useNavigationState(initial: Location): Navigation {
  const [history, setHistory] = React.useState<Location[]>([initial]);
  const location = history[history.length - 1];
  const navigate = React.useCallback((screen: string, params: Record<string, string> = {}) => {
    setHistory((previous) => [...previous.slice(-19), { screen, params }]);
  }, []);
  const back = React.useCallback(() => {
    setHistory((previous) => (previous.length > 1 ? previous.slice(0, -1) : previous));
  }, []);
  return React.useMemo(() => ({ location, navigate, back }), [location, navigate, back]);
}
