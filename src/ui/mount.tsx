import * as React from 'react';
import * as ReactDom from 'react-dom';
import type { HostInfo } from './host/hostInfo';
import type { AppServices } from './services/AppServices';
import { App } from './shell/App';

/**
 * Entry point of the lazily loaded UI chunk. Hosts call this rather than importing React
 * components, so the SPFx entry chunk stays tiny and Fluent UI loads on demand. The host
 * builds the services (PnPjs, the case service client) and passes them in, or passes the
 * promise of them so the app paints at once instead of after the user's first reads.
 */
export function mountApp(element: HTMLElement, host: HostInfo, services: AppServices | Promise<AppServices>): void {
  ReactDom.render(<App host={host} services={services} />, element);
}

export function unmountApp(element: HTMLElement): void {
  ReactDom.unmountComponentAtNode(element);
}
