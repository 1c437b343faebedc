export * from './checklistCompleteness';
export * from './checklistItems';
