import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import { hasCircumstances } from '../../domain/model';
import { ConflictError } from '../errors';
import { CLIENT_REQUEST_KEY, listDefinition, type FieldDefinition } from '../schema';
import { etagOf, ListGateway } from './listGateway';
import { personDetailsMapper } from './mappers/personDetailsMapper';

export interface MovePersonDetailsReport {
  /** People whose Persons item was checked (0 on a site provisioned after the split). */
  persons: number;
  /** People whose needs and circumstances were moved out of Persons now. */
  moved: string[];
}

/** The columns that held a person's needs and circumstances on Persons before PersonDetails existed. */
const MOVED_COLUMNS: readonly FieldDefinition[] = listDefinition('personDetails').fields.filter(
  (field) => field.internalName !== CLIENT_REQUEST_KEY
);

/** What clears a column: SharePoint clears a value only when sent null; a multiple choice takes none chosen. */
function cleared(field: FieldDefinition): unknown {
  // eslint-disable-next-line @rushstack/no-new-null
  return field.type === 'MultiChoice' ? [] : null;
}

/**
 * On a site set up before the split (see lists.ts, PERSONS), Persons still holds people's needs
 * and circumstances, which everyone who reads Persons (staff included) can read. This copies
 * them into PersonDetails, which only those who may read the whole case open, and clears them
 * on Persons. A PersonDetails item already there was written since the split and is newer, so
 * it is kept. Idempotent: a second run moves nothing. One unfiltered scan (allowed on a list of
 * any size), then two writes per person with anything to move. Run by provisioning
 * (`npm run provision`, `npm start`). Earlier versions of a Persons item keep the old values;
 * staff cannot open versions (their level has no View Versions).
 */
export async function movePersonDetails(sp: SPFI): Promise<MovePersonDetailsReport> {
  const persons = listDefinition('persons');
  const present = await sp.web.lists.getByTitle(persons.title).fields.select('InternalName')<{ InternalName: string }[]>();
  const names = new Set(present.map((field) => field.InternalName));
  const columns = MOVED_COLUMNS.filter((field) => names.has(field.internalName));
  const report: MovePersonDetailsReport = { persons: 0, moved: [] };
  if (columns.length === 0) return report;
  // Persons read with the old columns (no longer in its definition), and cleared through the same gateway.
  const legacy = new ListGateway(sp, {
    ...persons,
    fields: [...persons.fields.filter((f) => f.internalName === CLIENT_REQUEST_KEY), ...columns]
  });
  const details = new ListGateway(sp, listDefinition('personDetails'));
  const clearing = Object.fromEntries(columns.map((field) => [field.internalName, cleared(field)]));
  for await (const rows of legacy.pages({ pageSize: 5000 })) {
    for (const row of rows) {
      report.persons += 1;
      const record = personDetailsMapper.fromRow(row);
      if (!hasCircumstances(record)) continue;
      if (!(await details.findByRequestKey(record.id))) await details.create(personDetailsMapper.toFields(record, undefined), record.id);
      try {
        await legacy.update(row.Id, etagOf(row), clearing);
      } catch (error) {
        // Someone saved this person meanwhile: their details are safe in PersonDetails; the next run clears these.
        if (error instanceof ConflictError) continue;
        throw error;
      }
      report.moved.push(record.id);
    }
  }
  return report;
}
