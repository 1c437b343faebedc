export * from './adjustmentConflicts';
export * from './checkSanctionProposal';
export * from './describeSanction';
export * from './issues';
export * from './limits';
export * from './scope';
export * from './channelNeeds';
export * from './channelConfirmation';
