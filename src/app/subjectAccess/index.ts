export * from './subjectAccessRequests';
export * from './gatherSubjectAccess';
export * from './exportSubjectAccess';
export * from './letterDocuments';
