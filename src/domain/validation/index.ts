export * from './appealValidator';
export * from './fieldValidators';
export * from './incidentValidator';
export * from './limits';
export * from './result';
export * from './validationError';
