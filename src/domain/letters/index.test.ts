import * as letters from './index';

test('the letters barrel exposes the public API', () => {
  expect(typeof letters.validateLetter).toBe('function');
  expect(typeof letters.checkNoReplyLetter).toBe('function');
  expect(letters.requiredLetterItems('MonitoringWarning')).toContain('policyCopy');
  expect(letters.LETTER_ITEMS.length).toBeGreaterThan(12);
});
