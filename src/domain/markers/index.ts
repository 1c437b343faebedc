export * from './markerRules';
export * from './markerLifecycle';
export * from './markerFlag';
export * from './markerLetters';
