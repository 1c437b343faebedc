import * as reports from './index';

test('the reports barrel exposes the public API', () => {
  expect(typeof reports.buildQuarterlyReport).toBe('function');
  expect(typeof reports.quarterlyReportToCsv).toBe('function');
  expect(reports.toCsv([['=1']])).toBe(`"'=1"\r\n`);
});
