export * from './restrictionAlert';
export * from './alertRecord';
export * from './memberRestrictionView';
export * from './communicationNeeds';
