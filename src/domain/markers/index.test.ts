import * as markers from './index';

test('the markers barrel exposes the public API', () => {
  expect(typeof markers.checkMarkerActivation).toBe('function');
  expect(typeof markers.markerViewedEvent).toBe('function');
  expect(typeof markers.resolveMarkerChallenge).toBe('function');
});
