import type { FoiDraft } from './foiDraft';

/** Theirs, with each part of the form I changed since `base` taken from mine. */
export function mergeDrafts(base: FoiDraft, mine: FoiDraft, theirs: FoiDraft): FoiDraft {
  const merged: FoiDraft = { ...theirs };
  for (const key of Object.keys(mine) as (keyof FoiDraft)[]) {
    if (JSON.stringify(mine[key]) !== JSON.stringify(base[key])) {
      (merged as unknown as Record<string, unknown>)[key] = mine[key];
    }
  }
  return merged;
}
