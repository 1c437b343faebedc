export * from './routing';
export * from './assessRefusal';
