import type { GuidanceAudience, GuidanceSection } from '../../../domain/guidance/guidanceSection';
import { fromJson, num, requiredDate, text, toJson, toSharePointDate } from '../values';
import type { RowMapper } from './rowMapper';

/** One item per section version; the key makes seeding and publishing idempotent. */
export function guidanceRequestKey(section: Pick<GuidanceSection, 'id' | 'version'>): string {
  return `guidance:${section.id}@${section.version}`;
}

export function guidanceFields(section: GuidanceSection): Record<string, unknown> {
  return {
    Title: section.title.slice(0, 255),
    SectionKey: section.id,
    Audience: section.audience,
    ContextKeysJson: toJson(section.contextKeys),
    Body: section.bodyMarkdown,
    GuidanceVersion: section.version,
    EffectiveFrom: toSharePointDate(section.effectiveFrom),
    SourceRefsJson: toJson(section.sourceRefs)
  };
}

export const guidanceMapper: RowMapper<GuidanceSection> = {
  list: 'guidance',
  idOf: (section) => guidanceRequestKey(section),
  toFields: (section) => guidanceFields(section),
  fromRow: (row) => ({
    id: text(row.SectionKey),
    audience: text(row.Audience) as GuidanceAudience,
    contextKeys: fromJson(row.ContextKeysJson, []),
    title: text(row.Title),
    bodyMarkdown: text(row.Body),
    version: num(row.GuidanceVersion, 1),
    effectiveFrom: requiredDate(row.EffectiveFrom, 'EffectiveFrom'),
    sourceRefs: fromJson(row.SourceRefsJson, [])
  })
};
