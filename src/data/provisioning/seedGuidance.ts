import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { GuidanceSection } from '../../domain/guidance/guidanceSection';
import { listDefinition } from '../schema';
import { guidanceFields, guidanceRequestKey } from '../sharepoint/mappers/guidanceMapper';
import type { ReportBuilder } from './report';

/** Adds each section version that is not there yet. Text already stored is never overwritten. */
export async function seedGuidance(sp: SPFI, sections: readonly GuidanceSection[], report: ReportBuilder): Promise<void> {
  if (sections.length === 0) {
    return;
  }
  const list = sp.web.lists.getByTitle(listDefinition('guidance').title);
  const present = new Set<string>();
  // A check of a site with no Guidance list yet: creating it (reported) brings none of the text.
  if (
    report.dryRun &&
    !(await list
      .select('Id')()
      .then(
        () => true,
        () => false
      ))
  )
    return;
  // A few hundred sections at most; paged anyway so it never meets the threshold.
  for await (const page of list.items.select('Id', 'ClientRequestKey').top(2000)) {
    for (const row of page as { ClientRequestKey?: string }[]) {
      if (row.ClientRequestKey) {
        present.add(row.ClientRequestKey);
      }
    }
  }
  for (const section of sections) {
    const requestKey = guidanceRequestKey(section);
    if (present.has(requestKey)) {
      continue;
    }
    await report.apply('guidanceSeeded', requestKey, undefined, () =>
      list.items.add({ ...guidanceFields(section), ClientRequestKey: requestKey })
    );
  }
}
