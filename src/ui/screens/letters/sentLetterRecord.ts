// The Letter the case records when staff say a produced letter was sent. Built from the
// draft the Word document was made from, so the case holds exactly what the customer got
// (BR-07 checks these same fields again before the case changes).
import type { IsoDate, Letter, LetterChannel, UserId } from '../../../domain';
import type { LetterDraft } from './letterDraft';

export interface SentLetterDetails {
  readonly id: string;
  readonly caseId: string;
  readonly templateVersion: string;
  readonly sentOn: IsoDate;
  readonly channel: LetterChannel;
  readonly sentBy: UserId;
  /**
   * True when the letter is the one the Letters library keeps with the document: its record
   * also holds the reference, which recording it as sent must not drop.
   */
  readonly keepsReference?: boolean;
}

/** The content items as the Letter stores them: only those that have text. */
function filledFields(content: LetterDraft['content']): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const item of Object.keys(content)) {
    const text = content[item];
    if (typeof text === 'string' && text.trim() !== '') fields[item] = text;
  }
  return fields;
}

export function sentLetterRecord(draft: LetterDraft, details: SentLetterDetails): Letter {
  return {
    id: details.id,
    caseId: details.caseId,
    type: draft.type,
    templateVersion: details.templateVersion,
    channel: details.channel,
    fields: details.keepsReference ? { ...filledFields(draft.content), reference: draft.reference } : filledFields(draft.content),
    sentOn: details.sentOn,
    sentBy: details.sentBy
  };
}
