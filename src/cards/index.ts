export * from './types';
export * from './verbs';
export * from './plainText';
export * from './dates';
export * from './approvalRequestCard';
export * from './decidedCard';
export * from './noticeCard';
export * from './toAttachment';
// The wording of a proposal is shared with the tab's inbox, so it lives in the domain.
export * from '../domain/sanctions/describeSanction';
