import { dateOfInstant, IsoDate, IsoInstant } from '../model/dates';
import type { ContactLogEntry } from '../model/monitoring';
import { CONTACT_CHANNEL_KINDS } from '../model/person';
import {
  dateNotInFuture,
  FieldErrors,
  isRecord,
  optionalLine,
  requiredBoolean,
  requiredChoice,
  requiredInstant,
  requiredNote
} from './fieldValidators';
import { err, ok, Result } from './result';
import type { ValidationError } from './validationError';

/** What the contact log form submits; the store adds the id and who logged it. */
export type ContactLogEntryInput = Omit<ContactLogEntry, 'id' | 'loggedBy'>;

/**
 * Validates a contact received during monitoring or a restriction (spec §5.2 #7). Under R05
 * every item is still logged and checked for new issues and safeguarding (BR-14), so those
 * flags must be answered, not left blank.
 */
export function validateContactLogEntryInput(input: unknown, today: IsoDate): Result<ContactLogEntryInput, ValidationError[]> {
  const errors = new FieldErrors();
  const source = isRecord(input) ? input : {};
  const receivedAt = requiredInstant(errors, 'receivedAt', 'when the contact was received', source.receivedAt);
  dateNotInFuture(
    errors,
    'receivedAt',
    'when the contact was received',
    receivedAt === undefined ? undefined : dateOfInstant(receivedAt),
    today
  );
  const channel = requiredChoice(errors, 'channel', 'how the contact was made', source.channel, CONTACT_CHANNEL_KINDS);
  const viaSpoc = requiredBoolean(errors, 'viaSpoc', 'the contact came through the single point of contact', source.viaSpoc);
  const summary = requiredNote(errors, 'summary', 'a summary of the contact', source.summary);
  const newIssue = requiredBoolean(errors, 'newIssue', 'the contact raises a new issue', source.newIssue);
  const safeguardingConcern = requiredBoolean(
    errors,
    'safeguardingConcern',
    'the contact raises a safeguarding concern',
    source.safeguardingConcern
  );
  const breachOfRestriction = requiredBoolean(
    errors,
    'breachOfRestriction',
    'the contact breaches a restriction',
    source.breachOfRestriction
  );
  const reviewedBy = optionalLine(errors, 'reviewedBy', 'who reviewed the item', source.reviewedBy);
  if (errors.hasErrors) {
    return err(errors.errors);
  }
  return ok({
    receivedAt: receivedAt as IsoInstant,
    channel: channel as ContactLogEntry['channel'],
    viaSpoc: viaSpoc as boolean,
    summary: summary as string,
    newIssue: newIssue as boolean,
    safeguardingConcern: safeguardingConcern as boolean,
    breachOfRestriction: breachOfRestriction as boolean,
    reviewedBy
  });
}
