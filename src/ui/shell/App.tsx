import * as React from 'react';
import { FluentProvider } from '@fluentui/react-components';
import type { HostInfo } from '../host/hostInfo';
import { themeFor } from '../host/themes';
import { AppShell } from './AppShell';

export interface AppProps {
  host: HostInfo;
}

/** The root of the UI tree, identical in SharePoint, Teams and the local host page. */
export function App({ host }: AppProps): React.ReactElement {
  return (
    <FluentProvider theme={themeFor(host.kind, host.theme)} lang="en-GB">
      <AppShell host={host} />
    </FluentProvider>
  );
}
