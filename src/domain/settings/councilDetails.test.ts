import {
  changedCouncilDetails,
  councilDetailsOrDefault,
  DEFAULT_COUNCIL_DETAILS,
  defaultOmbudsmanSignposting,
  isUkNation,
  parseCouncilDetails
} from './councilDetails';
import { settingChangedEvent } from './settingAudit';

const VALID = {
  name: 'Borsetshire County Council',
  addressLines: ['County Hall ', 'Borchester', 'BC1 1AA'],
  nation: 'wales',
  landlord: false,
  ombudsmanSignposting: defaultOmbudsmanSignposting('wales', false),
  services: ['Housing', 'Housing ', 'Libraries']
};

describe('council details for letters (issue 18)', () => {
  test('the default is the council the product was built for, and itself valid', () => {
    expect(DEFAULT_COUNCIL_DETAILS.name).toBe('Newcastle-under-Lyme Borough Council');
    expect(DEFAULT_COUNCIL_DETAILS.addressLines).toEqual([
      'Castle House',
      'Barracks Road',
      'Newcastle-under-Lyme',
      'Staffordshire',
      'ST5 1BL'
    ]);
    expect(parseCouncilDetails(DEFAULT_COUNCIL_DETAILS)).toEqual({ ok: true, value: DEFAULT_COUNCIL_DETAILS });
  });

  test('a valid value is trimmed and each service kept once', () => {
    const parsed = parseCouncilDetails(VALID);
    expect(parsed.ok && parsed.value.addressLines[0]).toBe('County Hall');
    expect(parsed.ok && parsed.value.services).toEqual(['Housing', 'Libraries']);
  });

  test('Ombudsman signposting follows the nation; the Housing Ombudsman only for English landlords', () => {
    expect(defaultOmbudsmanSignposting('england', true)).toContain('Housing Ombudsman');
    expect(defaultOmbudsmanSignposting('england', false)).not.toContain('Housing Ombudsman');
    expect(defaultOmbudsmanSignposting('wales', true)).toContain('Public Services Ombudsman for Wales');
    expect(defaultOmbudsmanSignposting('wales', true)).not.toContain('Housing Ombudsman');
    expect(defaultOmbudsmanSignposting('scotland', false)).toContain('Scottish Public Services Ombudsman');
    expect(defaultOmbudsmanSignposting('northernIreland', false)).toContain('Northern Ireland Public Services Ombudsman');
    expect(isUkNation('wales')).toBe(true);
    expect(isUkNation('mercia')).toBe(false);
  });

  test('missing and malformed parts are refused field by field', () => {
    const parsed = parseCouncilDetails({
      name: ' ',
      addressLines: [],
      nation: 'mercia',
      ombudsmanSignposting: '',
      services: [],
      logoUrl: 'http://example.org/logo.png',
      signatory: { name: 'Jo Bloggs' }
    });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.map((e) => e.field)).toEqual([
        'name',
        'addressLines',
        'logoUrl',
        'signatory.jobTitle',
        'nation',
        'landlord',
        'ombudsmanSignposting',
        'services'
      ]);
    }
    expect(parseCouncilDetails('Borsetshire').ok).toBe(false);
  });

  test('a logo needs words for people who cannot see it; an address has at most eight lines', () => {
    const logo = parseCouncilDetails({ ...VALID, logoUrl: '/sites/ccm/SiteAssets/logo.png' });
    expect(!logo.ok && logo.error.map((e) => e.field)).toEqual(['logoAltText']);
    const described = parseCouncilDetails({ ...VALID, logoUrl: 'https://example.org/logo.png', logoAltText: 'Borsetshire' });
    expect(described.ok && described.value.logoUrl).toBe('https://example.org/logo.png');
    const long = parseCouncilDetails({ ...VALID, addressLines: ['1', '2', '3', '4', '5', '6', '7', '8', '9'] });
    expect(!long.ok && long.error.map((e) => e.code)).toEqual(['tooLong']);
    const many = parseCouncilDetails({ ...VALID, services: Array.from({ length: 61 }, (_, i) => `Service ${i}`) });
    expect(!many.ok && many.error.map((e) => e.field)).toEqual(['services']);
  });

  test('a signatory is a name and a job title, or nobody', () => {
    const both = parseCouncilDetails({ ...VALID, signatory: { name: ' Jo Bloggs ', jobTitle: 'Head of Customer Services' } });
    expect(both.ok && both.value.signatory).toEqual({ name: 'Jo Bloggs', jobTitle: 'Head of Customer Services' });
    const neither = parseCouncilDetails({ ...VALID, signatory: { name: '', jobTitle: '' } });
    expect(neither.ok && neither.value.signatory).toBeUndefined();
    expect(parseCouncilDetails({ ...VALID, signatory: 'Jo' }).ok).toBe(false);
  });

  test('letters fall back to the defaults when nothing, or something broken, is stored', () => {
    expect(councilDetailsOrDefault(undefined)).toBe(DEFAULT_COUNCIL_DETAILS);
    expect(councilDetailsOrDefault({ name: '' })).toBe(DEFAULT_COUNCIL_DETAILS);
    expect(councilDetailsOrDefault(VALID).name).toBe('Borsetshire County Council');
  });

  test('the audit entry names the parts that changed and the setting', () => {
    const after = { ...DEFAULT_COUNCIL_DETAILS, addressLines: ['1 New Street'] };
    expect(changedCouncilDetails(DEFAULT_COUNCIL_DETAILS, after)).toEqual(['addressLines']);
    const event = settingChangedEvent({
      id: 'audit-1',
      actorId: 'ada',
      at: '2026-11-28T10:00:00.000Z' as never,
      key: 'councilDetails',
      changed: { parts: ['addressLines'] },
      replacedVersion: '"3"'
    });
    expect(event).toMatchObject({
      action: 'setting.changed',
      entity: { type: 'Setting', id: 'councilDetails' },
      before: { version: '"3"' }
    });
    expect(
      settingChangedEvent({ id: 'a', actorId: 'ada', at: '2026-11-28T10:00:00.000Z' as never, key: 'roleAssignments', changed: {} })
    ).not.toHaveProperty('before');
  });
});
