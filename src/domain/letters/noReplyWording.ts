// BR-32: finds the sentence in a letter that tells the customer the council will stop replying
// (an informal restriction when no approved sanction allows it). Councils write this in many
// ways: "we will not reply", "no further correspondence will be entered into", "further emails
// will be read and filed", "you will not receive a response", "officers will cease to
// correspond". The corpus in noReplyWording.test.ts holds the detector to real phrasings, and
// to ordinary sentences that must pass ("we will reply within 20 working days", "if you do not
// reply", "we will not share your information").
//
// Each pattern is matched against one sentence at a time, after normalising case, apostrophes
// and spaces, so a match can be quoted back to the person writing the letter.

import type { LetterContent } from './letterContent';

export interface NoReplySentence {
  /** The letter item (field) the sentence is in. */
  readonly item: string;
  /** The sentence as the writer typed it, to quote in the refusal. */
  readonly sentence: string;
}

const NEGATION =
  "(?:(?:will|shall|would)\\s+(?:not|no\\s+longer)|won't|shan't|" +
  '(?:do|does)\\s+not\\s+(?:intend|propose|plan|expect)\\s+to|(?:is|are)\\s+not\\s+going\\s+to|' +
  '(?:will|shall)\\s+(?:cease|stop|decline|refuse)(?:\\s+to)?|(?:decline|refuse)s?\\s+to)';
// Words that may sit between the negation and the verb ("will not be replying", "will not now respond").
const FILLER = '(?:\\s+(?:be|now|therefore|then|again|further|any\\s+longer|routinely|normally|formally|individually|personally))*';
// Verbs that by themselves mean replying.
const REPLY_VERB =
  '(?:reply|replies|replying|respond|responds|responding|answer|answering|acknowledge|acknowledging|' +
  'correspond|corresponding|engage\\s+in\\s+(?:further\\s+)?correspondence|engaging\\s+in\\s+(?:further\\s+)?correspondence)';
// Verbs that mean replying only when what they act on is further contact ("consider further correspondence").
const HANDLING_VERB =
  '(?:consider|considering|read|reading|deal\\s+with|dealing\\s+with|look\\s+(?:at|into)|looking\\s+(?:at|into)|action|process)';
const CONTACT_NOUN =
  '(?:correspondence|e-?mails?|letters?|messages?|calls?|contact|communications?|representations?|submissions?|enquiries|complaints?)';
const FURTHER_CONTACT = `(?:any\\s+)?(?:further|future|new|more|other)\\s+${CONTACT_NOUN}`;
const DIALOGUE = '(?:correspondence|discussion|dialogue|debate|communication)';

const PATTERNS: readonly RegExp[] = [
  // "We will not reply", "the council won't be responding", "officers will cease to correspond".
  // eslint-disable-next-line @rushstack/security/no-unsafe-regexp -- made once, from the constant fragments above
  new RegExp(`\\b${NEGATION}${FILLER}\\s+${REPLY_VERB}\\b`),
  // "We will not consider any further correspondence", "we will not read future emails".
  // eslint-disable-next-line @rushstack/security/no-unsafe-regexp -- made once, from the constant fragments above
  new RegExp(`\\b${NEGATION}${FILLER}\\s+${HANDLING_VERB}\\s+${FURTHER_CONTACT}\\b`),
  // "We will not enter into further correspondence", "we decline to enter into any discussion".
  // eslint-disable-next-line @rushstack/security/no-unsafe-regexp -- made once, from the constant fragments above
  new RegExp(`\\b${NEGATION}${FILLER}\\s+(?:enter|entering)\\s+into\\s+(?:any\\s+)?(?:further\\s+|more\\s+)?${DIALOGUE}\\b`),
  // Passive: "your emails will not be answered", "letters will no longer be acknowledged".
  /\b(?:will|shall)\s+(?:not|no\s+longer)\s+be\s+(?:answered|acknowledged|replied\s+to|responded\s+to)\b/,
  // Passive about further contact: "further correspondence will not be considered".
  // eslint-disable-next-line @rushstack/security/no-unsafe-regexp -- made once, from the constant fragments above
  new RegExp(
    `\\b${FURTHER_CONTACT}\\b.*\\b(?:will|shall)\\s+(?:not|no\\s+longer)\\s+be\\s+(?:considered|read|dealt\\s+with|looked\\s+at|actioned|processed)\\b`
  ),
  // "No (further) replies will be sent", "no further correspondence will be entered into".
  /\bno\s+(?:further\s+)?(?:reply|replies|response|responses|acknowledge?ments?|correspondence)\s+(?:will|shall|is\s+going\s+to)\s+be\s+(?:sent|given|made|issued|provided|entered\s+into)\b/,
  // "There will be no further correspondence", "no further replies".
  /\bno\s+further\s+(?:correspondence|replies|responses|dialogue)\b/,
  // "You will not receive a reply", "you will no longer get responses".
  /\b(?:will|shall)\s+(?:not|no\s+longer)\s+(?:receive|get|be\s+sent)\s+(?:a\s+|any\s+)?(?:further\s+)?(?:reply|replies|response|responses|acknowledge?ments?)\b/,
  // "... will receive no response", "... will go unanswered".
  /\b(?:receive|get)\s+no\s+(?:further\s+)?(?:reply|replies|response|responses|acknowledge?ments?)\b/,
  /\b(?:go|remain|be\s+left)\s+unanswered\b/,
  // "Will be read and filed", "noted and placed on file", "filed without a reply".
  /\b(?:read|noted|logged)\s+and\s+(?:filed|placed\s+on\s+(?:the\s+)?file|kept\s+on\s+file)\b/,
  /\bwithout\s+(?:a\s+|any\s+)?(?:reply|response|acknowledge?ment)\b/,
  /\bbut\s+not\s+(?:answered|replied\s+to|responded\s+to|acknowledged)\b/,
  // "We are unable to respond to any further correspondence", "not in a position to correspond further".
  /\b(?:unable|not\s+able|not\s+in\s+a\s+position)\s+to\s+(?:reply|respond|correspond|engage|comment)(?:\s+further|\s+to\s+(?:any\s+)?(?:further|future|more)|\s+again)\b/,
  // "We will take no further action on any further correspondence".
  // eslint-disable-next-line @rushstack/security/no-unsafe-regexp -- made once, from the constant fragments above
  new RegExp(`\\b(?:take|taking)\\s+no\\s+further\\s+action\\s+on\\s+${FURTHER_CONTACT}\\b`),
  // Instructions to staff written into a letter: "staff have been told not to respond".
  /\b(?:told|instructed|asked|advised)\s+not\s+to\s+(?:reply|respond|answer|engage|correspond)\b/,
  /\bdo\s+not\s+(?:reply|respond)\s+to\s+(?:this\s+(?:person|customer)|the\s+customer|him|her|them)\b/
];

/** Lower case, straight apostrophes, single spaces: how the patterns read a sentence. */
function normalise(sentence: string): string {
  return sentence
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc\u2032]/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** A letter item's sentences: split after . ! ? and at line breaks. */
function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

/** True when one sentence tells the customer the council will not reply. */
export function saysCouncilWillNotReply(sentence: string): boolean {
  const text = normalise(sentence);
  return PATTERNS.some((pattern) => pattern.test(text));
}

/** The first sentence of the letter that says the council will not reply, if any. */
export function findNoReplySentence(content: LetterContent): NoReplySentence | undefined {
  for (const item of Object.keys(content)) {
    const text = content[item];
    if (typeof text !== 'string') continue;
    const sentence = sentencesOf(text).find(saysCouncilWillNotReply);
    if (sentence !== undefined) return { item, sentence };
  }
  return undefined;
}
