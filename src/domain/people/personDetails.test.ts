import { isoDate } from '../model/dates';
import type { Person, Representative } from '../model/person';
import {
  applyPersonChanges,
  changedPersonGroups,
  describeRepresentativeStanding,
  representativeFlags,
  representativeStanding,
  summarisePersonNeeds
} from './personDetails';

const base: Person = {
  id: 'person-1',
  names: { given: 'Siân', family: "O'Brien" },
  aliases: [],
  addresses: ['1 High Street'],
  contactChannels: [{ kind: 'email', value: 'sian@example.org', preferred: true }],
  representatives: [],
  reasonableAdjustments: [],
  vulnerabilityFlags: [],
  statutoryRoles: [],
  isCarerOrRepresentativeFor: []
};

const withConsent: Representative = {
  name: 'Sam Morgan',
  relationship: 'Brother',
  consentGiven: true,
  consentRecordedOn: isoDate('2026-10-01')
};
const onAttorney: Representative = {
  name: 'Pat Lee',
  relationship: 'Daughter',
  consentGiven: false,
  lawfulBasis: 'Lasting power of attorney (health and welfare)'
};
const noBasis: Representative = { name: 'Jo Bloggs', relationship: 'Neighbour', consentGiven: false, lawfulBasis: '  ' };

describe('representatives need consent or another lawful basis (spec §2.1)', () => {
  test('standing: consent, another lawful basis, or none', () => {
    expect([withConsent, onAttorney, noBasis].map(representativeStanding)).toEqual(['consent', 'lawfulBasis', 'none']);
  });

  test('a representative with neither is flagged, and consent with no date is flagged', () => {
    const undated: Representative = { name: '', relationship: 'Friend', consentGiven: true };
    expect(representativeFlags({ representatives: [withConsent, onAttorney, noBasis, undated] })).toEqual([
      {
        index: 2,
        kind: 'noConsentOrLawfulBasis',
        message:
          "Jo Bloggs has no recorded consent or other lawful basis. Do not share the person's information with them or act on their instructions until one is recorded."
      },
      { index: 3, kind: 'consentUndated', message: 'Record when the person gave consent for This representative.' }
    ]);
    expect(representativeFlags({ representatives: [withConsent, onAttorney] })).toEqual([]);
  });

  test('standing in words, with British long dates', () => {
    expect(describeRepresentativeStanding(withConsent)).toBe('consent recorded on 1 October 2026');
    expect(describeRepresentativeStanding({ ...withConsent, consentRecordedOn: undefined })).toBe('consent given (date not recorded)');
    expect(describeRepresentativeStanding(onAttorney)).toBe('acts on another lawful basis: Lasting power of attorney (health and welfare)');
    expect(describeRepresentativeStanding(noBasis)).toBe('no consent or other lawful basis recorded');
  });
});

describe('summary line for the case view', () => {
  test('nothing recorded says so', () => {
    expect(summarisePersonNeeds(base)).toBe('Nothing recorded about their needs, representatives, caring or statutory roles.');
  });

  test('counts each group, communication needs, consent and disabled people cared for', () => {
    const adjustment = {
      kind: 'needsPhoneContact' as const,
      description: 'Phone only',
      communicationNeed: true,
      recordedOn: isoDate('2026-01-05')
    };
    expect(
      summarisePersonNeeds({
        ...base,
        reasonableAdjustments: [adjustment, { ...adjustment, kind: 'needsExtraTime', communicationNeed: false }],
        representatives: [withConsent],
        isCarerOrRepresentativeFor: [{ name: 'Jo', relationship: 'Mother', disabled: true }],
        statutoryRoles: [{ role: 'tenant' }],
        vulnerabilityFlags: ['homelessness', 'domesticAbuse']
      })
    ).toBe(
      '2 reasonable adjustments (1 communication need), 1 representative (consent recorded), cares for or represents 1 person (1 disabled), 1 statutory role, 2 vulnerability flags.'
    );
    expect(
      summarisePersonNeeds({
        ...base,
        reasonableAdjustments: [{ ...adjustment, communicationNeed: false }],
        isCarerOrRepresentativeFor: [
          { name: 'Jo', relationship: 'Mother', disabled: false },
          { name: 'Al', relationship: 'Son', disabled: false }
        ],
        statutoryRoles: [{ role: 'tenant' }, { role: 'carer' }],
        vulnerabilityFlags: ['other']
      })
    ).toBe('1 reasonable adjustment, cares for or represents 2 people, 2 statutory roles, 1 vulnerability flag.');
  });

  test('representatives: all with consent, all on another basis, none, or a mixture', () => {
    const line = (representatives: Representative[]): string => summarisePersonNeeds({ ...base, representatives });
    expect(line([withConsent, withConsent])).toBe('2 representatives (consent recorded).');
    expect(line([onAttorney])).toBe('1 representative (another lawful basis recorded).');
    expect(line([noBasis])).toBe('1 representative (no consent or other lawful basis recorded).');
    expect(line([withConsent, onAttorney, noBasis])).toBe(
      '3 representatives (1 with consent, 1 on another lawful basis, 1 with no consent or other lawful basis).'
    );
    expect(line([withConsent, onAttorney])).toBe('2 representatives (1 with consent, 1 on another lawful basis).');
    expect(line([withConsent, noBasis])).toBe('2 representatives (1 with consent, 1 with no consent or other lawful basis).');
    expect(line([onAttorney, noBasis])).toBe('2 representatives (1 on another lawful basis, 1 with no consent or other lawful basis).');
  });
});

describe('changes between two versions of a person', () => {
  test('only the groups that differ, whatever the key order or undefined fields', () => {
    const reordered: Person = {
      ...base,
      contactChannels: [{ preferred: true, value: 'sian@example.org', kind: 'email' }],
      representatives: []
    };
    expect(changedPersonGroups(base, reordered)).toEqual([]);
    expect(changedPersonGroups(base, { ...base, representatives: [{ ...withConsent, personId: undefined }] })).toEqual(['representatives']);
    expect(
      changedPersonGroups(base, { ...base, names: { given: 'Sian', family: "O'Brien" }, statutoryRoles: [{ role: 'carer' }] })
    ).toEqual(['names', 'statutoryRoles']);
  });

  test('applying my changes to the latest version keeps what the other person changed', () => {
    const mine: Person = {
      ...base,
      reasonableAdjustments: [{ kind: 'needsExtraTime', description: 'x', communicationNeed: false, recordedOn: isoDate('2026-11-01') }]
    };
    const latest: Person = { ...base, aliases: ['Siân Jones'], addresses: ['2 Low Street'] };
    expect(applyPersonChanges(base, mine, latest)).toEqual({ ...latest, reasonableAdjustments: mine.reasonableAdjustments });
    // Both changed the addresses: this user's version of that group wins.
    expect(applyPersonChanges(base, { ...base, addresses: ['3 Mid Street'] }, latest).addresses).toEqual(['3 Mid Street']);
  });
});
