import type { Role } from '../../domain';

/*
 * Guidance shown beside a form. The domain's selectGuidance (default text, replaceable from
 * the SharePoint Guidance list) is wired in by the composition root; screens only ask
 * "what applies to this form, step and field, for my roles?".
 */

export interface GuidanceContext {
  form: string;
  step?: string;
  field?: string;
  roles?: readonly Role[];
}

export interface GuidancePassage {
  id: string;
  title: string;
  /** Plain text paragraphs (no HTML: the council can edit it in SharePoint). */
  body: string;
  /** Where it comes from, e.g. "Staff policy, section 4" or "BR-23". */
  source?: string;
}

export interface GuidanceSource {
  select(context: GuidanceContext): GuidancePassage[];
}

export const noGuidance: GuidanceSource = { select: () => [] };
