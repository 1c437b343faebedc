// The actions on an opened marker, in a file of their own so that the register hook and what runs and words them import them one way.

import type { IsoDate, LetterChannel } from '../../../domain/model';

export type MarkerAction =
  | { kind: 'approve'; notifiedOn?: IsoDate; notNotifiedReason?: string; handlingCheck?: string }
  | { kind: 'decline'; reasons: string }
  | { kind: 'review'; outcome: 'Continue' | 'Remove'; reasons: string; nextReviewDate?: IsoDate; personToldOn?: IsoDate }
  | { kind: 'challenge'; raisedBy: 'person' | 'staff'; raisedOn: IsoDate; grounds: string }
  | { kind: 'decideChallenge'; outcome: 'Retained' | 'Removed'; reasons: string; personToldOn?: IsoDate }
  | { kind: 'remove'; reasons: string; personToldOn?: IsoDate }
  | {
      kind: 'letterSent';
      letterId: string;
      sentOn: IsoDate;
      channel: LetterChannel;
      templateVersion: string;
      fields: Readonly<Record<string, string>>;
    };
