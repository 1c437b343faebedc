export * from './model';
export * from './validation';
export * from './workflow';
export * from './permissions';
export * from './sanctions';
export * from './checklist';
export * from './members';
