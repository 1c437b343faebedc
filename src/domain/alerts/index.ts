export * from './restrictionAlert';
