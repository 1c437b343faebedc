import * as React from 'react';
import type { IsoInstant, Result, ValidationError } from '../../../domain';
import type { GuidanceSection } from '../../../domain/guidance';
import type { Stored } from '../../../data/ports';
import { publishGuidance } from '../../../app/settings/publishGuidance';
import { isConflict } from '../../services/appStore';
import { useAppServices } from '../../services/AppServices';

export type GuidancePublishOutcome =
  { kind: 'published'; at: IsoInstant; version: number; auditWritten: boolean } | { kind: 'conflict' } | { kind: 'failed'; error: unknown };

export interface GuidancePublishInput {
  /** The domain's verdict on the next version. */
  check: Result<GuidanceSection, ValidationError[]>;
  allowed: boolean;
  revertedFrom: number | undefined;
  setAttempted(attempted: boolean): void;
  /** Shows the passages again with the one just published, that passage chosen. */
  showPublished(saved: GuidanceSection, id: string): void;
}

export interface GuidancePublish {
  publish(): Promise<void>;
  publishing: boolean;
  outcome: GuidancePublishOutcome | undefined;
  setOutcome: React.Dispatch<React.SetStateAction<GuidancePublishOutcome | undefined>>;
}

/** Publishes a checked version with its audit entry; a version published meanwhile is a conflict, never an overwrite. */
export function useGuidancePublish(input: GuidancePublishInput): GuidancePublish {
  const { store, clock, currentUser, newRequestKey } = useAppServices();
  const [publishing, setPublishing] = React.useState(false);
  const [outcome, setOutcome] = React.useState<GuidancePublishOutcome | undefined>(undefined);
  const publish = async (): Promise<void> => {
    const { check, revertedFrom } = input;
    input.setAttempted(true);
    if (!check.ok || !input.allowed) return;
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
      input.showPublished(result.saved.value, check.value.id);
      setOutcome({ kind: 'published', at, version: result.saved.value.version, auditWritten: result.audit.status === 'written' });
    } catch (error) {
      setOutcome(isConflict<Stored<GuidanceSection>>(error) ? { kind: 'conflict' } : { kind: 'failed', error });
    } finally {
      setPublishing(false);
    }
  };
  return { publish, publishing, outcome, setOutcome };
}
