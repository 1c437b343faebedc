import { SETTING_DESCRIPTIONS, SETTING_KEYS } from './settingKeys';
import { dutiesOf, isEntraObjectId, parseRoleAssignments, roleHolderChanges } from './roleHolders';

const ED = '00000000-0000-4000-8000-000000000006';
const CARA = '00000000-0000-4000-8000-000000000002';

describe('role holders as configuration (issue 18)', () => {
  test('a valid set is kept, each person once, ids in lower case, empty roles left out', () => {
    const parsed = parseRoleAssignments({ executiveDirector: [ED, ED.toUpperCase()], customerRelationsOfficer: [CARA], foiOfficer: [] });
    expect(parsed).toEqual({ ok: true, value: { executiveDirector: [ED], customerRelationsOfficer: [CARA] } });
  });

  test('nothing stored means nobody holds a role', () => {
    expect(parseRoleAssignments(undefined)).toEqual({ ok: true, value: {} });
    expect(parseRoleAssignments(null)).toEqual({ ok: true, value: {} });
  });

  test('a typed name is refused: the person must be chosen from the directory', () => {
    const parsed = parseRoleAssignments({ customerRelationsOfficer: ['Cara Rhodes', 42] });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.map((e) => e.field)).toEqual(['customerRelationsOfficer[0]', 'customerRelationsOfficer[1]']);
      expect(parsed.error[0].message).toContain('choose each person from the directory');
    }
  });

  test('unknown roles, a holder list that is not a list and the administrator role are refused', () => {
    const parsed = parseRoleAssignments({ chiefWizard: [ED], appealReviewer: ED, administrator: [ED] });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.map((e) => [e.field, e.code])).toEqual([
        ['chiefWizard', 'unknownChoice'],
        ['appealReviewer', 'invalidFormat'],
        ['administrator', 'notAllowed']
      ]);
    }
  });

  test('a value that is not a record of roles is refused as a whole', () => {
    expect(parseRoleAssignments([ED]).ok).toBe(false);
    expect(parseRoleAssignments('roles').ok).toBe(false);
  });

  test('object ids are recognised', () => {
    expect(isEntraObjectId(ED)).toBe(true);
    expect(isEntraObjectId('i:0#.f|membership|cara@ccm.local')).toBe(false);
  });

  test('the duties of a role come from the approver and panel tables (BR-01, BR-02)', () => {
    expect(dutiesOf('executiveDirector')).toEqual([
      'Approves sanctions on the customers’ route and the councillors’ route (BR-01).',
      'Sits on the invocation panel of the customers’ route and the councillors’ route (BR-02).'
    ]);
    expect(dutiesOf('alternateOfficer')).toEqual(['Sits on the invocation panel of the customers’ route (BR-02).']);
    expect(dutiesOf('foiOfficer')).toEqual([]);
  });

  test('changes name who was added to and removed from each role, roles outside the screen included', () => {
    expect(
      roleHolderChanges(
        { customerRelationsOfficer: [CARA], lineManager: [ED] },
        { customerRelationsOfficer: [ED], lineManager: [ED], staff: [CARA] }
      )
    ).toEqual([
      { role: 'customerRelationsOfficer', added: [ED], removed: [CARA] },
      { role: 'staff', added: [CARA], removed: [] }
    ]);
  });
});

test('every setting the product reads has a key and a description for the Settings list', () => {
  expect(Object.values(SETTING_KEYS).every((key) => SETTING_DESCRIPTIONS[key].length > 0)).toBe(true);
});
