export * from './actions';
export * from './can';
export * from './caseParticipation';
export * from './decision';
export * from './roleGroups';
