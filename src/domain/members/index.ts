export * from './memberReferralValidator';
