export * from './nameSearchKey';
export * from './personDetails';
