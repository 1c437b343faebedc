export * from './guidanceSection';
export * from './selectGuidance';
export * from './defaultGuidance';
export * from './defaultGuidanceStaff';
export * from './defaultGuidanceMembersAndFoi';
export * from './factualWriting';
