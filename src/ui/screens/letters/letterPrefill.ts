// What a letter can say straight from the case: the approved sanction's restrictions, scope,
// dates and single point of contact, and the person's name and address. Prefilled so the
// letter says what was approved; the reasons and free text are left for the officer.
import {
  currentSanction,
  formatLongDate,
  requiredLetterItems,
  SANCTION_CATALOGUE,
  type Case,
  type IsoDate,
  type LetterType,
  type Person,
  type Sanction,
  type SanctionScope,
  type SpocChannel
} from '../../../domain';
import type { LetterItem } from '../../../domain/letters';
import { LETTER_TEMPLATES } from './letterTemplates';

export interface LetterPrefill {
  readonly content: Readonly<Record<string, string>>;
  readonly recipientName: string;
  readonly recipientAddress: string;
}

const SPOC_CHANNEL_WORDS: Readonly<Record<SpocChannel, string>> = {
  phone: 'by telephone',
  email: 'by email',
  post: 'by post',
  faceToFace: 'in person',
  inbox: 'through the shared inbox'
};

function scopeText(scope: SanctionScope): string {
  switch (scope.kind) {
    case 'person':
      return `Your contact with ${scope.staffName}.`;
    case 'team':
      return `The ${scope.team} team in the ${scope.service} service.`;
    case 'service':
      return `The ${scope.service} service.`;
    case 'councilWide':
      return 'All of the council\u2019s services.';
    case 'premisesExclusion':
      return `These council premises: ${scope.sites.join(', ')}.`;
    case 'publicMeetingExclusion':
      return `These public meetings: ${scope.meetings}.`;
  }
}

function spocText(sanction: Sanction): string {
  const spoc = sanction.spoc;
  const cover = spoc.cover ? ` When ${spoc.name} is away, ${spoc.cover.name} will deal with your contact.` : '';
  return `${spoc.name}, ${SPOC_CHANNEL_WORDS[spoc.channel]}.${cover}`;
}

function actionText(sanction: Sanction): string {
  const lines = ['From now on:'];
  for (const restriction of sanction.restrictions) lines.push(`- ${SANCTION_CATALOGUE[restriction.type].label}`);
  if (sanction.necessaryContactArrangements.trim() !== '') {
    lines.push(`When contact is necessary: ${sanction.necessaryContactArrangements.trim()}`);
  }
  return lines.join('\n');
}

/** The day the sanction was approved: the last approval's date, if recorded. */
function decidedOn(sanction: Sanction): IsoDate | undefined {
  const approved = sanction.approvals.filter((approval) => approval.outcome === 'Approve');
  const last = approved[approved.length - 1];
  return last ? (last.decidedAt.slice(0, 10) as IsoDate) : undefined;
}

function sanctionItems(sanction: Sanction): Partial<Record<LetterItem, string>> {
  const decided = decidedOn(sanction);
  const review = formatLongDate(sanction.reviewDate);
  return {
    actionTaken: actionText(sanction),
    scope: scopeText(sanction.scope),
    duration: `From ${formatLongDate(sanction.startDate)} until ${formatLongDate(sanction.endDate)}.`,
    decisionAndReviewDates: decided
      ? `We made this decision on ${formatLongDate(decided)}. We will review it by ${review}.`
      : `We will review it by ${review}.`,
    singlePointOfContact: spocText(sanction)
  };
}

/** Prefill for one letter type: only the items that type shows, and only those the case gives. */
export function letterPrefill(type: LetterType, kase: Case, person: Person | undefined): LetterPrefill {
  const sanction = currentSanction(kase);
  const fromSanction = sanction ? sanctionItems(sanction) : {};
  const items = new Set<LetterItem>([...requiredLetterItems(type), ...LETTER_TEMPLATES[type].items]);
  const content: Record<string, string> = {};
  for (const item of Object.keys(fromSanction) as LetterItem[]) {
    const text = fromSanction[item];
    if (items.has(item) && text !== undefined) content[item] = text;
  }
  return {
    content,
    recipientName: person ? `${person.names.given} ${person.names.family}`.trim() : '',
    recipientAddress: person && person.addresses.length > 0 ? person.addresses[0].split(/\s*,\s*/).join('\n') : ''
  };
}
