import { isoDate } from '../model/dates';
import { MULTI_LINE_TEXT_MAX, SINGLE_LINE_TEXT_MAX } from './limits';
import { validatePersonInput } from './personValidator';

const today = isoDate('2026-11-28');
const person = {
  names: { given: 'Alex', family: 'Morgan' },
  aliases: ['Alexander Morgan'],
  addresses: ['1 High Street\nNewcastle-under-Lyme'],
  contactChannels: [
    { kind: 'phone', value: '01782 000000', preferred: true },
    { kind: 'email', value: 'alex@example.org' }
  ],
  representatives: [
    {
      name: 'Sam Morgan',
      relationship: 'Brother',
      consentGiven: true,
      consentRecordedOn: '2026-10-01',
      contact: { kind: 'post', value: '2 High Street' }
    }
  ],
  reasonableAdjustments: [
    { kind: 'literacyDifficulty', description: 'Cannot read long letters.', communicationNeed: true, recordedOn: '2026-09-01' }
  ],
  vulnerabilityFlags: ['homelessness'],
  statutoryRoles: [{ role: 'tenant', detail: 'Council tenant since 2019' }],
  isCarerOrRepresentativeFor: [{ name: 'Jo Morgan', relationship: 'Mother', disabled: true }]
};

const codes = (input: unknown): string[] => {
  const result = validatePersonInput(input, today);
  return result.ok ? [] : result.error.map((e) => `${e.field}:${e.code}`);
};

describe('person validation', () => {
  test('accepts a complete person and returns typed values', () => {
    const result = validatePersonInput(person, today);
    expect(result.ok).toBe(true);
    if (!result.ok) {
      return;
    }
    expect(result.value.names).toEqual({ given: 'Alex', family: 'Morgan' });
    expect(result.value.contactChannels).toEqual([
      { kind: 'phone', value: '01782 000000', preferred: true },
      { kind: 'email', value: 'alex@example.org' }
    ]);
    expect(result.value.representatives[0]).toEqual({
      name: 'Sam Morgan',
      relationship: 'Brother',
      consentGiven: true,
      consentRecordedOn: '2026-10-01',
      personId: undefined,
      contact: { kind: 'post', value: '2 High Street' }
    });
    expect(result.value.statutoryRoles).toEqual([{ role: 'tenant', detail: 'Council tenant since 2019' }]);
    expect(result.value.isCarerOrRepresentativeFor[0].disabled).toBe(true);
  });

  test('a person with only a name gets empty lists', () => {
    const result = validatePersonInput({ names: { given: 'Alex', family: 'Morgan' } }, today);
    expect(result.ok && result.value).toEqual({
      names: { given: 'Alex', family: 'Morgan' },
      aliases: [],
      addresses: [],
      contactChannels: [],
      representatives: [],
      reasonableAdjustments: [],
      vulnerabilityFlags: [],
      statutoryRoles: [],
      isCarerOrRepresentativeFor: []
    });
  });

  test('names every missing field, including nested ones', () => {
    expect(codes({})).toEqual(['names.given:required', 'names.family:required']);
    expect(codes(undefined)).toEqual(['names.given:required', 'names.family:required']);
    expect(codes({ ...person, names: 'Alex Morgan' })).toEqual(['names:invalidFormat']);
    expect(
      codes({
        ...person,
        contactChannels: [{ kind: 'phone' }],
        representatives: [{ name: 'Sam' }],
        reasonableAdjustments: [{}],
        statutoryRoles: [{}],
        isCarerOrRepresentativeFor: [{}]
      })
    ).toEqual([
      'contactChannels[0].value:required',
      'representatives[0].relationship:required',
      'representatives[0].consentGiven:required',
      'reasonableAdjustments[0].kind:required',
      'reasonableAdjustments[0].description:required',
      'reasonableAdjustments[0].communicationNeed:required',
      'reasonableAdjustments[0].recordedOn:required',
      'statutoryRoles[0].role:required',
      'isCarerOrRepresentativeFor[0].name:required',
      'isCarerOrRepresentativeFor[0].relationship:required',
      'isCarerOrRepresentativeFor[0].disabled:required'
    ]);
  });

  test('refuses unknown choice values', () => {
    expect(
      codes({
        ...person,
        contactChannels: [{ kind: 'carrierPigeon', value: 'loft' }],
        reasonableAdjustments: [{ ...person.reasonableAdjustments[0], kind: 'needsSilence' }],
        vulnerabilityFlags: ['rich'],
        statutoryRoles: [{ role: 'landlord' }]
      })
    ).toEqual([
      'contactChannels[0].kind:unknownChoice',
      'reasonableAdjustments[0].kind:unknownChoice',
      'vulnerabilityFlags[0]:unknownChoice',
      'statutoryRoles[0].role:unknownChoice'
    ]);
    const result = validatePersonInput({ ...person, statutoryRoles: [{ role: 'landlord' }] }, today);
    expect(!result.ok && result.error[0].message).toBe('The statutory role is not one of the choices offered.');
  });

  test('dates in the future are refused', () => {
    expect(
      codes({
        ...person,
        representatives: [{ ...person.representatives[0], consentRecordedOn: '2026-12-01' }],
        reasonableAdjustments: [{ ...person.reasonableAdjustments[0], recordedOn: '2027-01-01' }]
      })
    ).toEqual(['representatives[0].consentRecordedOn:dateOrder', 'reasonableAdjustments[0].recordedOn:dateOrder']);
  });

  test('text longer than the SharePoint column limits', () => {
    expect(
      codes({
        ...person,
        names: { given: 'x'.repeat(SINGLE_LINE_TEXT_MAX + 1), family: 'x'.repeat(SINGLE_LINE_TEXT_MAX) },
        aliases: ['y'.repeat(SINGLE_LINE_TEXT_MAX + 1)],
        addresses: ['z'.repeat(MULTI_LINE_TEXT_MAX + 1)],
        reasonableAdjustments: [{ ...person.reasonableAdjustments[0], description: 'd'.repeat(MULTI_LINE_TEXT_MAX + 1) }]
      })
    ).toEqual(['names.given:tooLong', 'aliases[0]:tooLong', 'addresses[0]:tooLong', 'reasonableAdjustments[0].description:tooLong']);
    expect(codes({ ...person, addresses: ['z'.repeat(MULTI_LINE_TEXT_MAX)] })).toEqual([]);
  });

  test('wrong types are reported, not coerced', () => {
    expect(
      codes({
        ...person,
        names: { given: 42, family: 'Morgan' },
        aliases: 'Alexander',
        contactChannels: ['phone'],
        representatives: [{ ...person.representatives[0], consentGiven: 'yes', contact: 'by post' }],
        vulnerabilityFlags: 'homelessness',
        statutoryRoles: {},
        isCarerOrRepresentativeFor: [{ name: 'Jo', relationship: 'Mother', disabled: 1 }]
      })
    ).toEqual([
      'names.given:invalidFormat',
      'aliases:invalidFormat',
      'contactChannels[0]:invalidFormat',
      'representatives[0].consentGiven:invalidFormat',
      'representatives[0].contact:invalidFormat',
      'vulnerabilityFlags:invalidFormat',
      'statutoryRoles:invalidFormat',
      'isCarerOrRepresentativeFor[0].disabled:invalidFormat'
    ]);
    expect(codes({ ...person, reasonableAdjustments: [{ ...person.reasonableAdjustments[0], recordedOn: '01/09/2026' }] })).toEqual([
      'reasonableAdjustments[0].recordedOn:invalidFormat'
    ]);
    expect(
      codes({ ...person, representatives: [5], statutoryRoles: [null], isCarerOrRepresentativeFor: ['Jo'], reasonableAdjustments: [true] })
    ).toEqual([
      'representatives[0]:invalidFormat',
      'reasonableAdjustments[0]:invalidFormat',
      'statutoryRoles[0].role:required',
      'isCarerOrRepresentativeFor[0]:invalidFormat'
    ]);
  });

  test('a representative without consent may carry another lawful basis, as a line of text', () => {
    const attorney = { name: 'Pat Lee', relationship: 'Daughter', consentGiven: false, lawfulBasis: 'Lasting power of attorney' };
    const result = validatePersonInput({ ...person, representatives: [attorney] }, today);
    expect(result.ok && result.value.representatives[0].lawfulBasis).toBe('Lasting power of attorney');
    expect(codes({ ...person, representatives: [{ ...attorney, lawfulBasis: 'x'.repeat(SINGLE_LINE_TEXT_MAX + 1) }] })).toEqual([
      'representatives[0].lawfulBasis:tooLong'
    ]);
  });

  test('only one preferred contact channel', () => {
    const both = person.contactChannels.map((c) => ({ ...c, preferred: true }));
    expect(codes({ ...person, contactChannels: both })).toEqual(['contactChannels:notAllowed']);
    expect(codes({ ...person, contactChannels: [{ kind: 'phone', value: '1', preferred: 'yes' }] })).toEqual([
      'contactChannels[0].preferred:invalidFormat'
    ]);
  });
});
