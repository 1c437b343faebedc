import * as time from './index';

test('the time barrel exposes the public API', () => {
  expect(typeof time.addWorkingDays).toBe('function');
  expect(typeof time.workingDaysBetween).toBe('function');
  expect(typeof time.foiDeadline).toBe('function');
  expect(typeof time.sarDeadline).toBe('function');
  expect(typeof time.resolveTimeFrames).toBe('function');
  expect(typeof time.dueForDisposition).toBe('function');
  expect(new time.TimeInputError('n', 'notAnInteger', 1.5).field).toBe('n');
  expect(time.DEFAULT_TIME_FRAMES.foiResponseWorkingDays).toBe(20);
});
