// The round-trip count the actions benchmark prints: overlapping requests are one round trip,
// a request made after another was answered is another, and what the case service does
// inside a request the browser waits for adds to it, while what it does afterwards does not.
import type { Hop, RecordedRequest } from './latencyProxy';
import { criticalPath } from './roundTrips';

function request(hop: Hop, path: string, start: number, end: number): RecordedRequest {
  return { hop, method: 'GET', path, status: 200, start, end };
}

describe('criticalPath', () => {
  test('no requests: no round trips', () => {
    expect(criticalPath([])).toEqual({ roundTrips: 0, chain: [], clientRequests: 0, nestedRequests: 0, backgroundRequests: 0 });
  });

  test('requests that overlap in time are one round trip', () => {
    const path = criticalPath([
      request('browser→SharePoint', '/a', 0, 150),
      request('browser→SharePoint', '/b', 10, 170),
      request('browser→SharePoint', '/c', 20, 160)
    ]);
    expect(path.roundTrips).toBe(1);
    expect(path.clientRequests).toBe(3);
  });

  test('a request that starts after another was answered is a second round trip, even if a third overlaps both', () => {
    const path = criticalPath([
      request('browser→SharePoint', '/read', 0, 150),
      request('browser→SharePoint', '/slow', 100, 300),
      request('browser→SharePoint', '/write', 160, 310)
    ]);
    expect(path.roundTrips).toBe(2);
    expect(path.chain).toEqual(['browser→SharePoint GET /read (200)', 'browser→SharePoint GET /write (200)']);
  });

  test("the service's sequential calls inside a request the browser waits for are on the critical path; its later calls are not", () => {
    const path = criticalPath([
      request('browser→SharePoint', '/save', 0, 150),
      request('browser→service', '/api/request-approval', 200, 900),
      request('service→SharePoint', '/sites/ccm/_api/one', 350, 500),
      request('service→SharePoint', '/sites/ccm/_api/two', 360, 510),
      request('service→SharePoint', '/sites/ccm/_api/three', 520, 700),
      request('service→Bot Connector', '/v3/conversations', 950, 1100)
    ]);
    expect(path.roundTrips).toBe(1 + 1 + 2);
    expect(path.nestedRequests).toBe(3);
    expect(path.backgroundRequests).toBe(1);
    expect(path.chain).toHaveLength(4);
  });

  test('calls the service makes within a SharePoint request the browser made are not counted against it', () => {
    const path = criticalPath([
      request('browser→SharePoint', '/long', 0, 1000),
      request('service→SharePoint', '/sweep', 100, 200),
      request('service→SharePoint', '/sweep2', 300, 400)
    ]);
    expect(path.roundTrips).toBe(1);
    expect(path.backgroundRequests).toBe(2);
  });
});
