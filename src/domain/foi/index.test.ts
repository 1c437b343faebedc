import * as foi from './index';

test('the foi barrel exposes the public API', () => {
  expect(typeof foi.checkFoiRefusal).toBe('function');
  expect(foi.routeInformationRequest('EIR', false).route).toBe('foiOfficer');
});
