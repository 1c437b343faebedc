export * from './applyCaseAction';
export * from './types';
export * from './triage';
