export * from './applyCaseAction';
export * from './types';
