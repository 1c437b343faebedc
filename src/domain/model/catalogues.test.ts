import { BEHAVIOUR_EXAMPLES, BEHAVIOUR_TAXONOMY, behaviourCategory, isBehaviourCategoryCode } from './behaviour';
import { displayName } from './person';
import { holdsRole, isRole, ROLE_LABELS, ROLES, rolesOf } from './roles';
import { isSanctionTypeCode, SANCTION_CATALOGUE, SANCTION_TYPE_CODES } from './sanctionCatalogue';
import { sanctionTypes } from './sanction';

describe('reference data', () => {
  test('sanction catalogue holds R01..R17 each with a label and source', () => {
    expect(SANCTION_TYPE_CODES).toHaveLength(17);
    SANCTION_TYPE_CODES.forEach((code) => {
      expect(SANCTION_CATALOGUE[code].code).toBe(code);
      expect(SANCTION_CATALOGUE[code].sources.length).toBeGreaterThan(0);
    });
    expect([isSanctionTypeCode('R15'), isSanctionTypeCode('R18')]).toEqual([true, false]);
    expect(sanctionTypes({ restrictions: [{ type: 'R08' }, { type: 'R13' }] })).toEqual(['R08', 'R13']);
  });

  test('behaviour taxonomy marks difficult behaviour as not sanctionable and FOI as routed away', () => {
    expect(behaviourCategory('difficultBehaviour').sanctionable).toBe(false);
    expect(behaviourCategory('foiRelated').routesToFoi).toBe(true);
    expect(BEHAVIOUR_TAXONOMY.filter((c) => c.sanctionable)).toHaveLength(8);
    expect(BEHAVIOUR_EXAMPLES.every((e) => isBehaviourCategoryCode(e.category))).toBe(true);
    expect(isBehaviourCategoryCode('rudeness')).toBe(false);
  });

  test('roles come from configuration', () => {
    const assignments = { headOfService: ['u-1'], executiveDirector: ['u-1'] };
    expect(rolesOf(assignments, 'u-1')).toEqual(['headOfService', 'executiveDirector']);
    expect(holdsRole(assignments, 'u-2', 'headOfService')).toBe(false);
    expect(ROLES.every((r) => ROLE_LABELS[r].length > 0)).toBe(true);
    expect([isRole('auditor'), isRole('mayor')]).toEqual([true, false]);
    expect(displayName({ names: { given: 'Zoë', family: "O'Brien" } })).toBe("Zoë O'Brien");
  });
});
