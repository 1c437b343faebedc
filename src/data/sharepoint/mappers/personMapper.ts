import { displayName } from '../../../domain/model';
import type { Person, VulnerabilityFlag } from '../../../domain/model';
import { choices, fromJson, text, toJson } from '../values';
import type { RowMapper } from './rowMapper';
import { idFromRow } from './rowMapper';

export const personMapper: RowMapper<Person> = {
  list: 'persons',
  idOf: (person) => person.id,
  toFields: (person) => ({
    Title: displayName(person).slice(0, 255),
    GivenName: person.names.given,
    FamilyName: person.names.family,
    AliasesJson: toJson(person.aliases),
    AddressesJson: toJson(person.addresses),
    ContactChannelsJson: toJson(person.contactChannels),
    RepresentativesJson: toJson(person.representatives),
    AdjustmentsJson: toJson(person.reasonableAdjustments),
    VulnerabilityFlags: [...person.vulnerabilityFlags],
    StatutoryRolesJson: toJson(person.statutoryRoles),
    CaredForJson: toJson(person.isCarerOrRepresentativeFor)
  }),
  fromRow: (row) => ({
    id: idFromRow(row),
    names: { given: text(row.GivenName), family: text(row.FamilyName) },
    aliases: fromJson(row.AliasesJson, []),
    addresses: fromJson(row.AddressesJson, []),
    contactChannels: fromJson(row.ContactChannelsJson, []),
    representatives: fromJson(row.RepresentativesJson, []),
    reasonableAdjustments: fromJson(row.AdjustmentsJson, []),
    vulnerabilityFlags: choices<VulnerabilityFlag>(row.VulnerabilityFlags),
    statutoryRoles: fromJson(row.StatutoryRolesJson, []),
    isCarerOrRepresentativeFor: fromJson(row.CaredForJson, [])
  })
};
