// Publishing a guidance passage from the administration screen, in the same order as a setting
// (saveSetting.ts): the new version first, then its audit entry.
//
// A version is never changed once published: the new one is added under its own number (its
// client request key is guidance:<id>@<version>). If another administrator published that
// number first, SharePoint's unique key hands back their version instead of adding ours, so
// the two are compared and a difference is a ConflictError carrying theirs: nothing of this
// administrator's is written, and theirs is not overwritten.

import type { AuditEvent } from '../../domain/model';
import { isSameGuidance } from '../../domain/settings/guidanceEdit';
import type { GuidanceSection } from '../../domain/guidance/guidanceSection';
import { ConflictError } from '../../data/errors';
import type { AuditLogRepository, GuidanceRepository } from '../../data/ports/repositories';
import type { Stored } from '../../data/ports/stored';

export interface GuidancePublishStore {
  guidance: Pick<GuidanceRepository, 'publish'>;
  auditLog: Pick<AuditLogRepository, 'append'>;
}

export interface PublishedGuidance {
  saved: Stored<GuidanceSection>;
  audit: { status: 'written' } | { status: 'notWritten'; error: unknown };
}

export async function publishGuidance(
  store: GuidancePublishStore,
  section: GuidanceSection,
  event: AuditEvent
): Promise<PublishedGuidance> {
  const saved = await store.guidance.publish(section);
  if (!isSameGuidance(saved.value, section)) {
    throw new ConflictError<Stored<GuidanceSection>>(
      `Version ${section.version} of this guidance was published by someone else first.`,
      saved
    );
  }
  try {
    await store.auditLog.append(event);
    return { saved, audit: { status: 'written' } };
  } catch (error) {
    return { saved, audit: { status: 'notWritten', error } };
  }
}
