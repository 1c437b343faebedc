import { hasCircumstances, NO_CIRCUMSTANCES, PERSON_CIRCUMSTANCE_FIELDS } from './person';

describe("a person's needs and circumstances (kept apart from their name: BR-22)", () => {
  test('nothing recorded is no circumstances; any one group recorded is', () => {
    expect(hasCircumstances(NO_CIRCUMSTANCES)).toBe(false);
    expect(hasCircumstances({ ...NO_CIRCUMSTANCES, vulnerabilityFlags: ['homelessness'] })).toBe(true);
    expect(hasCircumstances({ ...NO_CIRCUMSTANCES, statutoryRoles: [{ role: 'tenant' }] })).toBe(true);
  });

  test('the groups are the sensitive ones, not the name or how to reach the person', () => {
    expect([...PERSON_CIRCUMSTANCE_FIELDS].sort()).toEqual(
      ['isCarerOrRepresentativeFor', 'reasonableAdjustments', 'representatives', 'statutoryRoles', 'vulnerabilityFlags'].sort()
    );
    expect(Object.keys(NO_CIRCUMSTANCES).sort()).toEqual([...PERSON_CIRCUMSTANCE_FIELDS].sort());
  });
});
