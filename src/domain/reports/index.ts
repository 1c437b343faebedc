export * from './csv';
export * from './quarterlyReport';
export * from './quarterlyReportCsv';
