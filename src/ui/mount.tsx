import * as React from 'react';
import * as ReactDom from 'react-dom';
import type { HostInfo } from './host/hostInfo';
import { App } from './shell/App';

/**
 * Entry point of the lazily loaded UI chunk. Hosts call this rather than importing React
 * components, so the SPFx entry chunk stays tiny and Fluent UI loads on demand.
 */
export function mountApp(element: HTMLElement, host: HostInfo): void {
  ReactDom.render(<App host={host} />, element);
}

export function unmountApp(element: HTMLElement): void {
  ReactDom.unmountComponentAtNode(element);
}
