import { displayName, NO_CIRCUMSTANCES } from '../../../domain/model';
import type { Person } from '../../../domain/model';
import { fromJson, text, toJson } from '../values';
import type { RowMapper } from './rowMapper';
import { idFromRow } from './rowMapper';

/**
 * The Persons item: who the person is and how to reach them. Their needs and circumstances are
 * not written here (staff read this list): see personDetailsMapper. Read back, a person from
 * this list alone has none recorded; the repository adds them for those who may read them.
 */
export const personMapper: RowMapper<Person> = {
  list: 'persons',
  idOf: (person) => person.id,
  toFields: (person) => ({
    Title: displayName(person).slice(0, 255),
    GivenName: person.names.given,
    FamilyName: person.names.family,
    AliasesJson: toJson(person.aliases),
    AddressesJson: toJson(person.addresses),
    ContactChannelsJson: toJson(person.contactChannels)
  }),
  fromRow: (row) => ({
    id: idFromRow(row),
    names: { given: text(row.GivenName), family: text(row.FamilyName) },
    aliases: fromJson(row.AliasesJson, []),
    addresses: fromJson(row.AddressesJson, []),
    contactChannels: fromJson(row.ContactChannelsJson, []),
    ...NO_CIRCUMSTANCES
  })
};
