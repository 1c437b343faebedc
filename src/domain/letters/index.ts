export * from './letterContent';
export * from './letterItems';
export * from './letterRequirements';
export * from './validateLetter';
export * from './noReplyLetters';
export * from './ombudsman';
export * from './restrictionWording';
