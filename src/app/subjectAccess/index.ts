export * from './subjectAccessRequests';
export * from './gatherSubjectAccess';
export * from './exportSubjectAccess';
