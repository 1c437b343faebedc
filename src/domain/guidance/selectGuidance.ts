// Picks the passages to show beside a form: right audience, in force today, latest version
// of each section, and the most specific first (field, then step, then form).

import { IsoDate, isOnOrBefore } from '../model/dates';
import type { Role } from '../model/roles';
import type { GuidanceAudience, GuidanceSection } from './guidanceSection';

export interface GuidanceContext {
  readonly audience: GuidanceAudience;
  /** Form name, e.g. 'incident'. */
  readonly form: string;
  /** Step within the form, e.g. 'immediateAction'. */
  readonly step?: string;
  /** Field within the form, e.g. 'narrative'. */
  readonly field?: string;
  readonly role?: Role;
  readonly today: IsoDate;
}

const FIELD_SCORE: number = 3;
const STEP_SCORE: number = 2;
const FORM_SCORE: number = 1;

function roleKeys(section: GuidanceSection): string[] {
  return section.contextKeys.filter((key) => key.indexOf('role:') === 0);
}

/** How well a section fits the context: 0 = not at all, otherwise higher is more specific. */
export function guidanceScore(section: GuidanceSection, context: GuidanceContext): number {
  const roles = roleKeys(section);
  if (roles.length > 0 && (context.role === undefined || roles.indexOf(`role:${context.role}`) === -1)) {
    return 0; // written for other roles only
  }
  const keys = section.contextKeys;
  let score = 0;
  if (context.field !== undefined && keys.indexOf(`field:${context.form}.${context.field}`) !== -1) {
    score = FIELD_SCORE;
  } else if (context.step !== undefined && keys.indexOf(`step:${context.form}.${context.step}`) !== -1) {
    score = STEP_SCORE;
  } else if (keys.indexOf(`form:${context.form}`) !== -1) {
    score = FORM_SCORE;
  }
  // A role-specific passage beats a general one of the same specificity.
  return score > 0 && roles.length > 0 ? score + 0.5 : score;
}

/** The latest version of each section id that is in force on `today`. */
export function sectionsInForce(sections: readonly GuidanceSection[], today: IsoDate): GuidanceSection[] {
  const latest: Map<string, GuidanceSection> = new Map();
  for (const section of sections) {
    if (!isOnOrBefore(section.effectiveFrom, today)) {
      continue;
    }
    const current = latest.get(`${section.audience}:${section.id}`);
    if (!current || section.version > current.version) {
      latest.set(`${section.audience}:${section.id}`, section);
    }
  }
  return Array.from(latest.values());
}

/** Passages for the context, most specific first; ties keep the order they were given in. */
export function selectGuidance(sections: readonly GuidanceSection[], context: GuidanceContext): GuidanceSection[] {
  const ordered = sectionsInForce(sections, context.today);
  const position: Map<GuidanceSection, number> = new Map(sections.map((section, index) => [section, index]));
  return ordered
    .filter((section) => section.audience === context.audience)
    .map((section) => ({ section, score: guidanceScore(section, context) }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || (position.get(a.section) as number) - (position.get(b.section) as number))
    .map((entry) => entry.section);
}
