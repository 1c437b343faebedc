export * from './routing';
export * from './assessRefusal';
export * from './informationRequestTasks';
