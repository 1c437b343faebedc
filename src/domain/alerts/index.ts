export * from './restrictionAlert';
export * from './alertRecord';
