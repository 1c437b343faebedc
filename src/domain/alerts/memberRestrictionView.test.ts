import { isoDate } from '../model/dates';
import type { RestrictionAlertRecord } from './alertRecord';
import { memberRestrictionView, restrictionTypeLabel } from './memberRestrictionView';

const stored: RestrictionAlertRecord = {
  id: 'alert-s1',
  personId: 'p1',
  personName: 'Siân O’Brien (as recorded)',
  sanctionId: 's1',
  caseId: 'CCM-2026-0001',
  restrictionTypes: ['R01', 'R99'],
  summary: 'Single point of contact: Contact through Cara Rhodes',
  scopeSummary: 'Housing',
  spocName: 'Cara Rhodes',
  spocChannel: 'email',
  spocCover: 'Alex Okafor',
  contactArrangements: 'Repairs by email to Cara Rhodes.',
  activeFrom: isoDate('2026-12-01'),
  activeUntil: isoDate('2027-06-01'),
  isActive: true
};

describe('memberRestrictionView (BR-22 need-to-know for the referring councillor)', () => {
  test('carries only the need-to-know fields, with the restriction types in words and the name the councillor gave', () => {
    expect(memberRestrictionView(stored, 'Siân O’Brien')).toEqual({
      personName: 'Siân O’Brien',
      restrictionLabels: ['Single point of contact', 'R99'],
      scopeSummary: 'Housing',
      spocName: 'Cara Rhodes',
      spocChannel: 'email',
      spocCover: 'Alex Okafor',
      contactArrangements: 'Repairs by email to Cara Rhodes.',
      activeUntil: '2027-06-01'
    });
  });

  test('leaves out cover and end date when the banner has none, rather than sending empty fields', () => {
    const view = memberRestrictionView({ ...stored, spocCover: undefined, activeUntil: undefined }, 'Siân O’Brien');
    expect(Object.keys(view)).not.toContain('spocCover');
    expect(Object.keys(view)).not.toContain('activeUntil');
  });

  test('labels come from the sanction catalogue', () => {
    expect(restrictionTypeLabel('R02')).toBe('One contact channel only');
    expect(restrictionTypeLabel('not-a-code')).toBe('not-a-code');
  });
});
