export * from './nameSearchKey';
