import type { RoleAssignments } from '../model/roles';
import { consequencesFor, separationOfDuties } from './separationOfDuties';

const id = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const CARA = id(2);
const ALEX = id(3);
const HUGH = id(5);
const ED = id(6);
const BEA = id(7);
const MONA = id(9);
const FAY = id(12);
const DEE = id(15);
const HANA = id(20);
const SAFE = id(21);
const DPO = id(22);
const FIN = id(23);

/** Every duty covered by someone independent: the demo personas plus the specialists. */
const COMPLETE: RoleAssignments = {
  customerRelationsOfficer: [CARA],
  alternateOfficer: [ALEX],
  customerIctBusinessManager: [BEA],
  executiveDirector: [ED],
  headOfService: [HUGH],
  monitoringOfficer: [MONA],
  appealReviewer: [DEE],
  healthSafetyAdviser: [HANA],
  foiOfficer: [FAY, FIN],
  safeguardingContact: [SAFE],
  dataProtectionOfficer: [DPO]
};

function messages(assignments: RoleAssignments): string[] {
  return separationOfDuties(assignments).map((c) => `${c.severity} ${c.rule}: ${c.message}`);
}

describe('separation of duties of a choice of role holders (issue 18)', () => {
  test('a complete, independent set of holders has no consequences', () => {
    expect(messages(COMPLETE)).toEqual([]);
  });

  test('BR-11 no appeal can be heard: the only reviewer is the only approver, so every reviewer approved the sanction', () => {
    const found = messages({ ...COMPLETE, appealReviewer: [MONA], executiveDirector: [MONA] });
    expect(found).toContain(
      'blocked BR-11: No appeal can be heard on the councillors’ route: every reviewer approved the sanction, because the only reviewer is the only approver.'
    );
  });

  test('BR-11 every reviewer also approves on the route: a warning, since another approver may have decided', () => {
    const found = separationOfDuties({ ...COMPLETE, appealReviewer: [ED] });
    const appeal = found.filter((c) => c.rule === 'BR-11');
    expect(appeal).toHaveLength(2);
    expect(appeal.every((c) => c.severity === 'warning')).toBe(true);
    expect(consequencesFor('appealReviewer', found)).toHaveLength(2);
    expect(consequencesFor('executiveDirector', found)).toHaveLength(2);
  });

  test('BR-11 an empty reviewers’ pool means no appeal can be heard', () => {
    expect(messages({ ...COMPLETE, appealReviewer: [] })).toEqual([
      'blocked BR-11: No appeal can be heard: nobody is in the appeal reviewers’ pool.'
    ]);
  });

  test('BR-01 a route with no approver, and a route whose only approver is a case officer', () => {
    const none = messages({ ...COMPLETE, executiveDirector: [], headOfService: [] });
    expect(none[0]).toBe(
      'blocked BR-01: No sanction can be approved on the customers’ route: nobody holds Executive Director, Resources and Support Services or Head of service.'
    );
    const officer = messages({ ...COMPLETE, executiveDirector: [CARA], headOfService: [] });
    expect(officer).toContain(
      'warning BR-01: The only approver on the customers’ route is also a case officer: a sanction they propose cannot be approved by anyone.'
    );
  });

  test('BR-02 an empty panel seat blocks the invocation decision; one person in two seats is a warning', () => {
    expect(messages({ ...COMPLETE, customerIctBusinessManager: [] })).toContain(
      'blocked BR-02: No invocation decision can be recorded on the councillors’ route: nobody holds Customer and ICT Services Business Manager.'
    );
    const doubled = messages({ ...COMPLETE, headOfService: [ED] });
    expect(doubled).toContain(
      'warning BR-02: The panel of the customers’ route cannot have a different person in each seat: one person is the only holder of two of its seats.'
    );
    // A second Executive Director lets the panel seat three different people again.
    expect(messages({ ...COMPLETE, headOfService: [ED], executiveDirector: [ED, DEE] }).filter((m) => m.indexOf('BR-02') >= 0)).toEqual([]);
  });

  test('BR-03 a Customer Relations Officer with no other alternate', () => {
    expect(messages({ ...COMPLETE, alternateOfficer: [CARA] })).toEqual([
      'warning BR-03: There is no alternate officer besides the Customer Relations Officer: a case where they declare earlier involvement has nobody to take it.'
    ]);
  });

  test('the specialists: Monitoring Officer, health and safety, FOI, safeguarding and data protection', () => {
    const found = messages({
      ...COMPLETE,
      monitoringOfficer: [],
      healthSafetyAdviser: [],
      foiOfficer: [FAY],
      safeguardingContact: [],
      dataProtectionOfficer: []
    });
    expect(found).toEqual(
      expect.arrayContaining([
        'blocked BR-26: No case can be opened from a councillor’s referral: nobody is the Monitoring Officer.',
        'blocked BR-21: No warning marker can be approved: nobody is the health and safety adviser.',
        'warning BR-17: With one FOI officer, a refusal as vexatious needs a senior review recorded, because the decision-maker must not be the handler.',
        'warning BR-14: Nobody is named for safeguarding concerns found in correspondence that is filed without reply.',
        'warning BR-23: Nobody is named as data protection officer for subject access requests.'
      ])
    );
    expect(messages({ ...COMPLETE, foiOfficer: [] })).toEqual([
      'blocked BR-16: Information requests from restricted people have nobody to assess them.'
    ]);
  });

  test('an approver configuration other than the default is followed', () => {
    const found = separationOfDuties(COMPLETE, { Customer: ['monitoringOfficer'], Councillor: ['monitoringOfficer'] });
    expect(found).toEqual([]);
    const appeal = separationOfDuties(
      { ...COMPLETE, appealReviewer: [MONA] },
      { Customer: ['monitoringOfficer'], Councillor: ['monitoringOfficer'] }
    );
    expect(appeal.map((c) => c.severity)).toEqual(['blocked', 'blocked']);
  });
});
