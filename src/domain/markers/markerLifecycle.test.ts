import { isoDate, isoInstant, IsoDate } from '../model/dates';
import type { ReasonableAdjustment } from '../model/person';
import type { RoleAssignments } from '../model/roles';
import type { WarningMarker } from '../model/warningMarker';
import { markerFlagOf } from './markerFlag';
import { personNotYetToldOfRemoval } from './markerLetters';
import {
  approveMarker,
  challengeMarker,
  declineMarker,
  decideMarkerChallenge,
  isMarkerReviewOverdue,
  MarkerProposal,
  MarkerStep,
  proposeMarker,
  removeMarker,
  reviewMarker,
  viewMarker
} from './markerLifecycle';

const d = (value: string): IsoDate => isoDate(value);
const today = d('2026-11-28');
const at = isoInstant('2026-11-28T10:00:00Z');
const roles: RoleAssignments = {
  customerRelationsOfficer: ['cro'],
  alternateOfficer: ['alt'],
  healthSafetyAdviser: ['hs', 'hs2'],
  staff: ['sam']
};
const adjustment: ReasonableAdjustment = {
  kind: 'other',
  description: 'Cannot read small print',
  communicationNeed: true,
  recordedOn: d('2026-01-01')
};

const proposal: MarkerProposal = {
  id: 'm1',
  personId: 'p1',
  incident: { id: 'i1', personId: 'p1' },
  riskDescription: ' Threatened an officer with a bottle on 3 November 2026. ',
  precautions: 'Two officers for home visits.',
  reviewDate: d('2027-05-28'),
  proposedBy: 'cro'
};

function fields(step: MarkerStep): string[] {
  return step.ok ? [] : step.issues.map((found) => found.field);
}

function value(step: MarkerStep): WarningMarker {
  if (!step.ok) throw new Error(JSON.stringify(step.issues));
  return step.marker;
}

const provisional = (): WarningMarker => value(proposeMarker(proposal, roles, today, at, 'e1'));
const active = (): WarningMarker =>
  value(approveMarker(provisional(), { approverId: 'hs', notifiedOn: today }, [], roles, today, at, 'e2'));

describe('BR-21 proposing a marker from an incident of the same person', () => {
  test('BR-21 allowed: a case officer proposes from the person’s own incident; it is provisional and audited', () => {
    const step = proposeMarker(proposal, roles, today, at, 'e1');
    expect(step.ok && step.marker).toEqual(
      expect.objectContaining({
        status: 'Provisional',
        incidentIds: ['i1'],
        riskDescription: 'Threatened an officer with a bottle on 3 November 2026.'
      })
    );
    expect(step.ok && step.event).toEqual(expect.objectContaining({ action: 'marker.proposed', actorId: 'cro', rule: 'BR-21' }));
    expect(markerFlagOf(value(step))).toBeUndefined();
  });

  test('BR-21 refused: another person’s incident, staff proposer, blanks, a review date too far', () => {
    const step = proposeMarker(
      {
        ...proposal,
        incident: { id: 'i9', personId: 'p2' },
        proposedBy: 'sam',
        riskDescription: ' ',
        precautions: '',
        reviewDate: d('2028-01-01')
      },
      roles,
      today,
      at,
      'e1'
    );
    expect(fields(step)).toEqual(['proposedBy', 'incidentIds', 'riskDescription', 'precautions', 'reviewDate']);
  });
});

describe('BR-21 health and safety approval', () => {
  test('BR-21 allowed: an adviser other than the proposer approves with a notification record; staff get a flag', () => {
    const marker = active();
    expect(marker).toEqual(expect.objectContaining({ status: 'Active', approvedBy: 'hs', notifiedOn: today }));
    expect(markerFlagOf(marker)).toEqual({
      id: 'm1',
      personId: 'p1',
      handlingInstructions: 'Two officers for home visits.',
      contactId: 'hs',
      open: true
    });
    const withheld = approveMarker(
      provisional(),
      { approverId: 'hs', notNotifiedReason: 'Telling him would raise the risk.' },
      [],
      roles,
      today,
      at,
      'e2'
    );
    expect(value(withheld).notNotifiedReason).toBe('Telling him would raise the risk.');
  });

  test('BR-21 refused: not an adviser, the proposer, no notification record, a future notification date', () => {
    expect(fields(approveMarker(provisional(), { approverId: 'alt', notifiedOn: today }, [], roles, today, at, 'e2'))).toEqual([
      'approvedBy'
    ]);
    const ownProposal = value(
      proposeMarker({ ...proposal, proposedBy: 'hs' }, { ...roles, customerRelationsOfficer: ['hs'] }, today, at, 'e1')
    );
    expect(fields(approveMarker(ownProposal, { approverId: 'hs', notifiedOn: today }, [], roles, today, at, 'e2'))).toEqual(['approvedBy']);
    expect(fields(approveMarker(provisional(), { approverId: 'hs', notNotifiedReason: '  ' }, [], roles, today, at, 'e2'))).toEqual([
      'notifiedOn'
    ]);
    expect(fields(approveMarker(provisional(), { approverId: 'hs', notifiedOn: d('2026-12-01') }, [], roles, today, at, 'e2'))).toEqual([
      'notifiedOn'
    ]);
    expect(fields(approveMarker(active(), { approverId: 'hs2', notifiedOn: today }, [], roles, today, at, 'e2'))).toEqual(['status']);
  });

  test('BR-21 the handling instructions are checked against the person’s recorded adjustments', () => {
    const missing = approveMarker(provisional(), { approverId: 'hs', notifiedOn: today }, [adjustment], roles, today, at, 'e2');
    expect(!missing.ok && missing.issues[0].message).toContain('a recorded adjustment');
    expect(
      fields(approveMarker(provisional(), { approverId: 'hs', notifiedOn: today }, [adjustment, adjustment], roles, today, at, 'e2'))
    ).toEqual(['handlingCheck']);
    const checked = approveMarker(
      provisional(),
      { approverId: 'hs', notifiedOn: today, handlingCheck: 'Letters in large print; two officers still visit.' },
      [adjustment],
      roles,
      today,
      at,
      'e2'
    );
    expect(value(checked).handlingCheck).toBe('Letters in large print; two officers still visit.');
  });

  test('BR-21 an adviser declines a proposal with reasons; it never reaches staff', () => {
    const declined = value(declineMarker(provisional(), 'hs', 'Not a specific incident.', roles, at, 'e3'));
    expect(declined).toEqual(expect.objectContaining({ status: 'Removed', removedBy: 'hs', removalReason: 'Not a specific incident.' }));
    expect(markerFlagOf(declined)).toBeUndefined();
    expect(fields(declineMarker(active(), 'cro', ' ', roles, at, 'e3'))).toEqual(['status', 'approvedBy', 'removalReason']);
  });

  test('BR-21 every view is logged with who, when and why; a view without a reason is refused', () => {
    expect(viewMarker({ id: 'm1' }, 'hs', ' Planning a visit ', at, 'e4')).toEqual({
      ok: true,
      event: expect.objectContaining({ action: 'marker.viewed', actorId: 'hs', at, note: 'Planning a visit', rule: 'BR-21' })
    });
    expect(viewMarker({ id: 'm1' }, 'hs', '', at, 'e4')).toEqual({ ok: false, issues: [expect.objectContaining({ field: 'purpose' })] });
  });
});

describe('BR-21 reviews', () => {
  test('BR-21 a review continues the marker to a new date within the interval, or removes it with the person told', () => {
    const continued = value(
      reviewMarker(
        active(),
        { reviewerId: 'hs', outcome: 'Continue', reasons: 'Further incident in May.', nextReviewDate: d('2027-11-01') },
        roles,
        today,
        at,
        'e5'
      )
    );
    expect(continued.reviewDate).toBe('2027-11-01');
    expect(continued.reviews).toEqual([expect.objectContaining({ outcome: 'Continue', reviewerId: 'hs', nextReviewDate: '2027-11-01' })]);
    const removed = reviewMarker(
      active(),
      { reviewerId: 'cro', outcome: 'Remove', reasons: 'No further incident.', personToldOn: today },
      roles,
      today,
      at,
      'e5'
    );
    expect(value(removed)).toEqual(expect.objectContaining({ status: 'Removed', removedOn: today, removalToldOn: today }));
    expect(removed.ok && removed.event.rule).toBe('BR-33');
    expect(markerFlagOf(value(removed))?.open).toBe(false);
  });

  test('BR-21 refused: staff reviewer, no reasons, no next date, a date too far, a told date in the future', () => {
    expect(fields(reviewMarker(active(), { reviewerId: 'sam', outcome: 'Continue', reasons: '' }, roles, today, at, 'e5'))).toEqual([
      'reviewerId',
      'reasons',
      'reviewDate'
    ]);
    expect(
      fields(
        reviewMarker(
          active(),
          { reviewerId: 'hs', outcome: 'Continue', reasons: 'x', nextReviewDate: d('2028-11-01') },
          roles,
          today,
          at,
          'e5'
        )
      )
    ).toEqual(['reviewDate']);
    expect(
      fields(
        reviewMarker(active(), { reviewerId: 'hs', outcome: 'Remove', reasons: 'x', personToldOn: d('2026-11-29') }, roles, today, at, 'e5')
      )
    ).toEqual(['personToldOn']);
    expect(
      fields(
        reviewMarker(
          provisional(),
          { reviewerId: 'hs', outcome: 'Remove', reasons: 'x', personToldOn: d('2026-12-25') },
          roles,
          today,
          at,
          'e5'
        )
      )
    ).toEqual(['status', 'personToldOn']);
  });

  test('BR-21 a marker in force past its review date is overdue; a removed one never is', () => {
    const marker = active();
    expect(isMarkerReviewOverdue(marker, d('2027-05-28'))).toBe(false);
    expect(isMarkerReviewOverdue(marker, d('2027-05-29'))).toBe(true);
    expect(isMarkerReviewOverdue({ ...marker, status: 'Removed' }, d('2027-05-29'))).toBe(false);
  });
});

describe('BR-33 challenge and removal', () => {
  const challenged = (): WarningMarker =>
    value(
      challengeMarker(
        active(),
        { raisedBy: 'person', raisedOn: today, grounds: 'I never threatened anyone.', recordedBy: 'cro' },
        roles,
        today,
        at,
        'e6'
      )
    );

  test('BR-33 the person disputes the marker; it stays in force (staff still warned) while re-examined', () => {
    const marker = challenged();
    expect(marker.status).toBe('UnderChallenge');
    expect(markerFlagOf(marker)?.open).toBe(true);
    expect(
      fields(
        challengeMarker(active(), { raisedBy: 'staff', raisedOn: d('2026-12-01'), grounds: ' ', recordedBy: 'sam' }, roles, today, at, 'e6')
      )
    ).toEqual(['recordedBy', 'grounds', 'raisedOn']);
    expect(
      fields(
        challengeMarker(active(), { raisedBy: 'staff', raisedOn: d('2026-01-01'), grounds: 'x', recordedBy: 'hs' }, roles, today, at, 'e6')
      )
    ).toEqual(['raisedOn']);
    expect(
      fields(challengeMarker(marker, { raisedBy: 'staff', raisedOn: today, grounds: 'x', recordedBy: 'hs' }, roles, today, at, 'e6'))
    ).toEqual(['status']);
  });

  test('BR-33 refused: the proposer re-examines, or a staff member does', () => {
    expect(
      fields(decideMarkerChallenge(challenged(), { examinerId: 'cro', outcome: 'Retained', reasons: 'Kept.' }, roles, today, at, 'e7'))
    ).toEqual(['examinerId']);
    expect(
      fields(decideMarkerChallenge(challenged(), { examinerId: 'sam', outcome: 'Retained', reasons: 'Kept.' }, roles, today, at, 'e7'))
    ).toEqual(['examinerId']);
    expect(
      fields(decideMarkerChallenge(active(), { examinerId: 'hs2', outcome: 'Retained', reasons: 'Kept.' }, roles, today, at, 'e7'))
    ).toEqual(['status']);
  });

  test('BR-33 allowed: another keeper keeps it, or removes it with reasons and the person told', () => {
    const kept = value(
      decideMarkerChallenge(challenged(), { examinerId: 'hs2', outcome: 'Retained', reasons: 'CCTV confirms it.' }, roles, today, at, 'e7')
    );
    expect(kept.status).toBe('Active');
    expect(kept.challenges[0]).toEqual(expect.objectContaining({ examinerId: 'hs2', outcome: 'Retained' }));
    const removed = decideMarkerChallenge(
      challenged(),
      { examinerId: 'alt', outcome: 'Removed', reasons: 'CCTV shows no threat.', personToldOn: today },
      roles,
      today,
      at,
      'e7'
    );
    expect(value(removed)).toEqual(expect.objectContaining({ status: 'Removed', removedBy: 'alt', removalToldOn: today }));
    // Not yet told: removed all the same, and the marker shows the person is still to be told.
    const untold = value(
      decideMarkerChallenge(challenged(), { examinerId: 'alt', outcome: 'Removed', reasons: 'x' }, roles, today, at, 'e7')
    );
    expect(untold).toEqual(expect.objectContaining({ status: 'Removed', removalToldOn: undefined }));
    expect(personNotYetToldOfRemoval(untold)).toBe(true);
    expect(
      fields(
        decideMarkerChallenge(
          challenged(),
          { examinerId: 'alt', outcome: 'Removed', reasons: 'x', personToldOn: d('2026-12-02') },
          roles,
          today,
          at,
          'e7'
        )
      )
    ).toEqual(['personToldOn']);
  });

  test('BR-33 removal is recorded with reasons and the person told; staff lose the flag', () => {
    const removed = value(
      removeMarker(challenged(), { removedBy: 'hs', reasons: 'No further incident.', personToldOn: today }, roles, today, at, 'e8')
    );
    expect(removed).toEqual(expect.objectContaining({ status: 'Removed', removalReason: 'No further incident.', removalToldOn: today }));
    expect(markerFlagOf(removed)?.open).toBe(false);
    expect(personNotYetToldOfRemoval(removed)).toBe(false);
    expect(fields(removeMarker(removed, { removedBy: 'sam', reasons: '', personToldOn: d('2026-12-01') }, roles, today, at, 'e8'))).toEqual(
      ['status', 'removedBy', 'removalReason', 'personToldOn']
    );
    // Removed before the person is told: staff lose the flag at once; the telling is still owed.
    const untold = value(
      removeMarker(active(), { removedBy: 'hs', reasons: 'No further incident.', personToldOn: undefined }, roles, today, at, 'e8')
    );
    expect(markerFlagOf(untold)?.open).toBe(false);
    expect(personNotYetToldOfRemoval(untold)).toBe(true);
  });
});
