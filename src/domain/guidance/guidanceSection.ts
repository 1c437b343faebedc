// Guidance shown beside each form (spec 5.7). Sections are DATA: the defaults in this folder
// are seeded into the SharePoint Guidance list, and the council can edit or replace them
// without a code change. Nothing here assumes the default text.

import type { IsoDate } from '../model/dates';

/** Who the passage is written for. */
export const GUIDANCE_AUDIENCES = ['staff', 'member', 'foi'] as const;
export type GuidanceAudience = (typeof GUIDANCE_AUDIENCES)[number];

export const GUIDANCE_AUDIENCE_LABELS: Readonly<Record<GuidanceAudience, string>> = {
  staff: 'Staff guidance',
  member: 'Guidance for councillors',
  foi: 'Freedom of information note'
};

/**
 * A context key says where a passage belongs:
 * - 'form:<form>'             e.g. 'form:incident'
 * - 'step:<form>.<step>'      e.g. 'step:incident.immediateAction'
 * - 'field:<form>.<field>'    e.g. 'field:incident.narrative'
 * - 'role:<role>'             e.g. 'role:lineManager' (narrows a passage to that role)
 */
export type GuidanceContextKey = string;

export interface GuidanceSection {
  /** Stable id; several versions may share it, the latest in force wins. */
  readonly id: string;
  readonly audience: GuidanceAudience;
  readonly contextKeys: readonly GuidanceContextKey[];
  readonly title: string;
  /** Plain text: paragraphs separated by blank lines, bullets starting '- '. */
  readonly bodyMarkdown: string;
  /** Increases with each change, e.g. 1, 2, 3. */
  readonly version: number;
  readonly effectiveFrom: IsoDate;
  /** Where the guidance comes from: spec source ids or business rules, e.g. 'N6', 'BR-05'. */
  readonly sourceRefs: readonly string[];
}
