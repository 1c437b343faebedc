import { isoDate, isoInstant, IsoDate } from '../model/dates';
import type { RoleAssignments } from '../model/roles';
import type { WarningMarker } from '../model/warningMarker';
import { validateLetter } from '../letters/validateLetter';
import { DEFAULT_RETENTION_SCHEDULE } from '../time/retentionSchedule';
import { retentionCandidateOf } from '../time/retentionCandidates';
import { approveMarker, declineMarker, MarkerStep, proposeMarker, removeMarker } from './markerLifecycle';
import {
  markerLetterReference,
  markerRemovalLetterContent,
  MarkerRemovalLetterSent,
  personNotYetToldOfRemoval,
  recordMarkerRemovalLetterSent
} from './markerLetters';

const d = (value: string): IsoDate => isoDate(value);
const today = d('2026-12-06');
const at = isoInstant('2026-12-06T10:00:00Z');
const roles: RoleAssignments = { customerRelationsOfficer: ['cro'], healthSafetyAdviser: ['hs'], staff: ['sam'] };

function value(step: MarkerStep): WarningMarker {
  if (!step.ok) throw new Error(JSON.stringify(step.issues));
  return step.marker;
}

function fields(step: MarkerStep): string[] {
  return step.ok ? [] : step.issues.map((found) => found.field);
}

const provisional = (): WarningMarker =>
  value(
    proposeMarker(
      {
        id: '3f2a9c1e-0000-4000-8000-000000000001',
        personId: 'p1',
        incident: { id: 'i1', personId: 'p1' },
        riskDescription: 'Raised a stick at the counter.',
        precautions: 'Two officers for home visits.',
        reviewDate: d('2027-06-01'),
        proposedBy: 'cro'
      },
      roles,
      d('2026-12-01'),
      isoInstant('2026-12-01T09:00:00Z'),
      'e1'
    )
  );
const active = (): WarningMarker =>
  value(
    approveMarker(
      provisional(),
      { approverId: 'hs', notifiedOn: d('2026-12-01') },
      [],
      roles,
      d('2026-12-01'),
      isoInstant('2026-12-01T11:00:00Z'),
      'e2'
    )
  );
const removedUntold = (): WarningMarker =>
  value(
    removeMarker(active(), { removedBy: 'hs', reasons: 'CCTV shows no threat was made.', personToldOn: undefined }, roles, today, at, 'e3')
  );

function sent(marker: WarningMarker, overrides: Partial<MarkerRemovalLetterSent> = {}): MarkerRemovalLetterSent {
  return {
    letterId: 'l1',
    sentBy: 'hs',
    sentOn: today,
    channel: 'letter',
    templateVersion: 'marker-removal-1',
    fields: markerRemovalLetterContent(marker),
    ...overrides
  };
}

describe('BR-33 telling the person a marker was removed', () => {
  test('a removed marker that was in force owes the person a letter; a declined proposal or a told removal does not', () => {
    expect(personNotYetToldOfRemoval(active())).toBe(false);
    expect(personNotYetToldOfRemoval(removedUntold())).toBe(true);
    const declined = value(declineMarker(provisional(), 'hs', 'Not enough evidence.', roles, at, 'e3'));
    expect(personNotYetToldOfRemoval(declined)).toBe(false);
    const toldAtOnce = value(removeMarker(active(), { removedBy: 'hs', reasons: 'x', personToldOn: today }, roles, today, at, 'e3'));
    expect(personNotYetToldOfRemoval(toldAtOnce)).toBe(false);
  });

  test('the letter is prefilled from what was recorded: what was removed, when it was added and removed, and why', () => {
    const content = markerRemovalLetterContent(removedUntold());
    expect(content.markerRemoved).toContain('added to our records about you on 1 December 2026');
    expect(content.markerRemoved).toContain('It was removed on 6 December 2026.');
    expect(content.markerRemoved).toContain('Two officers for home visits.');
    expect(content.markerRemovalReasons).toBe('CCTV shows no threat was made.');
    expect(validateLetter('MarkerRemoval', content)).toEqual({ ok: true, missing: [] });
    expect(markerLetterReference(removedUntold())).toBe('WM-3F2A9C1E');
  });

  test('recording the letter as sent tells the person, keeps the letter on the marker and is audited', () => {
    const marker = removedUntold();
    const step = recordMarkerRemovalLetterSent(marker, sent(marker), roles, today, at, 'e4');
    const told = value(step);
    expect(told.removalToldOn).toBe(today);
    expect(told.letters).toEqual([
      expect.objectContaining({
        id: 'l1',
        type: 'MarkerRemoval',
        channel: 'letter',
        sentOn: today,
        sentBy: 'hs',
        templateVersion: 'marker-removal-1'
      })
    ]);
    expect(told.letters?.[0].fields.markerRemovalReasons).toBe('CCTV shows no threat was made.');
    expect(personNotYetToldOfRemoval(told)).toBe(false);
    expect(step.ok && step.event).toEqual(
      expect.objectContaining({
        action: 'marker.removalLetterSent',
        actorId: 'hs',
        rule: 'BR-33',
        entity: { type: 'WarningMarker', id: marker.id }
      })
    );
    // Once told, the letter cannot be recorded again.
    expect(fields(recordMarkerRemovalLetterSent(told, sent(told), roles, today, at, 'e5'))).toEqual(['status']);
  });

  test('BR-24 with BR-33: a removed marker is kept from disposal while its removal letter is owed; once told, its period runs from the removal', () => {
    const owed = removedUntold();
    expect(retentionCandidateOf({ kind: 'removedMarker', record: owed }, DEFAULT_RETENTION_SCHEDULE)).toBeUndefined();
    const told = value(recordMarkerRemovalLetterSent(owed, sent(owed), roles, today, at, 'e4'));
    expect(retentionCandidateOf({ kind: 'removedMarker', record: told }, DEFAULT_RETENTION_SCHEDULE)).toEqual({
      kind: 'removedMarker',
      entityType: 'WarningMarker',
      id: told.id,
      triggerDate: told.removedOn
    });
  });

  test('refused: a marker still in force, staff, a letter missing its reasons, a date in the future or before the removal', () => {
    const letterOfRemoval = markerRemovalLetterContent(removedUntold());
    expect(fields(recordMarkerRemovalLetterSent(active(), sent(active(), { fields: letterOfRemoval }), roles, today, at, 'e4'))).toEqual([
      'status'
    ]);
    const marker = removedUntold();
    const withoutReasons = { ...markerRemovalLetterContent(marker), markerRemovalReasons: '  ' };
    expect(
      fields(
        recordMarkerRemovalLetterSent(
          marker,
          sent(marker, { sentBy: 'sam', fields: withoutReasons, sentOn: d('2026-12-07'), templateVersion: '' }),
          roles,
          today,
          at,
          'e4'
        )
      )
    ).toEqual(['sentBy', 'letter', 'templateVersion', 'sentOn']);
    expect(fields(recordMarkerRemovalLetterSent(marker, sent(marker, { sentOn: d('2026-12-05') }), roles, today, at, 'e4'))).toEqual([
      'sentOn'
    ]);
  });
});
