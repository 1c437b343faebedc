// BR-31 widened (issue 16 item 6): the proposal warns when the chosen channel or contact route
// does not work for this person: an advocate they need, large print or Braille, another
// language, reading and writing (BR-13 and spocChannelConflicts already catch written-only for
// literacy), no internet access. Warnings, because a way round is often possible (an interpreter
// on the call, a Braille letter); the approver then confirms the channel works for this person
// (applyCaseAction, decideSanction), and that confirmation is what the rule requires.

import type { AdjustmentKind, ContactChannelKind, Person } from '../model/person';

import type { RestrictionItem, SpocChannel } from '../model/sanction';

const WRITTEN_SPOC: readonly SpocChannel[] = ['email', 'post', 'inbox'];
const ONLINE_SPOC: readonly SpocChannel[] = ['email', 'inbox'];
const ONLINE_CHANNELS: readonly ContactChannelKind[] = ['email', 'webForm', 'socialMedia'];

export interface ChannelNeedsInput {
  spoc: { channel: SpocChannel };
  restrictions: readonly RestrictionItem[];
}

function needs(person: Pick<Person, 'reasonableAdjustments'>, kind: AdjustmentKind): boolean {
  return person.reasonableAdjustments.some((a) => a.kind === kind);
}

/** Contact goes through a third party (R11) or a representative with a lawful basis to act. */
function hasAdvocateRoute(proposal: ChannelNeedsInput, person: Pick<Person, 'representatives'>): boolean {
  return (
    proposal.restrictions.some((r) => r.type === 'R11') ||
    person.representatives.some((r) => r.consentGiven || (r.lawfulBasis ?? '').trim() !== '')
  );
}

/** The ways the proposal's channel or contact route may not work for this person, in words. */
export function channelNeedsWarnings(
  proposal: ChannelNeedsInput,
  person: Pick<Person, 'reasonableAdjustments' | 'representatives'>
): string[] {
  const warnings: string[] = [];
  const channel = proposal.spoc.channel;
  const allowedOnlyOnline = proposal.restrictions.some(
    (r) => r.type === 'R02' && r.channels.length > 0 && r.channels.every((c) => ONLINE_CHANNELS.indexOf(c) >= 0)
  );
  if (needs(person, 'needsAdvocate') && !hasAdvocateRoute(proposal, person)) {
    warnings.push(
      'This person needs an advocate, and no advocate or representative is recorded as a contact route. Say how their advocate takes part, or name them as the contact route (R11).'
    );
  }
  if (needs(person, 'needsLargePrintOrBraille') && WRITTEN_SPOC.indexOf(channel) >= 0) {
    warnings.push('This person needs large print or Braille: everything written to them on this channel must be in that format.');
  }
  if (needs(person, 'needsInterpreter')) {
    warnings.push('This person needs an interpreter or translation: say how it is arranged for contact on this channel.');
  }
  if (needs(person, 'noInternetAccess') && (ONLINE_SPOC.indexOf(channel) >= 0 || allowedOnlyOnline)) {
    warnings.push(
      'This person has no internet access: email, online forms and an inbox will not reach them. Choose post, telephone or face to face.'
    );
  }
  return warnings;
}
