import * as React from 'react';
import type { GuidanceSection } from '../../../domain/guidance';

/** What the administrator writes for the next version. */
export interface GuidanceDraft {
  title: string;
  body: string;
  /** One source per line. */
  sources: string;
  effectiveFrom: string;
}

export interface GuidanceDraftState {
  draft: GuidanceDraft;
  /** The earlier version whose wording was brought back, for the audit note. */
  revertedFrom: number | undefined;
  /** True once publishing was tried: the domain's messages show from then on. */
  attempted: boolean;
  setAttempted(attempted: boolean): void;
  /** Starts again from a passage's wording (or blank), applying from today. */
  startFrom(section: GuidanceSection | undefined): void;
  change(patch: Partial<GuidanceDraft>): void;
  revertTo(version: GuidanceSection): void;
}

function draftOf(section: GuidanceSection | undefined, today: string): GuidanceDraft {
  return {
    title: section?.title ?? '',
    body: section?.bodyMarkdown ?? '',
    sources: (section?.sourceRefs ?? []).join('\n'),
    effectiveFrom: today
  };
}

/** The next version of a guidance passage as the administrator writes it. */
export function useGuidanceDraft(today: string): GuidanceDraftState {
  const [draft, setDraft] = React.useState<GuidanceDraft>(draftOf(undefined, today));
  const [revertedFrom, setRevertedFrom] = React.useState<number | undefined>(undefined);
  const [attempted, setAttempted] = React.useState(false);
  // Stable, so the loading effect that calls it does not run again on every render.
  const startFrom = React.useCallback(
    (section: GuidanceSection | undefined) => {
      setDraft(draftOf(section, today));
      setRevertedFrom(undefined);
      setAttempted(false);
    },
    [today]
  );
  return {
    draft,
    revertedFrom,
    attempted,
    setAttempted,
    startFrom,
    change: (patch) => setDraft((previous) => ({ ...previous, ...patch })),
    revertTo: (version) => {
      setDraft({ ...draftOf(version, today) });
      setRevertedFrom(version.version);
    }
  };
}
