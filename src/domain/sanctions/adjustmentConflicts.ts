import type { AdjustmentKind, ContactChannelKind, Person } from '../model/person';
import type { RestrictionItem, SpocChannel } from '../model/sanction';

const WRITTEN_CHANNELS: readonly ContactChannelKind[] = ['email', 'post', 'webForm', 'textMessage'];

/** Needs that make written-only contact unsuitable (BR-13, LGSCO Part 6). */
const CLASH_WITH_WRITTEN_ONLY: readonly AdjustmentKind[] = [
  'literacyDifficulty',
  'visualImpairment',
  'learningDisability',
  'needsPhoneContact',
  'needsFaceToFace'
];
/** Needs that make telephone-only or phone limits unsuitable. */
const CLASH_WITH_PHONE: readonly AdjustmentKind[] = ['hearingImpairment', 'speechImpairment', 'needsWrittenContact'];
/** Needs that short, time-boxed calls work against. */
const CLASH_WITH_CALL_LIMITS: readonly AdjustmentKind[] = [
  'needsPhoneContact',
  'needsExtraTime',
  'learningDisability',
  'mentalHealthCondition'
];

function matching(person: Person, kinds: readonly AdjustmentKind[]): string[] {
  return person.reasonableAdjustments.filter((a) => kinds.indexOf(a.kind) >= 0).map((a) => a.description);
}

/**
 * BR-13: descriptions of the person's recorded adjustments that the R02 or R03 item would
 * work against. Empty when there is no conflict.
 */
export function adjustmentConflictsFor(item: RestrictionItem, person: Person): string[] {
  if (item.type === 'R02') {
    const writtenOnly = item.channels.length > 0 && item.channels.every((c) => WRITTEN_CHANNELS.indexOf(c) >= 0);
    const phoneOnly = item.channels.length > 0 && item.channels.every((c) => c === 'phone');
    if (writtenOnly) {
      return matching(person, CLASH_WITH_WRITTEN_ONLY);
    }
    if (phoneOnly) {
      return matching(person, CLASH_WITH_PHONE);
    }
    return [];
  }
  if (item.type === 'R03') {
    return matching(person, CLASH_WITH_CALL_LIMITS);
  }
  return [];
}

const SPOC_CHANNEL_CLASHES: Readonly<Record<SpocChannel, readonly AdjustmentKind[]>> = {
  phone: CLASH_WITH_PHONE,
  email: ['literacyDifficulty', 'visualImpairment', 'needsPhoneContact', 'needsFaceToFace', 'noInternetAccess'],
  post: ['literacyDifficulty', 'visualImpairment', 'needsPhoneContact', 'needsFaceToFace'],
  inbox: ['literacyDifficulty', 'visualImpairment', 'needsPhoneContact', 'needsFaceToFace', 'noInternetAccess'],
  faceToFace: ['needsWrittenContact']
};

/** BR-31: the person's communication needs that the SPOC's channel would not meet. */
export function spocChannelConflicts(channel: SpocChannel, person: Person): string[] {
  return person.reasonableAdjustments
    .filter((a) => a.communicationNeed && SPOC_CHANNEL_CLASHES[channel].indexOf(a.kind) >= 0)
    .map((a) => a.description);
}
