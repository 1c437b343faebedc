import type { SPFI } from '@pnp/sp';
import type { Case } from '../../domain/model';
import { NotFoundError } from '../errors';
import type { CaseRepository } from '../ports/repositories';
import type { Stored } from '../ports/stored';
import { assembleCase, readCaseRows, type CaseChildMappers, type CaseGateways } from './repositories/caseRepository';

/**
 * The case repository of a store whose SPFI is already batched (the store readTogether hands
 * its reads): `find` and `get` queue the case's rows in that batch instead of opening a batch
 * of their own, which would wait for the outer batch while the outer batch waits for it.
 * Every other call is the ordinary repository's.
 */
export function casesJoiningBatch(cases: CaseRepository, batched: SPFI, gateways: CaseGateways, mappers: CaseChildMappers): CaseRepository {
  const find = async (id: string): Promise<Stored<Case> | undefined> => assembleCase(await readCaseRows(gateways, batched, id), mappers);
  const joining = Object.create(cases) as CaseRepository;
  joining.find = find;
  joining.get = async (id: string): Promise<Stored<Case>> => {
    const found = await find(id);
    if (!found) {
      throw new NotFoundError(`No case ${id}.`);
    }
    return found;
  };
  return joining;
}
