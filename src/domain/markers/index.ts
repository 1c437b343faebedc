export * from './markerRules';
