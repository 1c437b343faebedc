import { caseLabel, formatCaseReference, nextCaseReference, parseCaseReference } from './caseReference';

describe('case references (issue 13)', () => {
  test('read like CCM-2026-0042, four digits at least', () => {
    expect(formatCaseReference(2026, 42)).toBe('CCM-2026-0042');
    expect(formatCaseReference(2027, 12345)).toBe('CCM-2027-12345');
    expect(parseCaseReference('CCM-2026-0042')).toEqual({ year: 2026, sequence: 42 });
    expect(parseCaseReference('case-1234')).toBeUndefined();
    expect(parseCaseReference(undefined)).toBeUndefined();
  });

  test('the next one follows the highest of the year, and starts again at 1 in a new year', () => {
    expect(nextCaseReference(['CCM-2026-0007', undefined, 'CCM-2026-0041', 'CCM-2025-0990'], 2026)).toBe('CCM-2026-0042');
    expect(nextCaseReference(['CCM-2026-0041'], 2027)).toBe('CCM-2027-0001');
    expect(nextCaseReference([], 2026)).toBe('CCM-2026-0001');
  });

  test('a case made before references shows a short form of its id', () => {
    expect(caseLabel({ id: '3f2a9c1e-aaaa-bbbb', reference: undefined })).toBe('Case 3f2a9c1e');
    expect(caseLabel({ id: 'x', reference: 'CCM-2026-0001' })).toBe('CCM-2026-0001');
  });
});
