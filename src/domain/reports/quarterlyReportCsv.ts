// The quarterly report as one CSV file: a section per table, headings in plain English.

import { formatLongDate } from '../model/dates';
import { CsvCell, toCsv } from './csv';
import type { QuarterlyReport } from './quarterlyReport';

export function quarterlyReportToCsv(report: QuarterlyReport): string {
  const rows: CsvCell[][] = [
    ['Quarterly report on customer contact restrictions'],
    ['Period', `${formatLongDate(report.quarterStart)} to ${formatLongDate(report.quarterEnd)}`],
    ['Active restrictions', report.activeTotal],
    [],
    ['Active restrictions by type', 'Count'],
    ...report.activeByType.map((row) => [`${row.key} ${row.label}`, row.count]),
    [],
    ['Active restrictions by service', 'Count'],
    ...report.activeByService.map((row) => [row.label, row.count]),
    [],
    ['Active restrictions by age', 'Count'],
    ...report.activeByAge.map((row) => [row.label, row.count]),
    [],
    ['Overdue reviews: case', 'Restriction', 'Review date', 'Days overdue'],
    ...report.reviewsOverdue.map((row) => [row.caseId, row.sanctionId, formatLongDate(row.reviewDate), row.daysOverdue]),
    [],
    ['Appeals received', 'Upheld', 'Varied', 'Quashed', 'Not yet decided'],
    [report.appeals.received, report.appeals.upheld, report.appeals.varied, report.appeals.quashed, report.appeals.undecided],
    [],
    ['Warning markers due for review', 'Review date', 'Overdue'],
    ...report.markersDueForReview.map((row) => [row.markerId, formatLongDate(row.reviewDate), row.overdue ? 'Yes' : 'No'])
  ];
  return toCsv(rows);
}
