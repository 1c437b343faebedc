import * as React from 'react';
import { FluentProvider } from '@fluentui/react-components';
import type { HostInfo } from '../host/hostInfo';
import { themeFor } from '../host/themes';
import { type AppServices, AppServicesProvider } from '../services/AppServices';
import { AppShell } from './AppShell';
import type { RouteDefinition } from './routes';

export interface AppProps {
  host: HostInfo;
  services: AppServices;
  /** Tests may pass a smaller table; hosts use the default. */
  routes?: readonly RouteDefinition[];
}

/** The root of the UI tree, identical in SharePoint, Teams and the local host page. */
export function App({ host, services, routes }: AppProps): React.ReactElement {
  return (
    <FluentProvider theme={themeFor(host.kind, host.theme)} lang="en-GB" style={{ minHeight: '100%' }}>
      <AppServicesProvider services={services}>
        <AppShell host={host} routes={routes} />
      </AppServicesProvider>
    </FluentProvider>
  );
}
