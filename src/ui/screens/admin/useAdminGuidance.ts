import * as React from 'react';
import {
  can,
  checkGuidanceEdit,
  guidanceInForce,
  guidancePassages,
  guidanceVersions,
  type IsoInstant,
  type ValidationError
} from '../../../domain';
import { DEFAULT_GUIDANCE, type GuidanceAudience, type GuidanceSection } from '../../../domain/guidance';
import type { Stored } from '../../../data/ports';
import { publishGuidance } from '../../../app/settings/publishGuidance';
import { isConflict } from '../../services/appStore';
import { useAppServices } from '../../services/AppServices';

/** What the administrator writes for the next version. */
export interface GuidanceDraft {
  title: string;
  body: string;
  /** One source per line. */
  sources: string;
  effectiveFrom: string;
}

export type GuidancePublishOutcome =
  { kind: 'published'; at: IsoInstant; version: number; auditWritten: boolean } | { kind: 'conflict' } | { kind: 'failed'; error: unknown };

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

function draftOf(section: GuidanceSection | undefined, today: string): GuidanceDraft {
  return {
    title: section?.title ?? '',
    body: section?.bodyMarkdown ?? '',
    sources: (section?.sourceRefs ?? []).join('\n'),
    effectiveFrom: today
  };
}

/** Every version: those the list holds, and the defaults a site not yet seeded shows. */
function withDefaults(stored: readonly GuidanceSection[], audience: GuidanceAudience): GuidanceSection[] {
  const all = [...stored];
  for (const section of DEFAULT_GUIDANCE.filter((candidate) => candidate.audience === audience)) {
    if (!all.some((known) => known.id === section.id && known.version === section.version)) all.push(section);
  }
  return all;
}

/**
 * The guidance tab: the passages of one audience, the chosen one's versions, and the next
 * version as the administrator writes it, checked by the domain and published with an audit entry.
 */
export function useAdminGuidance(): AdminGuidance {
  const { store, clock, currentUser, roleAssignments, newRequestKey } = useAppServices();
  const today = clock.today();
  const [audience, setAudienceState] = React.useState<GuidanceAudience>('staff');
  const [attempt, setAttempt] = React.useState(0);
  const [status, setStatus] = React.useState<AdminGuidance['status']>('loading');
  const [loadError, setLoadError] = React.useState<unknown>(undefined);
  const [sections, setSections] = React.useState<GuidanceSection[]>([]);
  const [selectedId, setSelectedId] = React.useState('');
  const [draft, setDraft] = React.useState<GuidanceDraft>(draftOf(undefined, today));
  const [revertedFrom, setRevertedFrom] = React.useState<number | undefined>(undefined);
  const [attempted, setAttempted] = React.useState(false);
  const [publishing, setPublishing] = React.useState(false);
  const [outcome, setOutcome] = React.useState<GuidancePublishOutcome | undefined>(undefined);

  const show = React.useCallback(
    (all: GuidanceSection[], id: string) => {
      setSections(all);
      const passages = guidancePassages(all, audience);
      const chosen = passages.find((passage) => passage.id === id) ?? passages[0];
      setSelectedId(chosen?.id ?? '');
      setDraft(draftOf(chosen, today));
      setRevertedFrom(undefined);
      setAttempted(false);
      setStatus('ready');
    },
    [audience, today]
  );

  const selectedRef = React.useRef(selectedId);
  selectedRef.current = selectedId;
  React.useEffect(() => {
    let current = true;
    setStatus('loading');
    store.guidance.listByAudience(audience).then(
      (rows) =>
        current &&
        show(
          withDefaults(
            rows.map((row) => row.value),
            audience
          ),
          selectedRef.current
        ),
      (error: unknown) => {
        if (!current) return;
        setLoadError(error);
        setStatus('error');
      }
    );
    return () => {
      current = false;
    };
  }, [store, audience, attempt, show]);

  const versions = React.useMemo(() => guidanceVersions(sections, audience, selectedId), [sections, audience, selectedId]);
  const edit = {
    audience,
    id: selectedId,
    title: draft.title,
    bodyMarkdown: draft.body,
    sourceRefs: draft.sources.split(/\r?\n/),
    effectiveFrom: draft.effectiveFrom
  };
  const check = checkGuidanceEdit(edit, versions, today);
  const decision = can({ userId: currentUser.id }, 'settings.manage', { roles: roleAssignments });

  const publish = async (): Promise<void> => {
    setAttempted(true);
    if (!check.ok || !decision.allowed) return;
    setPublishing(true);
    setOutcome(undefined);
    const at = clock.now();
    try {
      const result = await publishGuidance(store, check.value, {
        id: `audit-${newRequestKey()}`,
        actorId: currentUser.id,
        action: 'guidance.published',
        at,
        entity: { type: 'GuidanceSection', id: `${check.value.audience}:${check.value.id}` },
        before: { version: check.value.version - 1 },
        after: { version: check.value.version, effectiveFrom: check.value.effectiveFrom, title: check.value.title },
        rule: 'ROLE',
        note: revertedFrom !== undefined ? `Brings back the wording of version ${revertedFrom}.` : 'Changed on the administration screen.'
      });
      show([...sections, result.saved.value], check.value.id);
      setOutcome({ kind: 'published', at, version: result.saved.value.version, auditWritten: result.audit.status === 'written' });
    } catch (error) {
      setOutcome(isConflict<Stored<GuidanceSection>>(error) ? { kind: 'conflict' } : { kind: 'failed', error });
    } finally {
      setPublishing(false);
    }
  };

  return {
    status,
    loadError,
    reload: () => setAttempt((value) => value + 1),
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
      setDraft(
        draftOf(
          guidancePassages(sections, audience).find((passage) => passage.id === id),
          today
        )
      );
      setRevertedFrom(undefined);
      setAttempted(false);
      setOutcome(undefined);
    },
    versions,
    inForce: guidanceInForce(sections, audience, selectedId, today),
    draft,
    change: (patch) => {
      setDraft((previous) => ({ ...previous, ...patch }));
      setOutcome((previous) => (previous?.kind === 'conflict' ? previous : undefined));
    },
    revertTo: (version) => {
      setDraft({ ...draftOf(version, today) });
      setRevertedFrom(version.version);
      setOutcome(undefined);
    },
    errors: attempted && !check.ok ? check.error : [],
    publish,
    publishing,
    outcome,
    refusal: decision.allowed ? undefined : decision.reason
  };
}
