import * as React from 'react';
import { FluentProvider } from '@fluentui/react-components';
import type { HostInfo } from '../host/hostInfo';
import { themeFor } from '../host/themes';
import { type AppServices, AppServicesProvider } from '../services/AppServices';
import { AppShell } from './AppShell';
import type { RouteDefinition } from './routes';
import { StartingShell } from './StartingShell';
import { useStartedServices } from './useStartedServices';

export interface AppProps {
  host: HostInfo;
  /**
   * The services, or the promise of them: a host that still has to read the user's groups and
   * role assignments passes the promise, and the app paints its starting shell meanwhile.
   */
  services: AppServices | Promise<AppServices>;
  /** Tests may pass a smaller table; hosts use the default. */
  routes?: readonly RouteDefinition[];
}

/** The root of the UI tree, identical in SharePoint, Teams and the local host page. */
export function App({ host, services, routes }: AppProps): React.ReactElement {
  const started = useStartedServices(services);
  return (
    <FluentProvider theme={themeFor(host.kind, host.theme)} lang="en-GB" style={{ minHeight: '100%' }}>
      {started.status === 'ready' ? (
        <AppServicesProvider services={started.services}>
          <AppShell host={host} routes={routes} />
        </AppServicesProvider>
      ) : (
        <StartingShell host={host} error={started.status === 'failed' ? started.error : undefined} />
      )}
    </FluentProvider>
  );
}
