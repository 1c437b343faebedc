import * as React from 'react';
import { can, checkGuidanceEdit, guidanceInForce, guidancePassages, guidanceVersions, type ValidationError } from '../../../domain';
import type { GuidanceAudience, GuidanceSection } from '../../../domain/guidance';
import { useAppServices } from '../../services/AppServices';
import { useGuidanceDraft, type GuidanceDraft } from './useGuidanceDraft';
import { useGuidanceLoad } from './useGuidanceLoad';
import { useGuidancePublish, type GuidancePublishOutcome } from './useGuidancePublish';

export type { GuidanceDraft } from './useGuidanceDraft';
export type { GuidancePublishOutcome } from './useGuidancePublish';

export interface AdminGuidance {
  status: 'loading' | 'error' | 'ready';
  loadError: unknown;
  reload(): void;
  audience: GuidanceAudience;
  setAudience(audience: GuidanceAudience): void;
  passages: readonly GuidanceSection[];
  selectedId: string;
  select(id: string): void;
  /** Every version of the chosen passage, oldest first, and the one shown today. */
  versions: readonly GuidanceSection[];
  inForce: GuidanceSection | undefined;
  draft: GuidanceDraft;
  change(patch: Partial<GuidanceDraft>): void;
  /** Brings an earlier version's wording into the form, to publish again as the next version. */
  revertTo(version: GuidanceSection): void;
  errors: readonly ValidationError[];
  publish(): Promise<void>;
  publishing: boolean;
  outcome: GuidancePublishOutcome | undefined;
  refusal: string | undefined;
}

/**
 * The guidance tab: the passages of one audience, the chosen one's versions, and the next
 * version as the administrator writes it, checked by the domain and published with an audit entry.
 */
export function useAdminGuidance(): AdminGuidance {
  const { clock, currentUser, roleAssignments } = useAppServices();
  const today = clock.today();
  const [audience, setAudienceState] = React.useState<GuidanceAudience>('staff');
  const [sections, setSections] = React.useState<GuidanceSection[]>([]);
  const [selectedId, setSelectedId] = React.useState('');
  const editing = useGuidanceDraft(today);
  const { startFrom, draft } = editing;
  const show = React.useCallback(
    (all: GuidanceSection[], id: string) => {
      setSections(all);
      const passages = guidancePassages(all, audience);
      const chosen = passages.find((passage) => passage.id === id) ?? passages[0];
      setSelectedId(chosen?.id ?? '');
      startFrom(chosen);
    },
    [audience, startFrom]
  );
  const selectedRef = React.useRef(selectedId);
  selectedRef.current = selectedId;
  const showLoaded = React.useCallback((all: GuidanceSection[]) => show(all, selectedRef.current), [show]);
  const load = useGuidanceLoad(audience, showLoaded);

  const versions = React.useMemo(() => guidanceVersions(sections, audience, selectedId), [sections, audience, selectedId]);
  const edit = { audience, id: selectedId, title: draft.title, bodyMarkdown: draft.body, sourceRefs: draft.sources.split(/\r?\n/) };
  const check = checkGuidanceEdit({ ...edit, effectiveFrom: draft.effectiveFrom }, versions, today);
  const decision = can({ userId: currentUser.id }, 'settings.manage', { roles: roleAssignments });
  const publishing = useGuidancePublish({
    check,
    allowed: decision.allowed,
    revertedFrom: editing.revertedFrom,
    setAttempted: editing.setAttempted,
    showPublished: (saved, id) => {
      show([...sections, saved], id);
      load.markReady();
    }
  });
  const { setOutcome } = publishing;

  return {
    status: load.status,
    loadError: load.loadError,
    reload: load.reload,
    audience,
    setAudience: (next) => {
      setSelectedId('');
      setOutcome(undefined);
      setAudienceState(next);
    },
    passages: guidancePassages(sections, audience),
    selectedId,
    select: (id) => {
      setSelectedId(id);
      startFrom(guidancePassages(sections, audience).find((passage) => passage.id === id));
      setOutcome(undefined);
    },
    versions,
    inForce: guidanceInForce(sections, audience, selectedId, today),
    draft,
    change: (patch) => {
      editing.change(patch);
      setOutcome((previous) => (previous?.kind === 'conflict' ? previous : undefined));
    },
    revertTo: (version) => {
      editing.revertTo(version);
      setOutcome(undefined);
    },
    errors: editing.attempted && !check.ok ? check.error : [],
    publish: publishing.publish,
    publishing: publishing.publishing,
    outcome: publishing.outcome,
    refusal: decision.allowed ? undefined : decision.reason
  };
}
