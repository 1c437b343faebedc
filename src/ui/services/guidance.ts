import type { IsoDate, Role } from '../../domain';
import { DEFAULT_GUIDANCE, selectGuidance, type GuidanceAudience, type GuidanceSection } from '../../domain/guidance';

/*
 * Guidance shown beside a form. Screens ask "what applies to this form, step and field, for
 * my roles?"; the domain's selectGuidance answers from the sections the host loaded (the
 * SharePoint Guidance list, falling back to the domain's default text).
 */

export interface GuidanceContext {
  form: string;
  step?: string;
  field?: string;
  audience?: GuidanceAudience;
  roles?: readonly Role[];
}

export interface GuidancePassage {
  id: string;
  title: string;
  /** Plain text: paragraphs separated by blank lines, bullets starting '- '. */
  body: string;
  /** Where it comes from, e.g. "N6, BR-05". */
  source?: string;
}

export interface GuidanceSource {
  select(context: GuidanceContext): GuidancePassage[];
}

export const noGuidance: GuidanceSource = { select: () => [] };

function toPassage(section: GuidanceSection): GuidancePassage {
  return { id: section.id, title: section.title, body: section.bodyMarkdown, source: section.sourceRefs.join(', ') || undefined };
}

/** Guidance from sections (defaults to the domain's text), most specific first, one copy each. */
export function sectionGuidanceSource(today: () => IsoDate, sections: readonly GuidanceSection[] = DEFAULT_GUIDANCE): GuidanceSource {
  return {
    select(context: GuidanceContext): GuidancePassage[] {
      const roles: (Role | undefined)[] = context.roles && context.roles.length > 0 ? [...context.roles] : [undefined];
      const seen = new Set<string>();
      const picked: GuidancePassage[] = [];
      for (const role of roles) {
        const found = selectGuidance(sections, {
          audience: context.audience ?? 'staff',
          form: context.form,
          step: context.step,
          field: context.field,
          role,
          today: today()
        });
        for (const section of found) {
          if (seen.has(section.id)) continue;
          seen.add(section.id);
          picked.push(toPassage(section));
        }
      }
      return picked;
    }
  };
}
