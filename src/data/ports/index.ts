export * from './stored';
export * from './repositories';
export * from './caseStore';
export * from '../errors';
export * from './oneLetterPerId';
export * from './siteProvisioning';
export * from './retentionRecords';
