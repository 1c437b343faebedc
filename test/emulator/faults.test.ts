import { RunningEmulator } from '../../local/emulator';
import { ADMIN, pnpFor, rawFetch, startTestEmulator } from './harness';

describe('throttling injection', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('answers 429/503 with Retry-After', async () => {
    emulator.setFaults({ rate: 1, statuses: [429, 503], retryAfterSeconds: 7, seed: 1 });
    const first = await rawFetch(emulator, '/_api/web', { user: ADMIN });
    const second = await rawFetch(emulator, '/_api/web', { user: ADMIN });
    expect([first.status, second.status]).toEqual([429, 503]);
    expect(first.headers.get('retry-after')).toBe('7');
    emulator.setFaults(undefined);
    expect((await rawFetch(emulator, '/_api/web', { user: ADMIN })).status).toBe(200);
  });

  it('is absorbed by PnPjs BrowserFetchWithRetry, deterministically when seeded', async () => {
    const sp = pnpFor(emulator, ADMIN);
    await sp.web.lists.add('Flaky');
    const before = emulator.stats().faultsInjected;
    emulator.setFaults({ rate: 0.3, statuses: [429, 503], retryAfterSeconds: 0, seed: 3 });
    for (let i = 0; i < 20; i++) await sp.web.lists.getByTitle('Flaky').items.add({ Title: `attempt ${i}` });
    emulator.setFaults(undefined);
    const injected = emulator.stats().faultsInjected - before;
    expect(injected).toBeGreaterThan(0);
    // Retries of a throttled POST never reached the store, so nothing is duplicated.
    expect(await sp.web.lists.getByTitle('Flaky').items.select('Id')()).toHaveLength(20);
  });

  it('gives up after PnPjs retry budget when every request is throttled', async () => {
    emulator.setFaults({ rate: 1, statuses: [503], retryAfterSeconds: 0 });
    await expect(pnpFor(emulator, ADMIN).web()).rejects.toThrow(/Retry count exceeded \(3\)/);
    emulator.setFaults(undefined);
  });
});
