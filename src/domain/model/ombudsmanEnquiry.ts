import type { IsoDate, IsoInstant } from './dates';
import type { LetterId, TaskId, UserId } from './ids';
import type { OmbudsmanScheme } from '../letters/ombudsman';

/**
 * When an Ombudsman looks at a case (issue 16 item 8): the enquiry, the Ombudsman's decision,
 * the remedies it orders (each a task for the case officer until done) and the copies of the
 * council's letters sent to the Ombudsman. Kept on the case so that anyone reading the case sees
 * that an Ombudsman has looked at it and what the council must still do.
 */
export const OMBUDSMAN_OUTCOMES = ['NotInvestigated', 'NoFault', 'FaultNoInjustice', 'FaultWithInjustice'] as const;
export type OmbudsmanOutcome = (typeof OMBUDSMAN_OUTCOMES)[number];

export const OMBUDSMAN_OUTCOME_LABELS: Readonly<Record<OmbudsmanOutcome, string>> = {
  NotInvestigated: 'Not investigated',
  NoFault: 'No fault found',
  FaultNoInjustice: 'Fault found, no injustice caused',
  FaultWithInjustice: 'Fault causing injustice: remedy ordered'
};

export const OMBUDSMAN_REMEDY_KINDS = ['freshReview', 'apologyLetter', 'financialRemedy', 'procedureChange', 'other'] as const;
export type OmbudsmanRemedyKind = (typeof OMBUDSMAN_REMEDY_KINDS)[number];

export const OMBUDSMAN_REMEDY_LABELS: Readonly<Record<OmbudsmanRemedyKind, string>> = {
  freshReview: 'A fresh review of the restriction',
  apologyLetter: 'A letter of apology',
  financialRemedy: 'A payment to the person',
  procedureChange: 'A change to the council’s procedure',
  other: 'Another remedy'
};

export interface OmbudsmanRemedy {
  id: string;
  kind: OmbudsmanRemedyKind;
  detail: string;
  /** The date the Ombudsman gave the council to do it by. */
  dueBy: IsoDate;
  /** The task that carries it to the case officer's "What is due". */
  taskId?: TaskId;
  doneOn?: IsoDate;
  doneBy?: UserId;
  /** What was done, in the officer's words (what the council will tell the Ombudsman). */
  doneNote?: string;
}

export interface OmbudsmanDecision {
  decidedOn: IsoDate;
  outcome: OmbudsmanOutcome;
  summary: string;
  remedies: readonly OmbudsmanRemedy[];
  recordedBy: UserId;
  recordedAt: IsoInstant;
}

/** A copy of one of the council's letters on the case, sent to the Ombudsman. */
export interface OmbudsmanLetterCopy {
  letterId: LetterId;
  sentOn: IsoDate;
  sentBy: UserId;
}

export interface OmbudsmanEnquiry {
  id: string;
  scheme: OmbudsmanScheme;
  /** The Ombudsman's own reference, e.g. 26 001 234. */
  reference: string;
  receivedOn: IsoDate;
  /** What the Ombudsman is looking at, or asking for. */
  summary: string;
  recordedBy: UserId;
  recordedAt: IsoInstant;
  decision?: OmbudsmanDecision;
  lettersCopied: readonly OmbudsmanLetterCopy[];
}
