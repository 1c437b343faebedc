export * from './bundle';
export * from './buildBundle';
export * from './deadline';
export * from './extension';
export * from './markerViewings';
export * from './openRequests';
export * from './retentionHold';
export * from './readableBundle';
export { ThirdPartyFinder, attachThirdPartyRefs } from './thirdParties';
