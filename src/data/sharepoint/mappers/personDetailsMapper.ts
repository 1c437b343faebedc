import type { PersonCircumstances, VulnerabilityFlag } from '../../../domain/model';
import { choices, fromJson, toJson } from '../values';
import type { RowMapper } from './rowMapper';
import { idFromRow } from './rowMapper';

/** A person's needs and circumstances, keyed by the person's id. */
export type PersonDetailsRecord = PersonCircumstances & { id: string };

/**
 * The PersonDetails item of one person (its ClientRequestKey is the person's id). The column
 * names are those the Persons list used before the split, so the move reads them with this
 * mapper too (movePersonDetails.ts).
 */
export const personDetailsMapper: RowMapper<PersonDetailsRecord> = {
  list: 'personDetails',
  idOf: (details) => details.id,
  toFields: (details) => ({
    RepresentativesJson: toJson(details.representatives),
    AdjustmentsJson: toJson(details.reasonableAdjustments),
    VulnerabilityFlags: [...details.vulnerabilityFlags],
    StatutoryRolesJson: toJson(details.statutoryRoles),
    CaredForJson: toJson(details.isCarerOrRepresentativeFor)
  }),
  fromRow: (row) => ({
    id: idFromRow(row),
    representatives: fromJson(row.RepresentativesJson, []),
    reasonableAdjustments: fromJson(row.AdjustmentsJson, []),
    vulnerabilityFlags: choices<VulnerabilityFlag>(row.VulnerabilityFlags),
    statutoryRoles: fromJson(row.StatutoryRolesJson, []),
    isCarerOrRepresentativeFor: fromJson(row.CaredForJson, [])
  })
};
