import { DEFAULT_GUIDANCE, type GuidanceSection } from '../../domain/guidance';
import type { IsoDate } from '../../domain';
import type { CaseStore } from './appStore';
import { sectionGuidanceSource, type GuidanceSource } from './guidance';

function isForbidden(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { kind?: unknown }).kind === 'Forbidden';
}

/**
 * The staff guidance as the Guidance list holds it (every version: the administration screen
 * publishes new ones), read at start-up in the first $batch. A persona who may not read the list
 * gets none, and the defaults apply; any other failure is reported as the start's.
 */
export function readStaffGuidanceAtStart(store: CaseStore): Promise<GuidanceSection[]> {
  return store.guidance.listByAudience('staff').then(
    (rows) => rows.map((row) => row.value),
    (error: unknown) => {
      if (isForbidden(error)) return [];
      throw error;
    }
  );
}

/** The guidance beside the forms: the policy defaults with every version published over them (the latest in force wins). */
export function publishedGuidanceSource(today: () => IsoDate, published: readonly GuidanceSection[]): GuidanceSource {
  return sectionGuidanceSource(today, [...DEFAULT_GUIDANCE, ...published]);
}
