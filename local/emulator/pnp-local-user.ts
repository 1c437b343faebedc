import { TimelinePipe } from '@pnp/core';
import { Queryable } from '@pnp/queryable';

/**
 * PnPjs behavior naming the acting user for the local emulator (`X-Emulator-User`), in place
 * of the bearer token or cookie SharePoint Online would use. Local tooling and tests only.
 */
export function LocalEmulatorUser(login: string): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.pre(async (url, init, result) => {
      const headers = new Headers(init.headers);
      headers.set('X-Emulator-User', login);
      init.headers = Object.fromEntries(headers.entries());
      return [url, init, result];
    });
    return instance;
  };
}
