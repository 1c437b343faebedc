import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { listDefinition } from '../schema';
import { toSharePointDate } from '../sharepoint/values';
import type { ReportBuilder } from './report';

/** A guidance section as provisioning needs it (mapped from src/domain/guidance). */
export interface GuidanceSeed {
  key: string;
  heading: string;
  body: string;
  audience: string;
  context: string;
  version: string;
  effectiveFrom: string;
  sortOrder?: number;
  sources?: string;
}

/** The request key makes a section version unique: re-running never duplicates. */
export function guidanceRequestKey(seed: Pick<GuidanceSeed, 'key' | 'version'>): string {
  return `guidance:${seed.key}@${seed.version}`;
}

/** Adds each section version that is not there yet. Existing text is never overwritten. */
export async function seedGuidance(sp: SPFI, seeds: readonly GuidanceSeed[], report: ReportBuilder): Promise<void> {
  if (seeds.length === 0) {
    return;
  }
  const list = sp.web.lists.getByTitle(listDefinition('guidance').title);
  const present = new Set<string>();
  for await (const page of list.items.select('Id', 'ClientRequestKey').top(2000)) {
    for (const row of page as { ClientRequestKey?: string }[]) {
      if (row.ClientRequestKey) {
        present.add(row.ClientRequestKey);
      }
    }
  }
  for (const seed of seeds) {
    const requestKey = guidanceRequestKey(seed);
    if (present.has(requestKey)) {
      continue;
    }
    await list.items.add({
      Title: seed.heading.slice(0, 255),
      ClientRequestKey: requestKey,
      SectionKey: seed.key,
      Audience: seed.audience,
      Context: seed.context,
      Body: seed.body,
      GuidanceVersion: seed.version,
      EffectiveFrom: toSharePointDate(seed.effectiveFrom),
      SortOrder: seed.sortOrder ?? 0,
      Sources: seed.sources ?? ''
    });
    report.change('guidanceSeeded', requestKey);
  }
}
