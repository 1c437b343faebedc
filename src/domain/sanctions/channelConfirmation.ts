// BR-31 widened (issue 16 item 6): the approver confirms the channel works for this person.
// The proposal only warns (channelNeeds.ts) because a way round is often possible; the
// approver's confirmation is what the rule requires. It is asked for when the person has a
// communication need or the contact goes through a third party (R11), and the approver is
// shown what they confirm: the channel, and the needs as the fixed staff instructions (never
// the recorded words, which can name a health condition: BR-22).

import { staffCommunicationNeeds } from '../alerts/communicationNeeds';
import type { Person } from '../model/person';
import type { Sanction, SpocChannel } from '../model/sanction';

const CHANNEL_WORDS: Readonly<Record<SpocChannel, string>> = {
  phone: 'telephone',
  email: 'email',
  post: 'post',
  faceToFace: 'in person',
  inbox: 'a shared inbox'
};

/** Said when a need is recorded as a communication need but has no fixed instruction. */
export const OTHER_COMMUNICATION_NEED = 'Another communication need is recorded: read it on the case before contact.';

export interface ChannelConfirmation {
  /** The contact route the approver confirms, in words. */
  channel: string;
  /** What staff must do, one fixed instruction a line. */
  needs: string[];
}

/** What the approver must confirm about the channel, or undefined when nothing is asked. */
export function channelConfirmationFor(
  sanction: Pick<Sanction, 'spoc' | 'restrictions'>,
  person: Pick<Person, 'reasonableAdjustments'>
): ChannelConfirmation | undefined {
  const communication = person.reasonableAdjustments.filter((a) => a.communicationNeed);
  const thirdParty = sanction.restrictions.some((r) => r.type === 'R11');
  if (communication.length === 0 && !thirdParty) {
    return undefined;
  }
  const needs = staffCommunicationNeeds(communication);
  if (needs.length === 0 && communication.length > 0) {
    needs.push(OTHER_COMMUNICATION_NEED);
  }
  return { channel: describeContactRoute(sanction), needs };
}

/** The proposal's contact route in words: the channel, the single point of contact, any R11 third party. */
export function describeContactRoute(sanction: Pick<Sanction, 'spoc' | 'restrictions'>): string {
  const route = `By ${CHANNEL_WORDS[sanction.spoc.channel]} with ${sanction.spoc.name.trim() || 'the single point of contact'}`;
  return sanction.restrictions.some((r) => r.type === 'R11') ? `${route}, through the third party named as the contact route (R11)` : route;
}
