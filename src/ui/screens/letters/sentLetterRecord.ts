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
  /** Where the library keeps the document; kept with the letter it records as sent. */
  readonly documentUrl?: string;
}

/** What the library keeps beside the content: the reference, the day produced, the document's address. */
function recordFields(draft: LetterDraft, details: SentLetterDetails): Record<string, string> {
  const fields: Record<string, string> = { reference: draft.reference, producedOn: draft.date };
  if (details.documentUrl) fields.documentUrl = details.documentUrl;
  return fields;
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
    fields: details.keepsReference ? { ...filledFields(draft.content), ...recordFields(draft, details) } : filledFields(draft.content),
    sentOn: details.sentOn,
    sentBy: details.sentBy
  };
}
