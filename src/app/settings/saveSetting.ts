// Saving a change made on the administration screen, in the same order as a case change
// (src/app/cases/saveCaseChange.ts) and for the same reason:
//
//   1. The setting, under the etag it was read with. This is the gate: a stale etag (someone
//      else saved first: ConflictError, never an overwrite) or a refusal (403: the user is not
//      in CCM Administrators, which SharePoint enforces whatever the screen shows) stops the
//      save here, and nothing is audited for an attempt SharePoint refused.
//   2. The audit entry, as the administrator. Once the setting is saved it stays saved: if the
//      audit log cannot be written then, the caller is told so, never "not saved".
//
// The value is checked by the domain before it gets here (the screen's parse function), and the
// caller has asked can('settings.manage'); SharePoint's permissions are the authority.

import type { AuditEvent } from '../../domain/model';
import type { AuditLogRepository, SettingsRepository } from '../../data/ports/repositories';
import type { Stored } from '../../data/ports/stored';

export interface SettingChangeStore {
  settings: Pick<SettingsRepository, 'save'>;
  auditLog: Pick<AuditLogRepository, 'append'>;
}

export interface SettingToSave {
  key: string;
  value: unknown;
  /** The etag the value was read with; undefined when the setting had never been saved. */
  etag: string | undefined;
  description?: string;
}

export interface SavedSetting {
  saved: Stored<unknown>;
  audit: { status: 'written' } | { status: 'notWritten'; error: unknown };
}

/** Saves in the order above. Throws only when the gate refuses: then nothing was written. */
export async function saveSetting(store: SettingChangeStore, change: SettingToSave, event: AuditEvent): Promise<SavedSetting> {
  const saved = await store.settings.save(change.key, change.value, change.etag, change.description);
  try {
    await store.auditLog.append(event);
    return { saved, audit: { status: 'written' } };
  } catch (error) {
    return { saved, audit: { status: 'notWritten', error } };
  }
}
