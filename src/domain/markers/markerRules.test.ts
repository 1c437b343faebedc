import { isoDate, isoInstant, IsoDate } from '../model/dates';
import type { RoleAssignments } from '../model/roles';
import type { MarkerChallenge, WarningMarker } from '../model/warningMarker';
import { checkChallengeOutcome, checkMarkerActivation, markerViewedEvent, resolveMarkerChallenge } from './markerRules';

const d = (value: string): IsoDate => isoDate(value);
const today = d('2026-11-28');
const roles: RoleAssignments = { healthSafetyAdviser: ['hs1'], staff: ['proposer', 'examiner'] };

function marker(overrides: Partial<WarningMarker> = {}): WarningMarker {
  return {
    id: 'm1',
    personId: 'p1',
    incidentIds: ['i1'],
    riskDescription: 'Threatened to hit an officer on 3 November 2026.',
    precautions: 'Two officers for home visits.',
    proposedBy: 'proposer',
    approvedBy: 'hs1',
    approvedAt: isoInstant('2026-11-27T09:00:00Z'),
    notifiedOn: d('2026-11-27'),
    reviewDate: d('2027-11-27'),
    challenges: [],
    status: 'Provisional',
    ...overrides
  };
}

const fields = (issues: { field: string }[]): string[] => issues.map((issue) => issue.field);

describe('warning markers', () => {
  test('BR-21 allowed: linked incident, H&S approval, review date and notification recorded', () => {
    expect(checkMarkerActivation(marker(), roles, today)).toEqual([]);
    expect(
      checkMarkerActivation(
        marker({ notifiedOn: undefined, notNotifiedReason: 'Telling him would raise the risk to staff.' }),
        roles,
        today
      )
    ).toEqual([]);
  });

  test('BR-21 refused: no incident, no or wrong approver, bad review date, no notification record', () => {
    const issues = checkMarkerActivation(
      marker({ incidentIds: [], approvedBy: 'proposer', reviewDate: d('2026-11-28'), notifiedOn: undefined, notNotifiedReason: ' ' }),
      roles,
      today
    );
    expect(fields(issues)).toEqual(['incidentIds', 'approvedBy', 'reviewDate', 'notifiedOn']);
    expect(issues.every((issue) => issue.rule === 'BR-21')).toBe(true);
    expect(fields(checkMarkerActivation(marker({ approvedBy: undefined }), roles, today))).toEqual(['approvedBy']);
    expect(fields(checkMarkerActivation(marker({ reviewDate: d('2027-11-29') }), roles, today))).toEqual(['reviewDate']);
  });

  test('BR-21 an H&S adviser cannot approve their own proposal', () => {
    const issues = checkMarkerActivation(marker({ proposedBy: 'hs1' }), roles, today);
    expect(issues).toEqual([
      expect.objectContaining({ field: 'approvedBy', message: expect.stringContaining('cannot be the person who proposed') })
    ]);
  });

  test('BR-21 every view produces an audit event naming the viewer and the marker', () => {
    const at = isoInstant('2026-11-28T10:00:00Z');
    expect(markerViewedEvent(marker(), 'u7', at, 'e1')).toEqual({
      id: 'e1',
      actorId: 'u7',
      action: 'marker.viewed',
      at,
      entity: { type: 'WarningMarker', id: 'm1' },
      rule: 'BR-21'
    });
    expect(markerViewedEvent(marker(), 'u7', at, 'e2', 'Planning a home visit').note).toBe('Planning a home visit');
  });
});

describe('challenging a marker', () => {
  const challenge: MarkerChallenge = {
    raisedBy: 'person',
    raisedOn: d('2026-11-20'),
    grounds: 'The incident was misreported.',
    examinerId: 'examiner',
    outcome: 'Removed',
    outcomeReasons: 'CCTV shows no threat was made.',
    personToldOn: d('2026-11-28')
  };
  const at = isoInstant('2026-11-28T12:00:00Z');

  test('BR-33 allowed: re-examined by someone else; removal recorded with reasons and the person told', () => {
    const result = resolveMarkerChallenge(marker({ status: 'UnderChallenge', challenges: [challenge] }), 0, at, 'e9');
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.marker).toEqual(
        expect.objectContaining({ status: 'Removed', removedOn: '2026-11-28', removalReason: 'CCTV shows no threat was made.' })
      );
      expect(result.event).toEqual(expect.objectContaining({ action: 'marker.removedOnChallenge', actorId: 'examiner', rule: 'BR-33' }));
    }
  });

  test('BR-33 refused: examined by the proposer, no reasons', () => {
    const bad: MarkerChallenge = { ...challenge, examinerId: 'proposer', outcomeReasons: '', personToldOn: undefined };
    const result = resolveMarkerChallenge(marker({ challenges: [bad] }), 0, at, 'e9');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(fields([...result.issues])).toEqual(['examinerId', 'outcomeReasons']);
    }
    expect(fields(checkChallengeOutcome(marker(), { ...challenge, examinerId: undefined, outcome: undefined }))).toEqual([
      'examinerId',
      'outcome'
    ]);
  });

  test('BR-33 a removal not yet told to the person still stands: the telling is left to the removal letter', () => {
    const untold: MarkerChallenge = { ...challenge, personToldOn: undefined };
    const result = resolveMarkerChallenge(marker({ status: 'UnderChallenge', challenges: [untold] }), 0, at, 'e9');
    expect(result.ok && result.marker.status).toBe('Removed');
    expect(result.ok && result.marker.removalToldOn).toBeUndefined();
  });

  test('BR-33 a retained marker goes back to Active and the decision is audited', () => {
    const kept: MarkerChallenge = {
      ...challenge,
      outcome: 'Retained',
      outcomeReasons: 'Two witnesses confirm the threat.',
      personToldOn: undefined
    };
    const result = resolveMarkerChallenge(marker({ status: 'UnderChallenge', challenges: [kept] }), 0, at, 'e10');
    expect(result.ok && result.marker.status).toBe('Active');
    expect(result.ok && result.event.action).toBe('marker.retainedOnChallenge');
  });

  test('an unknown challenge is reported, not invented', () => {
    expect(resolveMarkerChallenge(marker(), 3, at, 'e11')).toEqual({
      ok: false,
      issues: [expect.objectContaining({ field: 'challenges' })]
    });
  });
});
