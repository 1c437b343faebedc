export * from './graphHttp';
export * from './graphUsers';
