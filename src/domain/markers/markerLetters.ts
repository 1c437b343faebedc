// Telling the person that a warning marker was removed (BR-33: "removal is recorded with reasons
// and the person told"). A removal need not be told on the spot: the marker is removed at once (so
// staff lose the flag at once) and, until the removal letter is recorded as sent, it carries
// "customer not yet told" on the register. Recording the letter as sent is a step of its own, with
// its audit event, written in the one marker write order (src/app/markers/saveMarkerChange.ts).
//
// Decision: a marker's letters are kept ON THE MARKER (WarningMarker.letters), not in the Letters
// library with a reference back:
//  - the marker's list already has exactly the right readers: the register keepers (health and
//    safety, the case team), monitoring, auditors and the data protection officer; staff are
//    refused it. The Letters library is the case team's (health and safety may not write to it),
//    and a marker usually has no case for a letter to belong to;
//  - the letter record and "the person was told on" change together, in one item update under the
//    marker's etag, so the register can never say "told" without the letter, or the reverse;
//  - what the letter said is kept with it (its content items, template version, channel, the day
//    it went), so a subject access export or a review reads exactly what the person was told; the
//    Word document itself is handed to the officer to send and is not stored a second time.

import type { AuditEvent } from '../model/audit';
import { dateOfInstant, formatLongDate, IsoDate, IsoInstant, isAfter, isBefore } from '../model/dates';
import type { AuditEventId, LetterId, UserId } from '../model/ids';
import type { Letter, LetterChannel } from '../model/letter';
import { holdsRole, RoleAssignments } from '../model/roles';
import { personNotYetToldOfRemoval, type WarningMarker } from '../model/warningMarker';
import type { LetterContent } from '../letters/letterContent';
import { validateLetter } from '../letters/validateLetter';
import { MARKER_KEEPER_ROLES, type MarkerStep } from './markerLifecycle';
import type { MarkerIssue } from './markerRules';

// Lives with the model: the retention schedule (src/domain/time) must keep such a marker too.
export { personNotYetToldOfRemoval };

/** "Our reference" on a marker letter: markers have no case reference, so one from the marker's own id. */
export function markerLetterReference(marker: Pick<WarningMarker, 'id'>): string {
  return `WM-${marker.id
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 8)
    .toUpperCase()}`;
}

/** The standing words on what the council keeps and the person's rights (spec 4.2: a minimal stub). */
export const MARKER_REMOVAL_DATA_RIGHTS: string =
  'We keep a short record that the marker existed and was removed, for as long as our retention schedule says. ' +
  'You can ask for a copy of the information we hold about you at any time (a subject access request); our privacy notice explains how we use it.';

/**
 * What the removal letter says, prefilled from what was recorded: what was removed (when it was
 * added and what it asked staff to do), the date of removal, and the reasons given. The officer
 * may reword it; the letter is checked again before it is produced and before it is recorded.
 */
export function markerRemovalLetterContent(marker: WarningMarker): Record<string, string> {
  const added = marker.approvedAt === undefined ? '' : ` on ${formatLongDate(dateOfInstant(marker.approvedAt))}`;
  const removed = marker.removedOn === undefined ? '' : ` It was removed on ${formatLongDate(marker.removedOn)}.`;
  return {
    markerRemoved:
      `We have removed the warning marker we added to our records about you${added}.${removed} ` +
      `Our staff no longer see it, and its instructions to them ("${marker.precautions}") no longer apply.`,
    markerRemovalReasons: marker.removalReason ?? '',
    dataRights: MARKER_REMOVAL_DATA_RIGHTS
  };
}

export interface MarkerRemovalLetterSent {
  letterId: LetterId;
  sentBy: UserId;
  sentOn: IsoDate;
  channel: LetterChannel;
  /** The template version the document was produced from (stored with the letter, spec 5.2 #12). */
  templateVersion: string;
  /** The letter's content, keyed by letter item: exactly what the document said. */
  fields: LetterContent;
}

function issue(field: string, message: string): MarkerIssue {
  return { rule: 'BR-33', field, message };
}

function filled(content: LetterContent): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const key of Object.keys(content)) {
    const text = content[key];
    if (typeof text === 'string' && text.trim() !== '') fields[key] = text.trim();
  }
  return fields;
}

/**
 * BR-33: the removal letter is recorded as sent. The marker then says when the person was told
 * (the day the letter went) and keeps the letter as sent. Refused unless the marker was removed
 * and the person not yet told, the letter says everything a removal letter must, and the day is
 * neither in the future nor before the removal.
 */
export function recordMarkerRemovalLetterSent(
  marker: WarningMarker,
  input: MarkerRemovalLetterSent,
  roles: RoleAssignments,
  today: IsoDate,
  at: IsoInstant,
  eventId: AuditEventId
): MarkerStep {
  const issues: MarkerIssue[] = [];
  if (!personNotYetToldOfRemoval(marker)) {
    issues.push(
      issue(
        'status',
        marker.removalToldOn !== undefined
          ? `The person was already told of the removal on ${formatLongDate(marker.removalToldOn)}.`
          : 'Only a marker that was in force and has been removed has a removal letter.'
      )
    );
  }
  if (!MARKER_KEEPER_ROLES.some((role) => holdsRole(roles, input.sentBy, role))) {
    issues.push(issue('sentBy', 'Only a health and safety adviser or a case officer may record the removal letter.'));
  }
  const validation = validateLetter('MarkerRemoval', input.fields);
  if (!validation.ok) {
    issues.push(issue('letter', `The letter must say: ${validation.missing.map((entry) => entry.label.toLowerCase()).join('; ')}.`));
  }
  if (input.templateVersion.trim() === '') issues.push(issue('templateVersion', 'Produce the letter before recording it as sent.'));
  if (isAfter(input.sentOn, today)) issues.push(issue('sentOn', 'The date the letter was sent cannot be in the future.'));
  if (marker.removedOn !== undefined && isBefore(input.sentOn, marker.removedOn)) {
    issues.push(issue('sentOn', 'The letter cannot have been sent before the marker was removed.'));
  }
  if (issues.length > 0) return { ok: false, issues };
  const letter: Letter = {
    id: input.letterId,
    type: 'MarkerRemoval',
    templateVersion: input.templateVersion,
    channel: input.channel,
    fields: filled(input.fields),
    sentOn: input.sentOn,
    sentBy: input.sentBy
  };
  const next: WarningMarker = { ...marker, removalToldOn: input.sentOn, letters: [...(marker.letters ?? []), letter] };
  const event: AuditEvent = {
    id: eventId,
    actorId: input.sentBy,
    action: 'marker.removalLetterSent',
    at,
    entity: { type: 'WarningMarker', id: marker.id },
    before: { status: marker.status, removalToldOn: null },
    after: { status: next.status, removalToldOn: input.sentOn, letterId: letter.id, channel: letter.channel },
    rule: 'BR-33',
    note: `Removal letter (${letter.templateVersion}) sent by ${letter.channel} on ${formatLongDate(input.sentOn)}.`
  };
  return { ok: true, marker: next, event };
}
