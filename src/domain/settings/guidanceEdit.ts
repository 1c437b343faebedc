// Guidance edited on the administration screen (spec 5.7): each change is a new version of its
// passage, effective from a day, so what staff or councillors were shown on any day can be
// told, and an earlier wording is brought back by publishing it again as the next version.

import { isBefore, isIsoDate, type IsoDate } from '../model/dates';
import { GUIDANCE_AUDIENCES, type GuidanceAudience, type GuidanceSection } from '../guidance/guidanceSection';
import { sectionsInForce } from '../guidance/selectGuidance';
import { FieldErrors, lineList, requiredChoice, requiredLine, requiredNote } from '../validation/fieldValidators';
import { err, ok, type Result } from '../validation/result';
import type { ValidationError } from '../validation/validationError';

/** What the administrator writes: the passage's words, sources and the day it applies from. */
export interface GuidanceEdit {
  audience: unknown;
  id: unknown;
  title: unknown;
  bodyMarkdown: unknown;
  sourceRefs: unknown;
  effectiveFrom: unknown;
}

/** Every version of one passage (one audience and id), oldest first. */
export function guidanceVersions(sections: readonly GuidanceSection[], audience: GuidanceAudience, id: string): GuidanceSection[] {
  return sections.filter((section) => section.audience === audience && section.id === id).sort((a, b) => a.version - b.version);
}

/** The passages of an audience, each once: its latest version (in force or coming), in the order first given. */
export function guidancePassages(sections: readonly GuidanceSection[], audience: GuidanceAudience): GuidanceSection[] {
  const latest = new Map<string, GuidanceSection>();
  for (const section of sections.filter((candidate) => candidate.audience === audience)) {
    const known = latest.get(section.id);
    if (!known || section.version > known.version) latest.set(section.id, section);
  }
  return Array.from(latest.values());
}

/** The version shown on the day, if any. */
export function guidanceInForce(
  sections: readonly GuidanceSection[],
  audience: GuidanceAudience,
  id: string,
  today: IsoDate
): GuidanceSection | undefined {
  return sectionsInForce(guidanceVersions(sections, audience, id), today)[0];
}

/**
 * The next version of a passage, checked: an audience and passage that exist, a heading and
 * text that can be stored (no characters SharePoint or Word refuse), sources as short lines,
 * and a day that has not passed. `versions` are the passage's versions as read: the new one
 * is numbered after the last, so publishing the same number twice is a conflict, never an
 * overwrite.
 */
export function checkGuidanceEdit(
  edit: GuidanceEdit,
  versions: readonly GuidanceSection[],
  today: IsoDate
): Result<GuidanceSection, ValidationError[]> {
  const errors = new FieldErrors();
  const audience = requiredChoice(errors, 'audience', 'who the guidance is for', edit.audience, GUIDANCE_AUDIENCES);
  const latest = versions[versions.length - 1];
  if (latest === undefined || latest.id !== edit.id || latest.audience !== audience) {
    errors.add('id', 'unknownChoice', 'Choose the passage to change from the list.');
  }
  const title = requiredLine(errors, 'title', 'the heading', edit.title);
  const bodyMarkdown = requiredNote(errors, 'bodyMarkdown', 'the guidance text', edit.bodyMarkdown);
  // Blank lines among the sources are nothing typed, not a mistake.
  const given = Array.isArray(edit.sourceRefs)
    ? edit.sourceRefs.filter((ref) => typeof ref !== 'string' || ref.trim() !== '')
    : edit.sourceRefs;
  const sourceRefs = lineList(errors, 'sourceRefs', 'source', given, 0);
  if (!isIsoDate(edit.effectiveFrom)) {
    errors.add('effectiveFrom', 'invalidFormat', 'Enter the date the new wording applies from.');
  } else if (isBefore(edit.effectiveFrom, today)) {
    errors.add('effectiveFrom', 'outOfRange', 'New wording cannot apply from a day that has passed. Choose today or a later day.');
  }
  if (errors.hasErrors || latest === undefined) return err(errors.errors);
  return ok({
    id: latest.id,
    audience: latest.audience,
    contextKeys: latest.contextKeys,
    title: (title as string).trim(),
    bodyMarkdown: (bodyMarkdown as string).trim(),
    version: latest.version + 1,
    effectiveFrom: edit.effectiveFrom as IsoDate,
    sourceRefs: (sourceRefs as string[]).map((ref) => ref.trim())
  });
}

/** Whether what was stored under a version number is the version this administrator wrote. */
export function isSameGuidance(a: GuidanceSection, b: GuidanceSection): boolean {
  return (
    a.id === b.id &&
    a.audience === b.audience &&
    a.version === b.version &&
    a.title === b.title &&
    a.bodyMarkdown === b.bodyMarkdown &&
    a.effectiveFrom === b.effectiveFrom &&
    JSON.stringify(a.sourceRefs) === JSON.stringify(b.sourceRefs)
  );
}
