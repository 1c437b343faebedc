import type { SPFI } from '@pnp/sp';
import { listDefinition } from '../schema';
import { ListGateway } from './listGateway';
import { personMapper } from './mappers/personMapper';
import { PersonNameKeyIndex } from './repositories/personNameKeyIndex';
import { text } from './values';

export interface ReindexReport {
  persons: number;
  /** People who had no search keys (added before PersonNameKeys existed) and now have them. */
  reindexed: string[];
}

/**
 * Gives every person who has no name search keys their keys, so Check a customer finds people
 * recorded before the PersonNameKeys list existed (an upgraded site). Idempotent: a second run
 * adds nothing. Two unfiltered scans (allowed on lists of any size), then one $batch per
 * person missing keys. Run by provisioning (`npm run provision`, `npm start`).
 */
export async function reindexPersonNames(sp: SPFI): Promise<ReindexReport> {
  const keys = new ListGateway(sp, listDefinition('personNameKeys'));
  const persons = new ListGateway(sp, listDefinition('persons'));
  const indexed = new Set<string>();
  for await (const rows of keys.pages({ pageSize: 5000 })) for (const row of rows) indexed.add(text(row.PersonRef));
  const index = new PersonNameKeyIndex(keys);
  const report: ReindexReport = { persons: 0, reindexed: [] };
  for await (const rows of persons.pages({ pageSize: 5000 })) {
    for (const row of rows) {
      report.persons += 1;
      const person = personMapper.fromRow(row);
      if (indexed.has(person.id)) continue;
      await index.addKeysOf(person, []);
      report.reindexed.push(person.id);
    }
  }
  return report;
}
