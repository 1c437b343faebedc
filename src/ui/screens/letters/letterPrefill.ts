// What a letter can say straight from the case: the approved sanction's restrictions, scope,
// dates and single point of contact, what applies from now, how to challenge the decision, the
// Ombudsman the council's settings name, and the person's name and address. Prefilled so the
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
  type SpocChannel
} from '../../../domain';
import {
  howToChallengeText,
  ombudsmanRightText,
  standardOmbudsmanSignposting,
  scopeForLetter,
  whatAppliesNowText,
  type LetterItem
} from '../../../domain/letters';
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
    scope: scopeForLetter(sanction.scope),
    duration: `From ${formatLongDate(sanction.startDate)} until ${formatLongDate(sanction.endDate)}.`,
    decisionAndReviewDates: decided
      ? `We made this decision on ${formatLongDate(decided)}. We will review it by ${review}.`
      : `We will review it by ${review}.`,
    singlePointOfContact: spocText(sanction),
    whatAppliesNow: whatAppliesNowText(sanction),
    nextReviewDate: `We will review the restriction again by ${review}.`
  };
}

/** What every decision letter on the case can say: how to challenge it and the Ombudsman (spec 2.6 items 10, 11). */
function rightsItems(type: LetterType, ombudsmanSignposting: string): Partial<Record<LetterItem, string>> {
  const after = type === 'AppealOutcome' ? 'appeal' : 'decision';
  return {
    ...(type === 'AppealOutcome' ? {} : { howToAppeal: howToChallengeText() }),
    ombudsmanRight: ombudsmanRightText(ombudsmanSignposting, after)
  };
}

/**
 * Prefill for one letter type: only the items that type shows, and only those the case gives.
 * `ombudsmanSignposting` is the council's own (council details, administration screen).
 */
export function letterPrefill(
  type: LetterType,
  kase: Case,
  person: Person | undefined,
  ombudsmanSignposting: string = standardOmbudsmanSignposting()
): LetterPrefill {
  const sanction = currentSanction(kase);
  const fromSanction = { ...rightsItems(type, ombudsmanSignposting), ...(sanction ? sanctionItems(sanction) : {}) };
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
