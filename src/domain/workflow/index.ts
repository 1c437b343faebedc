export * from './applyCaseAction';
export * from './applyCaseActions';
export * from './types';
export * from './triage';
