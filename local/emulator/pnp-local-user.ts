import { TimelinePipe } from '@pnp/core';
import { Queryable } from '@pnp/queryable';

/**
 * PnPjs behavior naming the acting user for the local emulator (`X-Emulator-User`), in place
 * of the bearer token or cookie SharePoint Online would use. Local tooling and tests only.
 * It adds one key and leaves the other headers exactly as PnPjs built them (re-building them
 * through `Headers` would lower-case names and duplicate values later set with other casing).
 */
export function LocalEmulatorUser(login: string): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.pre(async (url, init, result) => {
      if (init.headers instanceof Headers) {
        init.headers.set('X-Emulator-User', login);
      } else if (Array.isArray(init.headers)) {
        init.headers.push(['X-Emulator-User', login]);
      } else {
        init.headers = { ...(init.headers ?? {}), 'X-Emulator-User': login };
      }
      return [url, init, result];
    });
    return instance;
  };
}
