import * as alerts from './index';

test('the alerts barrel exposes the public API', () => {
  expect(typeof alerts.toRestrictionAlert).toBe('function');
  expect(typeof alerts.restrictionAlertsFor).toBe('function');
  expect(typeof alerts.isAlertable).toBe('function');
});
