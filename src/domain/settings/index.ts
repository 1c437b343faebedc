export * from './settingKeys';
export * from './roleHolders';
export * from './separationOfDuties';
export * from './councilDetails';
export * from './settingAudit';
export * from './timeFrameSchedule';
export * from './closureDays';
export * from './guidanceEdit';
