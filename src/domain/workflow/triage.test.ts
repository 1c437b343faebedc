import type { IncidentReport } from '../model/incident';
import { caseIdForIncident, incidentsInCases, isInTriageScope, isWaitingForTriage, triageScopeFor } from './triage';

const SETTING = {
  'u-housing': ['Housing'],
  'u-revs': ['Revenues and benefits', 'Housing'],
  'u-typo': 'Planning'
};

function incident(
  id: string,
  service: string,
  status: IncidentReport['status'] = 'Submitted'
): Pick<IncidentReport, 'id' | 'status' | 'service'> {
  return { id, service, status };
}

describe('line manager triage (spec 1.4 step 1, issue 13)', () => {
  test('a line manager triages the referrals of their own services, and of any service no line manager holds', () => {
    const housing = triageScopeFor('u-housing', SETTING);
    expect(housing).toEqual({ own: ['Housing'], held: ['Housing', 'Revenues and benefits'] });
    expect(isInTriageScope('Housing', housing)).toBe(true);
    expect(isInTriageScope('housing ', housing)).toBe(true);
    expect(isInTriageScope('Revenues and benefits', housing)).toBe(false);
    // Nobody holds Planning (the mistyped entry is not a list, so it is ignored): it reaches everyone.
    expect(isInTriageScope('Planning', housing)).toBe(true);
    expect(isInTriageScope('Planning', triageScopeFor('u-revs', SETTING))).toBe(true);
  });

  test('a line manager with no services of their own sees only the services nobody holds', () => {
    const other = triageScopeFor('u-other', SETTING);
    expect(other.own).toEqual([]);
    expect(isInTriageScope('Housing', other)).toBe(false);
    expect(isInTriageScope('Leisure', other)).toBe(true);
  });

  test('with nothing configured (or a setting that is not a map) every line manager sees every referral', () => {
    for (const setting of [undefined, null, [], 'Housing', {}]) {
      const scope = triageScopeFor('u-anyone', setting);
      expect(scope).toEqual({ own: [], held: [] });
      expect(isInTriageScope('Housing', scope)).toBe(true);
    }
  });

  test('waiting for a decision: submitted, in scope and held by no case', () => {
    const scope = triageScopeFor('u-housing', SETTING);
    const linked = incidentsInCases([{ incidentIds: ['inc-in-case'] }, { incidentIds: [] }]);
    expect(isWaitingForTriage(incident('inc-new', 'Housing'), scope, linked)).toBe(true);
    // Already in a case, whatever its status says (a decision whose status update did not land).
    expect(isWaitingForTriage(incident('inc-in-case', 'Housing'), scope, linked)).toBe(false);
    expect(isWaitingForTriage(incident('inc-seen', 'Housing', 'Acknowledged'), scope, linked)).toBe(false);
    expect(isWaitingForTriage(incident('inc-draft', 'Housing', 'Draft'), scope, linked)).toBe(false);
    expect(isWaitingForTriage(incident('inc-revs', 'Revenues and benefits'), scope, linked)).toBe(false);
  });

  test('one case per referred incident: the case id comes from the incident id', () => {
    expect(caseIdForIncident('incident-42')).toBe('case-from-incident-42');
  });
});
